/** All SQL of the sandbox network: its feed, its log of what we did, its traffic generator state. */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { SandboxEventPayload } from './sandbox-traffic.js';

export async function appendFeed(db: Executor, workspaceId: string, channelId: string, events: SandboxEventPayload[]) {
  if (events.length === 0) return [];
  return db
    .insertInto('sandbox_feed')
    .values(events.map((e) => ({ workspace_id: workspaceId, channel_id: channelId, payload: JSON.stringify(e) })))
    .returning(['seq'])
    .execute();
}

/** Feed rows after `afterSeq`, oldest first. */
export function readFeed(db: Executor, channelId: string, afterSeq: string | null, limit: number) {
  let query = db.selectFrom('sandbox_feed').select(['seq', 'payload']).where('channel_id', '=', channelId);
  if (afterSeq !== null) query = query.where('seq', '>', afterSeq);
  return query.orderBy('seq').limit(limit).execute();
}

export function recentFeedPlatformIds(db: Executor, channelId: string, limit: number) {
  return db
    .selectFrom('sandbox_feed')
    .select(sql<string>`payload ->> 'platformId'`.as('platform_id'))
    .where('channel_id', '=', channelId)
    .where(sql<string>`payload ->> 'kind'`, '!=', 'direct_message')
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute()
    .then((rows) => rows.map((r) => r.platform_id).reverse());
}

/** Whether the network knows this post: something in the feed, or something we posted. */
export async function networkHasPost(db: Executor, channelId: string, platformId: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT
      EXISTS (SELECT 1 FROM sandbox_feed WHERE channel_id = ${channelId} AND payload ->> 'platformId' = ${platformId})
      OR EXISTS (SELECT 1 FROM sandbox_actions WHERE channel_id = ${channelId} AND platform_id = ${platformId}) AS found`.execute(
    db,
  );
  return rows[0]?.found ?? false;
}

/**
 * Records an action once per idempotency key. A retry with the same key returns the row stored
 * the first time, so the platform id is the same and nothing happens twice.
 */
export async function recordAction(
  db: Executor,
  row: {
    workspaceId: string;
    channelId: string;
    platformId: string;
    action: string;
    targetId: string | null;
    payload: Record<string, unknown>;
    idempotencyKey: string;
  },
) {
  const inserted = await db
    .insertInto('sandbox_actions')
    .values({
      workspace_id: row.workspaceId,
      channel_id: row.channelId,
      platform_id: row.platformId,
      action: row.action,
      target_id: row.targetId,
      payload: JSON.stringify(row.payload),
      idempotency_key: row.idempotencyKey,
    })
    .onConflict((oc) => oc.columns(['channel_id', 'idempotency_key']).doNothing())
    .returning(['platform_id'])
    .executeTakeFirst();
  if (inserted) return { platformId: inserted.platform_id, replayed: false };
  const existing = await db
    .selectFrom('sandbox_actions')
    .select(['platform_id'])
    .where('channel_id', '=', row.channelId)
    .where('idempotency_key', '=', row.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { platformId: existing.platform_id, replayed: true };
}

export function listRecordedActions(db: Executor, channelId: string) {
  return db.selectFrom('sandbox_actions').selectAll().where('channel_id', '=', channelId).orderBy('id').execute();
}

/** Takes the one-shot failure switch off the channel atomically, so only one send fails. */
export async function consumeFailNext(db: Executor, channelId: string): Promise<string | null> {
  const { rows } = await sql<{ mode: string }>`
    WITH old AS (
      SELECT id, settings ->> 'failNext' AS mode FROM channels WHERE id = ${channelId} AND settings ? 'failNext' FOR UPDATE
    )
    UPDATE channels c SET settings = c.settings - 'failNext' FROM old WHERE c.id = old.id RETURNING old.mode`.execute(
    db,
  );
  return rows[0]?.mode ?? null;
}

/** Serialises generator runs of one channel until the transaction ends. */
export async function lockGenerator(trx: Executor, channelId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'sandbox:' + channelId}, 0))`.execute(trx);
}

/** What the generator needs to know about a channel: its settings and the workspace's country. */
export function findGeneratorTarget(db: Executor, channelId: string) {
  return db
    .selectFrom('channels as c')
    .innerJoin('workspaces as w', 'w.id', 'c.workspace_id')
    .select([
      'c.id',
      'c.workspace_id',
      'c.kind',
      'c.handle',
      'c.settings',
      'c.disconnected_at',
      'w.country',
      'w.default_language',
    ])
    .where('c.id', '=', channelId)
    .executeTakeFirst();
}

export function findGeneratorState(db: Executor, channelId: string) {
  return db.selectFrom('sandbox_generator_state').selectAll().where('channel_id', '=', channelId).executeTakeFirst();
}

export function saveGeneratorState(
  db: Executor,
  state: { channelId: string; generatedUntil: Date; carry: number; emitted: number },
) {
  const values = { generated_until: state.generatedUntil, carry: state.carry, emitted: state.emitted };
  return db
    .insertInto('sandbox_generator_state')
    .values({ channel_id: state.channelId, ...values })
    .onConflict((oc) => oc.column('channel_id').doUpdateSet(values))
    .execute();
}
