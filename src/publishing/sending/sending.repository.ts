/** SQL of sending: variants, their posts, the pause and the graphile-worker job of each variant. */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { VariantStatus } from '../../db/schema-publishing.js';
import { LIVE_CHANNEL } from '../../live/live-events.js';

export const publishJobKey = (variantId: string) => `publish:${variantId}`;

export async function removePublishJob(db: Executor, variantId: string) {
  await sql`SELECT graphile_worker.remove_job(${publishJobKey(variantId)})`.execute(db);
}

export function setVariantScheduled(db: Executor, variantId: string, dueAt: Date) {
  return db
    .updateTable('post_variants')
    .set({ status: 'scheduled', due_at: dueAt, error: null, updated_at: new Date() })
    .where('id', '=', variantId)
    .executeTakeFirst();
}

export function setVariantPending(db: Executor, variantId: string) {
  return db
    .updateTable('post_variants')
    .set({ status: 'pending', held_reason: null, updated_at: new Date() })
    .where('id', '=', variantId)
    .where('status', 'in', ['scheduled', 'held'])
    .executeTakeFirst();
}

/** The variant with what the job needs to decide: its post and the workspace's settings. */
export function findVariantForSending(db: Executor, variantId: string) {
  return db
    .selectFrom('post_variants as v')
    .innerJoin('posts as p', 'p.id', 'v.post_id')
    .leftJoin('publishing_settings as s', 's.workspace_id', 'v.workspace_id')
    .select([
      'v.id',
      'v.workspace_id',
      'v.post_id',
      'v.channel_id',
      'v.text',
      'v.media',
      'v.status',
      'v.due_at',
      'v.outbound_action_id',
      'p.author_id',
      'p.approved_by',
      'p.title',
      's.paused_at',
      's.pause_reason',
      's.blackout_policy',
      's.approver_roles',
    ])
    .where('v.id', '=', variantId)
    .executeTakeFirst();
}

/** Moves the variant on, only from one of the expected states (a concurrent run loses). */
export function updateVariantFrom(
  db: Executor,
  variantId: string,
  from: readonly VariantStatus[],
  set: {
    status?: VariantStatus;
    due_at?: Date;
    held_reason?: string | null;
    outbound_action_id?: string;
    error?: string | null;
    platform_id?: string | null;
    url?: string | null;
    published_at?: Date | null;
  },
) {
  return db
    .updateTable('post_variants')
    .set({ ...set, updated_at: new Date() })
    .where('id', '=', variantId)
    .where('status', 'in', [...from])
    .returningAll()
    .executeTakeFirst();
}

/** The variant an action was publishing, from 'sending' to its outcome (null: none, or done already). */
export function completeVariantOfAction(
  db: Executor,
  actionId: string,
  set: {
    status: 'published' | 'failed';
    error: string | null;
    platform_id?: string;
    url?: string | null;
    published_at?: Date;
  },
) {
  return db
    .updateTable('post_variants')
    .set({ ...set, updated_at: new Date() })
    .where('outbound_action_id', '=', actionId)
    .where('status', '=', 'sending')
    .returningAll()
    .executeTakeFirst();
}

/** The post after a variant's outcome: failed if one variant failed, published when all are. */
export function settlePostStatus(db: Executor, postId: string) {
  return db
    .updateTable('posts')
    .set({
      status: sql<'failed' | 'published'>`CASE
        WHEN EXISTS (SELECT 1 FROM post_variants v WHERE v.post_id = posts.id AND v.status = 'failed') THEN 'failed'
        WHEN NOT EXISTS (SELECT 1 FROM post_variants v WHERE v.post_id = posts.id AND v.status <> 'published')
          THEN 'published'
        ELSE posts.status END`,
      updated_at: new Date(),
    })
    .where('id', '=', postId)
    .returning(['id', 'author_id', 'approved_by', 'title'])
    .executeTakeFirst();
}

export function findVariantByAction(db: Executor, actionId: string) {
  return db.selectFrom('post_variants').selectAll().where('outbound_action_id', '=', actionId).executeTakeFirst();
}

export function findOutboundAction(db: Executor, actionId: string) {
  return db
    .selectFrom('outbound_actions')
    .select(['id', 'status', 'platform_id', 'error', 'next_attempt_at'])
    .where('id', '=', actionId)
    .executeTakeFirst();
}

export function setPostStatus(db: Executor, postId: string, status: 'published' | 'failed' | 'in_review') {
  return db
    .updateTable('posts')
    .set({ status, updated_at: new Date() })
    .where('id', '=', postId)
    .where('status', '!=', status)
    .executeTakeFirst();
}

/** Variants held by the pause (not those held for re-approval after a blackout). */
export function listPauseHeldVariants(db: Executor, workspaceId: string) {
  return db
    .selectFrom('post_variants')
    .select(['id', 'workspace_id', 'due_at'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'held')
    .where('held_reason', 'like', 'Publishing is paused%')
    .execute();
}

export function usersWithRoles(db: Executor, workspaceId: string, roles: readonly string[]) {
  if (roles.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('memberships')
    .select(['user_id'])
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`roles && ${sql.val([...roles])}::text[]`)
    .execute();
}

/**
 * The record before the platform call, in ONE statement (atomic without a transaction, one round
 * trip on the hot path): the variant from 'scheduled' to 'sending', the outbound action inserted
 * already claimed ('sending', first attempt counted) under the id the caller chose, and the live
 * events sent with it. Returns the action, or undefined when the variant was no longer scheduled
 * (then nothing was inserted). The foreign key from variant to action is checked at the statement's end.
 */
export async function startSending(
  db: Executor,
  row: {
    actionId: string;
    variantId: string;
    workspaceId: string;
    channelId: string;
    body: string;
    params: Record<string, unknown>;
    createdBy: string | null;
    livePayloads: string[];
  },
) {
  return db
    .with('v', (qb) =>
      qb
        .updateTable('post_variants')
        .set({ status: 'sending', outbound_action_id: row.actionId, held_reason: null, updated_at: new Date() })
        .where('id', '=', row.variantId)
        .where('status', '=', 'scheduled')
        .returning('id'),
    )
    .with('a', (qb) =>
      qb
        .insertInto('outbound_actions')
        .columns(['id', 'workspace_id', 'channel_id', 'kind', 'body', 'params', 'created_by', 'status', 'attempts'])
        .expression((eb) =>
          eb
            .selectFrom('v')
            .select([
              sql<string>`${row.actionId}::uuid`.as('id'),
              sql<string>`${row.workspaceId}::uuid`.as('workspace_id'),
              sql<string>`${row.channelId}::uuid`.as('channel_id'),
              sql<string>`'publish'`.as('kind'),
              sql<string>`${row.body}::text`.as('body'),
              sql<string>`${JSON.stringify(row.params)}::jsonb`.as('params'),
              sql<string | null>`${row.createdBy}::uuid`.as('created_by'),
              sql<'sending'>`'sending'`.as('status'),
              sql<number>`1`.as('attempts'),
            ]),
        )
        .returningAll(),
    )
    .selectFrom('a')
    .selectAll('a')
    .select(
      sql<number>`(SELECT count(pg_notify(${LIVE_CHANNEL}, p)) FROM unnest(${row.livePayloads}::text[]) AS p)`.as(
        'notified',
      ),
    )
    .executeTakeFirst();
}
