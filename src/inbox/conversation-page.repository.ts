/** SQL of one conversation's page: its items with versions, reviews and names, thread context, author history. */
import type { Executor } from '../db/database.js';

function selectItems(db: Executor) {
  return db
    .selectFrom('items as i')
    .leftJoin('users as u', 'u.id', 'i.user_id')
    .leftJoin('authors as a', 'a.id', 'i.author_id')
    .select([
      'i.id',
      'i.conversation_id',
      'i.direction',
      'i.kind',
      'i.text',
      'i.language',
      'i.url',
      'i.occurred_at',
      'i.author_handle',
      'i.author_name',
      'a.handle as author_row_handle',
      'a.name as author_row_name',
      'i.user_id',
      'u.name as user_name',
      'i.sentiment',
      'i.sentiment_score',
      'i.intent',
      'i.severity',
      'i.offensive',
      'i.personal_data',
      'i.version',
      'i.edited_at',
      'i.deleted_at',
      'i.answered_at',
      'i.reply_to_item_id',
      'i.send_status',
      'i.send_error',
      'i.mentions',
    ]);
}
export type ItemRow = Awaited<ReturnType<ReturnType<typeof selectItems>['execute']>>[number];

export function listConversationItems(db: Executor, conversationId: string) {
  return selectItems(db)
    .where('i.conversation_id', '=', conversationId)
    .orderBy('i.occurred_at')
    .orderBy('i.received_at')
    .execute();
}

/** Other conversations' items under the same post: what the author is reacting to. */
export function listThreadItems(
  db: Executor,
  conversation: { id: string; channel_id: string; thread_platform_id: string | null },
  limit = 100,
) {
  if (!conversation.thread_platform_id) return Promise.resolve([]);
  return selectItems(db)
    .where('i.channel_id', '=', conversation.channel_id)
    .where('i.thread_platform_id', '=', conversation.thread_platform_id)
    .where('i.conversation_id', '!=', conversation.id)
    .where('i.direction', '=', 'inbound')
    .orderBy('i.occurred_at', 'desc')
    .limit(limit)
    .execute()
    .then((rows) => rows.reverse());
}

export function listItemVersions(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('item_versions')
    .select(['item_id', 'version', 'text', 'replaced_at', 'change'])
    .where('item_id', 'in', itemIds)
    .orderBy('item_id')
    .orderBy('version')
    .execute();
}

/** The latest review of each reply. */
export function listLatestReviews(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('reply_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewer_id')
    .distinctOn('r.item_id')
    .select(['r.item_id', 'r.decision', 'r.comment', 'r.created_at', 'u.name as reviewer_name'])
    .where('r.item_id', 'in', itemIds)
    .orderBy('r.item_id')
    .orderBy('r.created_at', 'desc')
    .execute();
}

export function listUserNames(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
}

export function findAuthor(db: Executor, workspaceId: string, authorId: string) {
  return db
    .selectFrom('authors')
    .select(['id', 'handle', 'name', 'first_seen_at', 'item_count'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', authorId)
    .executeTakeFirst();
}

/** What the page needs of the conversation's channel (its capabilities) and of its first inbound item. */
export async function findChannelContext(db: Executor, conversationId: string) {
  return db
    .selectFrom('conversations as c')
    .innerJoin('channels as ch', 'ch.id', 'c.channel_id')
    .selectAll('ch')
    .select((eb) => [
      'c.thread_context',
      eb
        .selectFrom('items as i')
        .select((e) => e.fn.min('i.occurred_at').as('first'))
        .whereRef('i.conversation_id', '=', 'c.id')
        .where('i.direction', '=', 'inbound')
        .as('first_inbound_at'),
    ])
    .where('c.id', '=', conversationId)
    .executeTakeFirstOrThrow();
}
