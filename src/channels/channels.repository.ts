/** All SQL of channels, their inbound items (as the channel lists them) and outbound actions. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export function insertChannel(
  db: Executor,
  row: {
    id?: string;
    workspaceId: string;
    kind: string;
    name: string;
    handle: string;
    settings: Record<string, unknown>;
    credentialsEncrypted: string | null;
    externalId?: string | null;
  },
) {
  return db
    .insertInto('channels')
    .values({
      ...(row.id ? { id: row.id } : {}),
      external_id: row.externalId ?? null,
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

/** The live channel of this network account, in any workspace (one home per account). */
export function findConnectedByExternalId(db: Executor, kind: string, externalId: string) {
  return db
    .selectFrom('channels')
    .select(['id', 'workspace_id'])
    .where('kind', '=', kind)
    .where('external_id', '=', externalId)
    .where('disconnected_at', 'is', null)
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
    // The latest profile snapshot, if any.
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('channel_profile_snapshots as s')
          .select(['s.display_name', 's.followers', 's.avatar_url', 's.taken_at'])
          .whereRef('s.channel_id', '=', 'c.id')
          .orderBy('s.taken_at', 'desc')
          .orderBy('s.id', 'desc')
          .limit(1)
          .as('p'),
      (join) => join.onTrue(),
    )
    .selectAll('c')
    .select([
      sql<string>`(SELECT count(*) FROM items i WHERE i.channel_id = c.id AND i.direction = 'inbound')`.as(
        'inbound_total',
      ),
      sql<string>`(SELECT count(*) FROM items i WHERE i.channel_id = c.id AND i.direction = 'inbound' AND i.occurred_at > now() - interval '24 hours')`.as(
        'inbound_last_24h',
      ),
      sql<string>`(SELECT count(*) FROM outbound_actions o WHERE o.channel_id = c.id)`.as('outbound_total'),
      'p.display_name as profile_display_name',
      'p.followers as profile_followers',
      'p.avatar_url as profile_avatar_url',
      'p.taken_at as profile_taken_at',
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
/** Connected channels of these kinds, whole rows (the stream listeners need their credentials). */
export function listConnectedChannelsOfKinds(db: Executor, kinds: readonly string[]) {
  if (kinds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('channels')
    .selectAll()
    .where('disconnected_at', 'is', null)
    .where('kind', 'in', kinds)
    .orderBy('id')
    .execute();
}

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

/**
 * Moves the channel into `health` only if it is not there yet; the row comes back only for the one
 * caller that made the change (the row lock serialises concurrent callers), so it is told once.
 */
export function transitionChannelHealth(
  db: Executor,
  channelId: string,
  health: 'healthy' | 'unhealthy',
  reason: string | null,
) {
  return db
    .updateTable('channels')
    .set({ health, health_reason: reason, health_changed_at: new Date() })
    .where('id', '=', channelId)
    .where('disconnected_at', 'is', null)
    .where('health', '!=', health)
    .returningAll()
    .executeTakeFirst();
}

/** Same health, a newer reason (a different error while still unhealthy). */
export function updateHealthReason(db: Executor, channelId: string, health: string, reason: string | null) {
  return db
    .updateTable('channels')
    .set({ health_reason: reason })
    .where('id', '=', channelId)
    .where('disconnected_at', 'is', null)
    .where('health', '=', health)
    .where(sql<boolean>`health_reason IS DISTINCT FROM ${reason}`)
    .returning(['id'])
    .executeTakeFirst();
}

export function setThrottledUntil(db: Executor, channelId: string, until: Date | null) {
  return db
    .updateTable('channels')
    .set({ throttled_until: until })
    .where('id', '=', channelId)
    .where(sql<boolean>`throttled_until IS DISTINCT FROM ${until}::timestamptz`)
    .returning(['id'])
    .executeTakeFirst();
}

/** The workspace's active admins: who hears that a channel broke. */
export async function listWorkspaceAdminIds(db: Executor, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.workspace_id', '=', workspaceId)
    .where(sql<boolean>`m.roles @> ARRAY['admin']::text[]`)
    .where('u.disabled_at', 'is', null)
    .execute();
  return rows.map((r) => r.id);
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
    .set((eb) => ({ attempts: eb('attempts', '+', 1), status: 'sending', next_attempt_at: null }))
    .where('id', '=', actionId)
    .where('status', 'in', ['queued', 'sending'])
    .returning(['attempts'])
    .executeTakeFirst();
}

/** Rate limited: queued until `nextAttemptAt`, with the reason shown. */
export function deferAction(
  db: Executor,
  actionId: string,
  row: { error: string; nextAttemptAt: Date; giveBackAttempt: boolean },
) {
  return db
    .updateTable('outbound_actions')
    .set((eb) => ({
      error: row.error,
      status: 'queued',
      next_attempt_at: row.nextAttemptAt,
      ...(row.giveBackAttempt ? { attempts: sql<number>`greatest(${eb.ref('attempts')} - 1, 0)` } : {}),
    }))
    .where('id', '=', actionId)
    .where('status', 'in', ['queued', 'sending'])
    .returning(['id'])
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
      next_attempt_at: null,
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

export function insertProfileSnapshot(
  db: Executor,
  row: {
    workspaceId: string;
    channelId: string;
    displayName: string;
    bio: string | null;
    url: string | null;
    avatarUrl: string | null;
    fields: Array<{ name: string; value: string }>;
    followers: number;
    following: number | null;
    posts: number | null;
    locked: boolean | null;
  },
) {
  return db
    .insertInto('channel_profile_snapshots')
    .values({
      workspace_id: row.workspaceId,
      channel_id: row.channelId,
      display_name: row.displayName,
      bio: row.bio,
      url: row.url,
      avatar_url: row.avatarUrl,
      fields: JSON.stringify(row.fields),
      followers: row.followers,
      following: row.following,
      posts: row.posts,
      locked: row.locked,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findLatestProfileSnapshot(db: Executor, channelId: string) {
  return db
    .selectFrom('channel_profile_snapshots')
    .selectAll()
    .where('channel_id', '=', channelId)
    .orderBy('taken_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Follower counts since `since`, oldest first. */
export function listFollowerHistory(db: Executor, channelId: string, since: Date) {
  return db
    .selectFrom('channel_profile_snapshots')
    .select(['taken_at', 'followers'])
    .where('channel_id', '=', channelId)
    .where(sql<boolean>`taken_at >= ${since}`)
    .orderBy('taken_at')
    .orderBy('id')
    .execute();
}

/** New credentials for the same account (reconnect): throttling is forgotten, the cursor kept. */
export function replaceCredentials(
  db: Executor,
  channelId: string,
  row: { credentialsEncrypted: string; handle: string; externalId: string | null },
) {
  return db
    .updateTable('channels')
    .set({
      credentials_encrypted: row.credentialsEncrypted,
      handle: row.handle,
      external_id: row.externalId,
      throttled_until: null,
    })
    .where('id', '=', channelId)
    .where('disconnected_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
