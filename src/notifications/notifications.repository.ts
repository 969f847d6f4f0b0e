/** All SQL of in-app notifications and outgoing webhook deliveries. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export interface NewNotification {
  workspaceId: string;
  userId: string;
  kind: string;
  conversationId: string | null;
  data: Record<string, unknown>;
}

export function insertNotifications(db: Executor, rows: readonly NewNotification[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('notifications')
    .values(
      rows.map((row) => ({
        workspace_id: row.workspaceId,
        user_id: row.userId,
        kind: row.kind,
        conversation_id: row.conversationId,
        data: JSON.stringify(row.data),
      })),
    )
    .returning(['id', 'workspace_id', 'user_id'])
    .execute();
}

export function listNotifications(
  db: Executor,
  options: { workspaceId: string; userId: string; unreadOnly: boolean; limit: number },
) {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('workspace_id', '=', options.workspaceId)
    .where('user_id', '=', options.userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
}

export async function countUnread(db: Executor, workspaceId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's own notifications read (all of them, or the given ids); returns how many changed. */
export async function markRead(
  db: Executor,
  options: { workspaceId: string; userId: string; ids: readonly string[] | 'all' },
): Promise<number> {
  if (options.ids !== 'all' && options.ids.length === 0) return 0;
  let query = db
    .updateTable('notifications')
    .set({ read_at: sql`now()` })
    .where('workspace_id', '=', options.workspaceId)
    .where('user_id', '=', options.userId)
    .where('read_at', 'is', null);
  if (options.ids !== 'all') query = query.where('id', 'in', [...options.ids]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The members of these workspaces holding one of the roles (for "tell the managers"). */
export function membersWithRoles(db: Executor, workspaceIds: readonly string[], roles: readonly string[]) {
  if (workspaceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships')
    .select(['workspace_id', 'user_id', 'roles'])
    .where('workspace_id', 'in', [...workspaceIds])
    .where(sql<boolean>`roles && ${sql.val([...roles])}::text[]`)
    .execute();
}

// ---------------------------------------------------------------- webhooks

/** Workspaces (of these) that have a webhook URL configured. */
export async function workspacesWithWebhook(db: Executor, workspaceIds: readonly string[]): Promise<Set<string>> {
  if (workspaceIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('inbox_settings')
    .select('workspace_id')
    .where('workspace_id', 'in', [...workspaceIds])
    .where('webhook_url', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.workspace_id));
}

export function insertWebhookDeliveries(
  db: Executor,
  rows: ReadonlyArray<{ workspaceId: string; event: string; payload: Record<string, unknown> }>,
) {
  if (rows.length === 0) return Promise.resolve([]);
  return db
    .insertInto('webhook_deliveries')
    .values(
      rows.map((row) => ({ workspace_id: row.workspaceId, event: row.event, payload: JSON.stringify(row.payload) })),
    )
    .returning(['id', 'workspace_id'])
    .execute();
}

/** A delivery with where it goes (the workspace's current webhook URL and sealed secret). */
export function findDeliveryWithTarget(db: Executor, deliveryId: string) {
  return db
    .selectFrom('webhook_deliveries as d')
    .leftJoin('inbox_settings as s', 's.workspace_id', 'd.workspace_id')
    .selectAll('d')
    .select(['s.webhook_url', 's.webhook_secret_encrypted'])
    .where('d.id', '=', deliveryId)
    .executeTakeFirst();
}

export function recordDeliveryAttempt(
  db: Executor,
  deliveryId: string,
  outcome: { status: 'pending' | 'delivered' | 'failed'; responseStatus: number | null; error: string | null },
) {
  return db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: outcome.status,
      attempts: eb('attempts', '+', 1),
      response_status: outcome.responseStatus,
      last_error: outcome.error,
      delivered_at: outcome.status === 'delivered' ? sql<Date>`now()` : null,
    }))
    .where('id', '=', deliveryId)
    .execute();
}

export function listWebhookDeliveries(db: Executor, workspaceId: string, limit: number) {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Workspaces with a sealed webhook secret, for a key rotation. */
export function listSealedWebhookSecrets(db: Executor) {
  return db
    .selectFrom('inbox_settings')
    .select(['workspace_id', 'webhook_secret_encrypted'])
    .where('webhook_secret_encrypted', 'is not', null)
    .execute();
}

export function updateSealedWebhookSecret(db: Executor, workspaceId: string, sealed: string) {
  return db
    .updateTable('inbox_settings')
    .set({ webhook_secret_encrypted: sealed })
    .where('workspace_id', '=', workspaceId)
    .execute();
}
