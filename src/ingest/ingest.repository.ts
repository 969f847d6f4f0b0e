/**
 * All SQL of the ingestion pipeline. Every function handles a whole batch in one statement (multi-row
 * INSERT … ON CONFLICT … RETURNING, UPDATE … FROM jsonb_to_recordset), never a query per item.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { NewItem } from '../db/schema.js';
import { LIVE_CHANNEL, type LiveEvent } from '../live/live-events.js';

/** Which of these platform ids the channel already has. */
export async function findStoredPlatformIds(db: Executor, channelId: string, platformIds: string[]) {
  if (platformIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('items')
    .select('platform_id')
    .where('channel_id', '=', channelId)
    .where('platform_id', '=', sql<string>`ANY(${platformIds}::text[])`)
    .execute();
  return new Set(rows.map((r) => r.platform_id!));
}

export interface AuthorRow {
  workspace_id: string;
  network: string;
  platform_id: string;
  handle: string;
  name: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  item_count: number;
}

/** Creates or refreshes authors; `item_count` is added to what they had. Returns every author's id. */
export function upsertAuthors(db: Executor, rows: AuthorRow[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('authors')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'network', 'platform_id']).doUpdateSet({
        handle: sql`excluded.handle`,
        name: sql`coalesce(excluded.name, authors.name)`,
        first_seen_at: sql`least(authors.first_seen_at, excluded.first_seen_at)`,
        last_seen_at: sql`greatest(authors.last_seen_at, excluded.last_seen_at)`,
        item_count: sql`authors.item_count + excluded.item_count`,
      }),
    )
    .returning(['id', 'platform_id'])
    .execute();
}

export interface NewConversationRow {
  workspace_id: string;
  channel_id: string;
  kind: 'public' | 'private';
  conversation_key: string;
  thread_platform_id: string | null;
  author_id: string | null;
  last_activity_at: Date;
}

/** Creates the conversations that do not exist yet; returns only the ones created now. */
export function insertConversations(db: Executor, rows: NewConversationRow[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('conversations')
    .values(rows)
    .onConflict((oc) => oc.columns(['channel_id', 'conversation_key']).doNothing())
    .returning(['id', 'conversation_key'])
    .execute();
}

/** The conversations of these keys, locked until the batch commits (in id order: no deadlocks). */
export function lockConversations(db: Executor, channelId: string, keys: string[]) {
  return db
    .selectFrom('conversations')
    .select([
      'id',
      'conversation_key',
      'status',
      'priority',
      'tags',
      'assignee_id',
      'team_id',
      'severity',
      'item_count',
      'awaiting_since',
      'last_inbound_at',
      'last_activity_at',
      'sla_policy_id',
      'first_response_due_at',
      'first_responded_at',
      'next_response_due_at',
      'resolution_due_at',
      'sla_state',
      'sla_paused_ms',
    ])
    .where('channel_id', '=', channelId)
    .where('conversation_key', '=', sql<string>`ANY(${keys}::text[])`)
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
}

export type LockedConversation = Awaited<ReturnType<typeof lockConversations>>[number];

/** Inserts the new items; one the channel already has (a concurrent delivery) is skipped. */
export function insertItems(db: Executor, rows: NewItem[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('items')
    .values(rows)
    .onConflict((oc) => oc.columns(['channel_id', 'platform_id']).doNothing())
    .returning(['id', 'platform_id', 'conversation_id'])
    .execute();
}

export interface ItemChangeRow {
  platform_id: string;
  change: 'edited' | 'deleted';
  text: string;
  raw: unknown;
  at: string;
  language: string | null;
  sentiment: string | null;
  sentiment_score: number | null;
  intent: string | null;
  severity: string | null;
  offensive: boolean | null;
  personal_data: unknown;
}

/**
 * Applies edits and deletions: the version being replaced goes to item_versions, the item gets the
 * new text (an edit) or its deletion mark (a deletion keeps the text for the record), version + 1.
 * An edit to the text the item already has, or a deletion of a deleted item, changes nothing, so a
 * redelivered change is harmless. At most one change per item per call.
 */
export async function applyItemChanges(db: Executor, channelId: string, rows: ItemChangeRow[]) {
  if (rows.length === 0) return [];
  const { rows: changed } = await sql<{ id: string; conversation_id: string; change: 'edited' | 'deleted' }>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
        platform_id text, change text, text text, raw jsonb, at timestamptz, language text, sentiment text,
        sentiment_score real, intent text, severity text, offensive boolean, personal_data jsonb)
    ), target AS (
      SELECT i.id, i.version, i.text AS old_text, i.raw AS old_raw, x.*
        FROM items i JOIN input x ON i.channel_id = ${channelId} AND i.platform_id = x.platform_id
       -- The ANY lets the planner use the (channel_id, platform_id) key instead of scanning the channel.
       WHERE i.channel_id = ${channelId} AND i.platform_id = ANY(${rows.map((r) => r.platform_id)}::text[])
         AND i.direction = 'inbound' AND i.deleted_at IS NULL
         AND (x.change = 'deleted' OR i.text IS DISTINCT FROM x.text)
         FOR UPDATE OF i
    ), versions AS (
      INSERT INTO item_versions (item_id, version, text, raw, replaced_at, change)
      SELECT id, version, old_text, old_raw, at, change FROM target
      ON CONFLICT (item_id, version) DO NOTHING
    )
    UPDATE items i SET
      version = i.version + 1,
      text = CASE WHEN t.change = 'edited' THEN t.text ELSE i.text END,
      raw = CASE WHEN t.change = 'edited' THEN t.raw ELSE i.raw END,
      edited_at = CASE WHEN t.change = 'edited' THEN t.at ELSE i.edited_at END,
      deleted_at = CASE WHEN t.change = 'deleted' THEN t.at ELSE i.deleted_at END,
      language = coalesce(t.language, i.language),
      sentiment = coalesce(t.sentiment, i.sentiment),
      sentiment_score = coalesce(t.sentiment_score, i.sentiment_score),
      intent = coalesce(t.intent, i.intent),
      severity = coalesce(t.severity, i.severity),
      offensive = coalesce(t.offensive, i.offensive),
      personal_data = coalesce(t.personal_data, i.personal_data)
    FROM target t WHERE i.id = t.id
    RETURNING i.id, i.conversation_id, t.change`.execute(db);
  return changed;
}

/** After edits and deletions: the preview shows the newest inbound item that still stands. */
export async function refreshPreviews(db: Executor, conversationIds: string[], previewLength: number) {
  if (conversationIds.length === 0) return;
  await sql`
    UPDATE conversations c SET preview = coalesce(latest.preview, ''), updated_at = now()
      FROM (SELECT id FROM unnest(${conversationIds}::uuid[]) AS id) touched
      LEFT JOIN LATERAL (
        SELECT left(i.text, ${previewLength}) AS preview FROM items i
         WHERE i.conversation_id = touched.id AND i.direction = 'inbound' AND i.deleted_at IS NULL
         ORDER BY i.occurred_at DESC LIMIT 1) latest ON true
     WHERE c.id = touched.id`.execute(db);
}

/** A conversation's state after a batch, as update-conversations.ts computed it. */
export interface ConversationUpdateRow {
  id: string;
  status: string;
  reopened: boolean;
  priority: string;
  tags: string[];
  assignee_id: string | null;
  team_id: string | null;
  language: string | null;
  sentiment: string | null;
  intent: string | null;
  severity: string;
  preview: string;
  item_count: number;
  awaiting_since: Date | null;
  last_inbound_at: Date | null;
  last_activity_at: Date;
  sla_policy_id: string | null;
  first_response_due_at: Date | null;
  next_response_due_at: Date | null;
  resolution_due_at: Date | null;
  due_at: Date | null;
  sla_state: string;
}

/** Writes every conversation of the batch in one statement. Reopening clears the closing fields. */
export async function updateConversations(db: Executor, rows: ConversationUpdateRow[]) {
  if (rows.length === 0) return;
  await sql`
    UPDATE conversations c SET
      status = u.status, priority = u.priority, tags = u.tags, assignee_id = u.assignee_id, team_id = u.team_id,
      language = u.language, sentiment = u.sentiment, intent = u.intent, severity = u.severity,
      preview = u.preview, item_count = u.item_count, awaiting_since = u.awaiting_since,
      last_inbound_at = u.last_inbound_at, last_activity_at = u.last_activity_at,
      sla_policy_id = u.sla_policy_id, first_response_due_at = u.first_response_due_at,
      next_response_due_at = u.next_response_due_at, resolution_due_at = u.resolution_due_at,
      due_at = u.due_at, sla_state = u.sla_state,
      closed_reason = CASE WHEN u.reopened THEN NULL ELSE c.closed_reason END,
      resolved_at = CASE WHEN u.reopened THEN NULL ELSE c.resolved_at END,
      updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS u(
      id uuid, status text, reopened boolean, priority text, tags text[], assignee_id uuid, team_id uuid,
      language text, sentiment text, intent text, severity text, preview text, item_count integer,
      awaiting_since timestamptz, last_inbound_at timestamptz, last_activity_at timestamptz,
      sla_policy_id uuid, first_response_due_at timestamptz, next_response_due_at timestamptz,
      resolution_due_at timestamptz, due_at timestamptz, sla_state text)
    WHERE c.id = u.id`.execute(db);
}

/** The next deadline again, after another module moved one of the targets (resuming a paused SLA). */
export async function recomputeDueAt(db: Executor, conversationIds: string[]) {
  if (conversationIds.length === 0) return;
  await sql`
    UPDATE conversations SET due_at = least(
      CASE WHEN first_responded_at IS NULL THEN first_response_due_at ELSE next_response_due_at END,
      resolution_due_at)
     WHERE id = ANY(${conversationIds}::uuid[])`.execute(db);
}

/** Many live events in one round trip (publishLive sends one). Same size rule: ids, not content. */
export async function publishLiveMany(db: Executor, events: LiveEvent[]) {
  if (events.length === 0) return;
  const payloads = events.map((event) => JSON.stringify(event));
  if (payloads.some((p) => Buffer.byteLength(p) > 7_500)) throw new Error('A live event is too large for NOTIFY');
  await sql`SELECT pg_notify(${LIVE_CHANNEL}, p) FROM unnest(${payloads}::text[]) AS p`.execute(db);
}

/** The post a conversation hangs under, kept from the first item that brought it (never overwritten). */
export async function setThreadContexts(db: Executor, rows: Array<{ conversationId: string; context: string }>) {
  if (rows.length === 0) return;
  await sql`
    UPDATE conversations c SET thread_context = v.context::jsonb
      FROM unnest(${rows.map((r) => r.conversationId)}::uuid[], ${rows.map((r) => r.context)}::text[]) AS v(id, context)
     WHERE c.id = v.id AND c.thread_context IS NULL`.execute(db);
}
