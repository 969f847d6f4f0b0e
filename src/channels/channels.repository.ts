/** All SQL of channels, their inbound items (as the channel lists them) and outbound actions. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export function insertChannel(
  db: Executor,
  row: {
    workspaceId: string;
    kind: string;
    name: string;
    handle: string;
    settings: Record<string, unknown>;
    credentialsEncrypted: string | null;
  },
) {
  return db
    .insertInto('channels')
    .values({
      workspace_id: row.workspaceId,
      kind: row.kind,
      name: row.name,
      handle: row.handle,
      settings: JSON.stringify(row.settings),
      credentials_encrypted: row.credentialsEncrypted,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A channel of this workspace (another workspace's channel, or a malformed id, is "not found"). */
export async function findChannel(db: Executor, workspaceId: string, channelId: string) {
  if (!UUID.test(channelId)) return undefined;
  return db
    .selectFrom('channels')
    .selectAll()
    .where('id', '=', channelId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export function findChannelById(db: Executor, channelId: string) {
  return db.selectFrom('channels').selectAll().where('id', '=', channelId).executeTakeFirst();
}

/**
 * Claims the channel for a sync until the transaction ends. NO KEY UPDATE conflicts with another
 * sync's claim (SKIP LOCKED then returns nothing) but not with rows being inserted that reference
 * the channel, so the sandbox generator and the API keep working meanwhile.
 */
export function lockChannelForSync(trx: Executor, channelId: string) {
  return trx
    .selectFrom('channels')
    .selectAll()
    .where('id', '=', channelId)
    .forNoKeyUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Channels with the counts the channel list shows. */
export function listChannelsWithStats(db: Executor, workspaceId: string, channelId?: string) {
  if (channelId !== undefined && !UUID.test(channelId)) return Promise.resolve([]);
  let query = db
    .selectFrom('channels as c')
    .selectAll('c')
    .select([
      sql<string>`(SELECT count(*) FROM items i WHERE i.channel_id = c.id AND i.direction = 'inbound')`.as(
        'inbound_total',
      ),
      sql<string>`(SELECT count(*) FROM items i WHERE i.channel_id = c.id AND i.direction = 'inbound' AND i.occurred_at > now() - interval '24 hours')`.as(
        'inbound_last_24h',
      ),
      sql<string>`(SELECT count(*) FROM outbound_actions o WHERE o.channel_id = c.id)`.as('outbound_total'),
    ])
    .where('c.workspace_id', '=', workspaceId);
  if (channelId) query = query.where('c.id', '=', channelId);
  return query.orderBy('c.created_at').orderBy('c.name').orderBy('c.id').execute(); // channels made together (the demo) come out by name
}

export type ChannelWithStats = Awaited<ReturnType<typeof listChannelsWithStats>>[number];

export function updateChannel(
  db: Executor,
  channelId: string,
  patch: { name?: string; settings?: Record<string, unknown> },
) {
  return db
    .updateTable('channels')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.settings !== undefined ? { settings: JSON.stringify(patch.settings) } : {}),
    })
    .where('id', '=', channelId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Every connected channel, for the polling safety net. */
export function listConnectedChannels(db: Executor) {
  return db
    .selectFrom('channels')
    .select(['id', 'workspace_id', 'kind'])
    .where('disconnected_at', 'is', null)
    .orderBy('id')
    .execute();
}

export function markChannelDisconnected(db: Executor, channelId: string) {
  return db
    .updateTable('channels')
    .set({ health: 'disconnected', health_reason: null, credentials_encrypted: null, disconnected_at: new Date() })
    .where('id', '=', channelId)
    .executeTakeFirst();
}

export function setChannelHealth(
  db: Executor,
  channelId: string,
  health: 'healthy' | 'unhealthy',
  reason: string | null,
) {
  return db
    .updateTable('channels')
    .set({ health, health_reason: reason })
    .where('id', '=', channelId)
    .where('disconnected_at', 'is', null)
    .executeTakeFirst();
}

export function saveSyncProgress(db: Executor, channelId: string, cursor: string | null, at: Date) {
  return db
    .updateTable('channels')
    .set({ sync_cursor: cursor, last_sync_at: at })
    .where('id', '=', channelId)
    .executeTakeFirst();
}

/** Items the channel received (not our replies or notes), newest first. Ingestion lives in src/ingest/. */
export function listInboundItems(db: Executor, channelId: string, options: { limit: number; before?: Date }) {
  let query = db.selectFrom('items').selectAll().where('channel_id', '=', channelId).where('direction', '=', 'inbound');
  if (options.before) query = query.where('occurred_at', '<', options.before);
  return query.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export function findInboundItemByPlatformId(db: Executor, channelId: string, platformId: string) {
  return db
    .selectFrom('items')
    .selectAll()
    .where('channel_id', '=', channelId)
    .where('platform_id', '=', platformId)
    .where('direction', '=', 'inbound')
    .executeTakeFirst();
}

export function countInboundItems(db: Executor, channelId: string) {
  return db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('channel_id', '=', channelId)
    .where('direction', '=', 'inbound')
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function findSentActionByPlatformId(db: Executor, channelId: string, platformId: string) {
  return db
    .selectFrom('outbound_actions')
    .select(['id'])
    .where('channel_id', '=', channelId)
    .where('platform_id', '=', platformId)
    .where('status', '=', 'sent')
    .executeTakeFirst();
}

export function insertOutboundAction(
  db: Executor,
  row: {
    workspaceId: string;
    channelId: string;
    kind: string;
    targetPlatformId: string | null;
    body: string | null;
    params: Record<string, unknown>;
    createdBy: string | null;
  },
) {
  return db
    .insertInto('outbound_actions')
    .values({
      workspace_id: row.workspaceId,
      channel_id: row.channelId,
      kind: row.kind,
      target_platform_id: row.targetPlatformId,
      body: row.body,
      params: JSON.stringify(row.params),
      created_by: row.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findOutboundActionById(db: Executor, actionId: string) {
  return db.selectFrom('outbound_actions').selectAll().where('id', '=', actionId).executeTakeFirst();
}

const actionWithCreator = (db: Executor) =>
  db
    .selectFrom('outbound_actions as a')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .selectAll('a')
    .select(['u.name as created_by_name']);

export type ActionWithCreator = Awaited<ReturnType<typeof listOutboundActions>>[number];

export function listOutboundActions(db: Executor, channelId: string, limit: number) {
  return actionWithCreator(db)
    .where('a.channel_id', '=', channelId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

export function findOutboundActionWithCreator(db: Executor, actionId: string) {
  return actionWithCreator(db).where('a.id', '=', actionId).executeTakeFirstOrThrow();
}

/**
 * Counted before the platform call, so a crash mid-call still shows that it was tried. The action is
 * 'sending' while the call runs; a crash leaves it so and the job's retry sends it (same key) again.
 */
export function recordActionAttempt(db: Executor, actionId: string) {
  return db
    .updateTable('outbound_actions')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), status: 'sending' }))
    .where('id', '=', actionId)
    .where('status', 'in', ['queued', 'sending'])
    .returning(['attempts'])
    .executeTakeFirst();
}

/** A retryable failure: stays queued, the error shows what happened last. */
export function recordActionError(db: Executor, actionId: string, error: string) {
  return db
    .updateTable('outbound_actions')
    .set({ error, status: 'queued' })
    .where('id', '=', actionId)
    .where('status', 'in', ['queued', 'sending'])
    .executeTakeFirst();
}

export function completeAction(
  db: Executor,
  actionId: string,
  outcome: { status: 'sent'; platformId: string } | { status: 'failed'; error: string },
) {
  return db
    .updateTable('outbound_actions')
    .set({
      status: outcome.status,
      platform_id: outcome.status === 'sent' ? outcome.platformId : null,
      error: outcome.status === 'failed' ? outcome.error : null,
      completed_at: new Date(),
    })
    .where('id', '=', actionId)
    .where('status', 'in', ['queued', 'sending'])
    .returningAll()
    .executeTakeFirst();
}

/** Drops a pending job of the queue (a running one finishes but is not retried). */
export async function cancelJob(db: Executor, jobKey: string) {
  await sql`SELECT graphile_worker.remove_job(${jobKey})`.execute(db);
}

/** Channels whose credentials are sealed, for re-sealing after a key rotation. */
export function listSealedCredentials(db: Executor) {
  return db
    .selectFrom('channels')
    .select(['id', 'workspace_id', 'credentials_encrypted'])
    .where('credentials_encrypted', 'is not', null)
    .orderBy('id')
    .execute();
}

export function updateSealedCredentials(db: Executor, channelId: string, sealed: string) {
  return db.updateTable('channels').set({ credentials_encrypted: sealed }).where('id', '=', channelId).execute();
}
