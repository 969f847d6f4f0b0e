/** All SQL of the moderation queue. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import type { QueueFilter } from './moderation.schema.js';

export interface QueueReason {
  source: 'analysis' | 'rule' | 'flag';
  code?: string;
  ruleId?: string;
  ruleName?: string;
  matched?: string[];
  userId?: string;
  userName?: string;
  note?: string;
  at: string;
}

export interface QueueUpsert {
  workspaceId: string;
  itemId: string;
  channelId: string;
  sources: string[];
  reasons: QueueReason[];
  severity: string;
  suggestedRuleKey: string | null;
}

/**
 * One statement for the whole batch. An item already in the queue gets the new sources and reasons
 * added (a source at most once), the higher severity, and goes back to 'pending' only if nobody has
 * decided on it yet.
 */
export async function upsertQueueEntries(db: Executor, rows: readonly QueueUpsert[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('moderation_queue')
    .values(
      rows.map((r) => ({
        workspace_id: r.workspaceId,
        item_id: r.itemId,
        channel_id: r.channelId,
        sources: r.sources,
        reasons: JSON.stringify(r.reasons),
        severity: r.severity,
        suggested_rule_key: r.suggestedRuleKey,
      })),
    )
    .onConflict((oc) =>
      oc.column('item_id').doUpdateSet({
        sources: sql`ARRAY(SELECT DISTINCT unnest(moderation_queue.sources || excluded.sources) ORDER BY 1)`,
        reasons: sql`moderation_queue.reasons || excluded.reasons`,
        severity: sql`CASE WHEN array_position(${SEVERITY_ORDER}, excluded.severity) > array_position(${SEVERITY_ORDER}, moderation_queue.severity)
                           THEN excluded.severity ELSE moderation_queue.severity END`,
        suggested_rule_key: sql`coalesce(moderation_queue.suggested_rule_key, excluded.suggested_rule_key)`,
        status: sql`CASE WHEN moderation_queue.decided_at IS NULL THEN 'pending' ELSE moderation_queue.status END`,
      }),
    )
    .returning(['id', 'item_id', 'workspace_id'])
    .execute();
}

const SEVERITY_ORDER = sql`ARRAY['low', 'normal', 'high', 'critical']::text[]`;

/** Queue entries with their item and channel. */
function entries(db: Executor) {
  return db
    .selectFrom('moderation_queue as q')
    .innerJoin('items as i', 'i.id', 'q.item_id')
    .innerJoin('channels as c', 'c.id', 'q.channel_id')
    .selectAll('q')
    .select([
      'i.conversation_id',
      'i.platform_id',
      'i.kind as item_kind',
      'i.text',
      'i.url',
      'i.author_handle',
      'i.author_name',
      'i.occurred_at',
      'i.language',
      'i.intent',
      'i.sentiment',
      'i.severity as item_severity',
      'i.moderation_state',
      'c.name as channel_name',
      'c.kind as network',
    ])
    .select((eb) =>
      eb
        .selectFrom('evidence_records as e')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('e.item_id', '=', 'q.item_id')
        .as('evidence_count'),
    );
}

export type QueueRow = Awaited<ReturnType<typeof findQueueEntry>> & object;

export function listQueueEntries(db: Executor, workspaceId: string, filter: QueueFilter) {
  let query = entries(db).where('q.workspace_id', '=', workspaceId).where('q.status', '=', filter.status);
  if (filter.source) query = query.where(sql<boolean>`${filter.source} = ANY(q.sources)`);
  if (filter.channelId) query = query.where('q.channel_id', '=', filter.channelId);
  const cursor = filter.before ? decodeCursor(filter.before) : null;
  if (cursor) {
    // Row comparison at full (microsecond) precision: one batch queues many items at the same instant.
    query = query.where(sql<boolean>`(q.flagged_at, q.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  }
  return query
    .select(sql<string>`q.flagged_at::text`.as('cursor_at'))
    .orderBy('q.flagged_at', 'desc')
    .orderBy('q.id', 'desc')
    .limit(filter.limit)
    .execute();
}

/** The opaque paging cursor: where the last entry of a page stands, at the database's precision. */
export const encodeCursor = (at: string, id: string) => Buffer.from(JSON.stringify([at, id])).toString('base64url');

function decodeCursor(cursor: string): { at: string; id: string } | null {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { at, id };
  } catch {
    // not one of ours: an error below
  }
  throw badRequest('The "before" cursor is not valid; use nextBefore from the previous page.');
}

export function findQueueEntry(db: Executor, workspaceId: string, entryId: string) {
  return entries(db).where('q.workspace_id', '=', workspaceId).where('q.id', '=', entryId).executeTakeFirst();
}

export function findQueueEntryByItem(db: Executor, workspaceId: string, itemId: string) {
  return entries(db).where('q.workspace_id', '=', workspaceId).where('q.item_id', '=', itemId).executeTakeFirst();
}

export function decideQueueEntry(
  db: Executor,
  entryId: string,
  decision: { status: 'actioned' | 'dismissed'; userId: string | null; note: string | null },
) {
  return db
    .updateTable('moderation_queue')
    .set({ status: decision.status, decided_at: new Date(), decided_by: decision.userId, decision_note: decision.note })
    .where('id', '=', entryId)
    .returning(['id', 'status'])
    .executeTakeFirst();
}

/** The item a moderator acts on or flags: an inbound item of this workspace, with its channel. */
export function findModeratableItem(db: Executor, workspaceId: string, itemId: string) {
  return db
    .selectFrom('items as i')
    .innerJoin('channels as c', 'c.id', 'i.channel_id')
    .select([
      'i.id',
      'i.workspace_id',
      'i.channel_id',
      'i.conversation_id',
      'i.direction',
      'i.platform_id',
      'i.author_platform_id',
      'i.severity',
      'i.moderation_state',
      'c.kind as channel_kind',
      'c.disconnected_at',
    ])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.id', '=', itemId)
    .executeTakeFirst();
}

/** The conversation around an item, oldest first (the queue's detail view). */
export function listThread(db: Executor, conversationId: string, limit = 50) {
  return db
    .selectFrom('items')
    .select(['id', 'text', 'author_handle', 'occurred_at', 'direction'])
    .where('conversation_id', '=', conversationId)
    .orderBy('occurred_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}
