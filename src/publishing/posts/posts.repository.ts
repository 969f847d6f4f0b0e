/** Posts, their per-channel variants and comments. */
import type { Executor } from '../../db/database.js';
import type { PostStatus, VariantStatus } from '../../db/schema-publishing.js';

export interface PostValues {
  title?: string;
  campaign?: string | null;
  pillar?: string | null;
  scheduledAt?: Date | null;
}

export interface VariantValues {
  channelId: string;
  text: string;
  language: string | null;
  media: unknown[];
}

export function findPost(db: Executor, workspaceId: string, postId: string) {
  return db
    .selectFrom('posts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', postId)
    .executeTakeFirst();
}

/** The post row, locked for the rest of the transaction: transitions of one post run one at a time. */
export function lockPost(trx: Executor, workspaceId: string, postId: string) {
  return trx
    .selectFrom('posts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', postId)
    .forUpdate()
    .executeTakeFirst();
}

export function insertPost(trx: Executor, workspaceId: string, authorId: string | null, values: PostValues) {
  return trx
    .insertInto('posts')
    .values({
      workspace_id: workspaceId,
      author_id: authorId,
      title: values.title ?? '',
      campaign: values.campaign ?? null,
      pillar: values.pillar ?? null,
      scheduled_at: values.scheduledAt ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updatePost(
  trx: Executor,
  postId: string,
  values: PostValues & { status?: PostStatus; approvedBy?: string | null; approvedAt?: Date | null },
) {
  return trx
    .updateTable('posts')
    .set({
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.campaign !== undefined ? { campaign: values.campaign } : {}),
      ...(values.pillar !== undefined ? { pillar: values.pillar } : {}),
      ...(values.scheduledAt !== undefined ? { scheduled_at: values.scheduledAt } : {}),
      ...(values.status !== undefined ? { status: values.status } : {}),
      ...(values.approvedBy !== undefined ? { approved_by: values.approvedBy } : {}),
      ...(values.approvedAt !== undefined ? { approved_at: values.approvedAt } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', postId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deletePost(trx: Executor, postId: string) {
  return trx.deleteFrom('posts').where('id', '=', postId).execute();
}

/** Variants with their channel's name and network, in a stable order. */
export function listVariants(db: Executor, postIds: readonly string[]) {
  if (postIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('post_variants as v')
    .innerJoin('channels as c', 'c.id', 'v.channel_id')
    .selectAll('v')
    .select([
      'c.name as channel_name',
      'c.kind as channel_kind',
      'c.handle as channel_handle',
      'c.settings as channel_settings',
    ])
    .where('v.post_id', 'in', postIds)
    .orderBy('c.name')
    .orderBy('v.id')
    .execute();
}
export type VariantRow = Awaited<ReturnType<typeof listVariants>>[number];

/** Sets the post's variants to exactly these channels: new ones added, missing ones removed. */
export async function replaceVariants(
  trx: Executor,
  post: { id: string; workspace_id: string },
  list: VariantValues[],
) {
  const keep = list.map((v) => v.channelId);
  let removal = trx.deleteFrom('post_variants').where('post_id', '=', post.id);
  if (keep.length) removal = removal.where('channel_id', 'not in', keep);
  await removal.execute();
  for (const v of list) {
    await trx
      .insertInto('post_variants')
      .values({
        post_id: post.id,
        workspace_id: post.workspace_id,
        channel_id: v.channelId,
        text: v.text,
        language: v.language,
        media: JSON.stringify(v.media),
      })
      .onConflict((oc) =>
        oc.columns(['post_id', 'channel_id']).doUpdateSet({
          text: v.text,
          language: v.language,
          media: JSON.stringify(v.media),
          updated_at: new Date(),
        }),
      )
      .execute();
  }
}

export function setVariantState(
  trx: Executor,
  variantId: string,
  values: { status?: VariantStatus; dueAt?: Date | null; heldReason?: string | null },
) {
  return trx
    .updateTable('post_variants')
    .set({
      ...(values.status !== undefined ? { status: values.status } : {}),
      ...(values.dueAt !== undefined ? { due_at: values.dueAt } : {}),
      ...(values.heldReason !== undefined ? { held_reason: values.heldReason } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', variantId)
    .execute();
}

export function listComments(db: Executor, postId: string) {
  return db
    .selectFrom('post_comments as pc')
    .leftJoin('users as u', 'u.id', 'pc.user_id')
    .select(['pc.id', 'pc.user_id', 'u.name as user_name', 'pc.body', 'pc.created_at'])
    .where('pc.post_id', '=', postId)
    .orderBy('pc.created_at')
    .orderBy('pc.id')
    .execute();
}
export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

export function insertComment(trx: Executor, postId: string, userId: string | null, body: string) {
  return trx
    .insertInto('post_comments')
    .values({ post_id: postId, user_id: userId, body })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function userNames(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function findChannels(db: Executor, workspaceId: string, channelIds: readonly string[]) {
  if (!channelIds.length) return Promise.resolve([]);
  return db
    .selectFrom('channels')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', channelIds)
    .execute();
}

/** The organisation's website as the FAQ links to it (the origin of an article's external link), if any. */
export async function findWebsiteUrl(db: Executor, workspaceId: string): Promise<string | null> {
  const row = await db
    .selectFrom('faq_articles')
    .select('external_url')
    .where('workspace_id', '=', workspaceId)
    .where('external_url', 'is not', null)
    .orderBy('updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row?.external_url) return null;
  try {
    return new URL(row.external_url).origin;
  } catch {
    return null;
  }
}

export interface CalendarFilter {
  from: Date;
  to: Date;
  channelId?: string;
  campaign?: string;
  pillar?: string;
  status?: PostStatus;
}

/** Posts wanted (scheduled_at) or due (a variant's due_at) inside [from, to). */
export function listCalendarPosts(db: Executor, workspaceId: string, filter: CalendarFilter) {
  let query = db
    .selectFrom('posts as p')
    .selectAll('p')
    .where('p.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        eb.and([eb('p.scheduled_at', '>=', filter.from), eb('p.scheduled_at', '<', filter.to)]),
        eb.exists(
          eb
            .selectFrom('post_variants as v')
            .select('v.id')
            .whereRef('v.post_id', '=', 'p.id')
            .where('v.due_at', '>=', filter.from)
            .where('v.due_at', '<', filter.to),
        ),
      ]),
    );
  if (filter.channelId)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('post_variants as cv')
          .select('cv.id')
          .whereRef('cv.post_id', '=', 'p.id')
          .where('cv.channel_id', '=', filter.channelId!),
      ),
    );
  if (filter.campaign) query = query.where('p.campaign', '=', filter.campaign);
  if (filter.pillar) query = query.where('p.pillar', '=', filter.pillar);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  return query.orderBy('p.scheduled_at').orderBy('p.id').limit(2000).execute();
}
