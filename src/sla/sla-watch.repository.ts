/**
 * SQL of the SLA watcher. Set-based: each statement handles a batch of conversations, and the unique
 * key of sla_events (conversation, target, kind, due_at) makes a rerun record nothing twice.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export type SlaTarget = 'first_response' | 'next_response' | 'resolution';

/**
 * The pending response deadline. due_at is the earliest deadline of all (the ingestion includes the
 * resolution target in it), so it is only the index-friendly pre-filter: due_at <= this, always.
 */
const RESPONSE_DUE = sql`(CASE WHEN c.awaiting_since IS NULL THEN NULL
                               WHEN c.first_responded_at IS NULL THEN c.first_response_due_at
                               ELSE c.next_response_due_at END)`;

export interface NewSlaEventRow {
  conversation_id: string;
  workspace_id: string;
  target: SlaTarget;
  due_at: Date;
}

/**
 * Response targets past due and not yet breached: records the breach events and sets sla_state, in
 * one statement. Returns how many conversations were due (to know whether to go on) and the events
 * that are new.
 */
export async function breachOverdueResponses(trx: Executor, now: Date, limit: number) {
  const { rows } = await sql<NewSlaEventRow & { is_new: boolean }>`
    WITH due AS (
      SELECT c.id, c.workspace_id, ${RESPONSE_DUE} AS due_at,
             CASE WHEN c.first_responded_at IS NULL THEN 'first_response' ELSE 'next_response' END AS target
        FROM conversations c
       WHERE c.due_at IS NOT NULL AND c.due_at <= ${now}
         AND ${RESPONSE_DUE} <= ${now}
         AND c.status IN ('new', 'open') AND c.sla_state <> 'breached'
       ORDER BY c.due_at
       LIMIT ${limit}
         FOR UPDATE OF c SKIP LOCKED
    ), events AS (
      INSERT INTO sla_events (workspace_id, conversation_id, target, kind, due_at, occurred_at)
      SELECT workspace_id, id, target, 'breached', due_at, ${now} FROM due
          ON CONFLICT DO NOTHING
      RETURNING conversation_id
    ), marked AS (
      UPDATE conversations c SET sla_state = 'breached', updated_at = now() FROM due WHERE c.id = due.id
      RETURNING c.id
    )
    SELECT due.id AS conversation_id, due.workspace_id, due.target, due.due_at,
           EXISTS (SELECT 1 FROM events e WHERE e.conversation_id = due.id) AS is_new
      FROM due`.execute(trx);
  return { due: rows.length, events: rows.filter((row) => row.is_new) };
}

/** Resolution deadlines passed (clock not paused) without a breach on record for that deadline. */
export async function breachOverdueResolutions(trx: Executor, now: Date, limit: number) {
  const { rows } = await sql<NewSlaEventRow>`
    WITH due AS (
      SELECT c.id, c.workspace_id, c.resolution_due_at AS due_at
        FROM conversations c
       WHERE c.resolution_due_at IS NOT NULL AND c.resolution_due_at <= ${now}
         AND c.status IN ('new', 'open') AND c.sla_paused_at IS NULL
         AND NOT EXISTS (
           SELECT 1 FROM sla_events e
            WHERE e.conversation_id = c.id AND e.target = 'resolution' AND e.kind = 'breached'
              AND e.due_at = c.resolution_due_at)
       ORDER BY c.resolution_due_at
       LIMIT ${limit}
         FOR UPDATE OF c SKIP LOCKED
    ), events AS (
      INSERT INTO sla_events (workspace_id, conversation_id, target, kind, due_at, occurred_at)
      SELECT workspace_id, id, 'resolution', 'breached', due_at, ${now} FROM due
          ON CONFLICT DO NOTHING
      RETURNING conversation_id, workspace_id, target, due_at
    ), marked AS (
      UPDATE conversations c SET sla_state = 'breached', updated_at = now() FROM due WHERE c.id = due.id
      RETURNING c.id
    )
    SELECT conversation_id, workspace_id, target, due_at FROM events`.execute(trx);
  return rows;
}

export interface WarningCandidate {
  id: string;
  workspace_id: string;
  /** due_at of the row, for paging. */
  page_due_at: Date;
  target: 'first_response' | 'next_response';
  awaiting_since: Date;
  due_at: Date;
  business_hours_only: boolean | null;
  warning_ratio: number;
}

/**
 * Response targets still 'ok' that might have reached the warning share of their window. Real time
 * elapsed is at least the business time elapsed, so "awaiting for ratio × the policy's minutes of
 * real time" is a necessary condition SQL can check; the caller decides on the business clock.
 * Keyset-paged by (due_at, id); `due_at` of a candidate is its response deadline.
 */
export async function warningCandidates(
  db: Executor,
  now: Date,
  after: { dueAt: Date; id: string } | null,
  limit: number,
): Promise<WarningCandidate[]> {
  const { rows } = await sql<WarningCandidate>`
    SELECT c.id, c.workspace_id, c.awaiting_since, ${RESPONSE_DUE} AS due_at, c.due_at AS page_due_at,
           CASE WHEN c.first_responded_at IS NULL THEN 'first_response' ELSE 'next_response' END AS target,
           p.business_hours_only,
           coalesce(s.warning_ratio, 0.75)::float8 AS warning_ratio
      FROM conversations c
      LEFT JOIN sla_policies p ON p.id = c.sla_policy_id
      LEFT JOIN inbox_settings s ON s.workspace_id = c.workspace_id
     WHERE c.due_at IS NOT NULL AND ${RESPONSE_DUE} > ${now}
       AND c.status IN ('new', 'open') AND c.sla_state = 'ok' AND c.awaiting_since IS NOT NULL
       AND c.awaiting_since <= ${now}::timestamptz - make_interval(mins => 1) * (
             coalesce(s.warning_ratio, 0.75) * coalesce(
               CASE WHEN c.first_responded_at IS NULL THEN p.first_response_minutes ELSE p.next_response_minutes END, 0))
       ${after ? sql`AND (c.due_at, c.id) > (${after.dueAt}, ${after.id}::uuid)` : sql``}
     ORDER BY c.due_at, c.id
     LIMIT ${limit}`.execute(db);
  return rows;
}

/** Records warnings for these conversations (still 'ok', not yet warned for that deadline). */
export async function recordWarnings(
  trx: Executor,
  now: Date,
  warnings: ReadonlyArray<{ conversationId: string; target: SlaTarget; dueAt: Date }>,
) {
  if (warnings.length === 0) return [];
  const { rows } = await sql<NewSlaEventRow>`
    WITH input AS (
      SELECT * FROM unnest(${warnings.map((w) => w.conversationId)}::uuid[],
                           ${warnings.map((w) => w.target)}::text[],
                           ${warnings.map((w) => w.dueAt.toISOString())}::timestamptz[]) AS t(id, target, due_at)
    ), fresh AS (
      SELECT c.id, c.workspace_id, input.target, input.due_at
        FROM conversations c JOIN input ON input.id = c.id
       WHERE c.sla_state = 'ok' AND ${RESPONSE_DUE} = input.due_at
         FOR UPDATE OF c SKIP LOCKED
    ), events AS (
      INSERT INTO sla_events (workspace_id, conversation_id, target, kind, due_at, occurred_at)
      SELECT workspace_id, id, target, 'warning', due_at, ${now} FROM fresh
          ON CONFLICT DO NOTHING
      RETURNING conversation_id, workspace_id, target, due_at
    ), marked AS (
      UPDATE conversations c SET sla_state = 'warning', updated_at = now() FROM fresh WHERE c.id = fresh.id
      RETURNING c.id
    )
    SELECT conversation_id, workspace_id, target, due_at FROM events`.execute(trx);
  return rows;
}

/** Business hours per workspace (null: no settings row yet — the default schedule then applies). */
export function businessHoursOf(db: Executor, workspaceIds: readonly string[]) {
  if (workspaceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('inbox_settings')
    .select(['workspace_id', 'business_hours'])
    .where('workspace_id', 'in', [...workspaceIds])
    .execute();
}

/** Who hears about these conversations: the assignee and the assignee's manager (if set). */
export function conversationsWithPeople(db: Executor, conversationIds: readonly string[]) {
  if (conversationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('conversations as c')
    .leftJoin('responders as r', (join) =>
      join.onRef('r.workspace_id', '=', 'c.workspace_id').onRef('r.user_id', '=', 'c.assignee_id'),
    )
    .select([
      'c.id',
      'c.workspace_id',
      'c.channel_id',
      'c.assignee_id',
      'r.manager_id',
      'c.preview',
      'c.severity',
      'c.priority',
    ])
    .where('c.id', 'in', [...conversationIds])
    .execute();
}
