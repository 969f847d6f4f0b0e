/** All SQL of our replies, internal notes and their reviews. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { ItemsTable, NewItem, SendStatus } from '../db/schema-inbox.js';
import type { Updateable } from 'kysely';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** A conversation of this workspace with its channel and author; anything else is "not found". */
export function findConversation(db: Executor, workspaceId: string, conversationId: string) {
  if (!isUuid(conversationId)) return Promise.resolve(undefined);
  return db
    .selectFrom('conversations as c')
    .innerJoin('channels as ch', 'ch.id', 'c.channel_id')
    .leftJoin('authors as a', 'a.id', 'c.author_id')
    .selectAll('c')
    .select(['ch.name as channel_name', 'ch.kind as channel_kind', 'a.platform_id as author_platform_id'])
    .select(['a.handle as author_handle', 'a.name as author_name'])
    .where('c.id', '=', conversationId)
    .where('c.workspace_id', '=', workspaceId)
    .executeTakeFirst();
}
export type ConversationRow = NonNullable<Awaited<ReturnType<typeof findConversation>>>;

export function findItem(db: Executor, workspaceId: string, itemId: string) {
  if (!isUuid(itemId)) return Promise.resolve(undefined);
  return db
    .selectFrom('items')
    .selectAll()
    .where('id', '=', itemId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export function findItemById(db: Executor, itemId: string) {
  return db.selectFrom('items').selectAll().where('id', '=', itemId).executeTakeFirst();
}

/** The newest inbound item of a conversation that still exists on the platform: what a reply answers by default. */
export function findLatestInbound(db: Executor, conversationId: string) {
  return db
    .selectFrom('items')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('direction', '=', 'inbound')
    .where('deleted_at', 'is', null)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** One of our replies written after `since` (not rejected): a colleague answered meanwhile. */
export function findOutboundSince(db: Executor, conversationId: string, since: Date) {
  return db
    .selectFrom('items')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .where('direction', '=', 'outbound')
    .where('received_at', '>', since)
    .where((eb) => eb.or([eb('send_status', 'is', null), eb('send_status', '!=', 'rejected')]))
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertItem(db: Executor, row: NewItem) {
  return db.insertInto('items').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateItem(db: Executor, itemId: string, patch: Updateable<ItemsTable>) {
  return db.updateTable('items').set(patch).where('id', '=', itemId).returningAll().executeTakeFirstOrThrow();
}

/** Moves a reply on only from the status it is expected to be in; undefined when someone else moved it. */
export function transitionItem(db: Executor, itemId: string, from: SendStatus, patch: Updateable<ItemsTable>) {
  return db
    .updateTable('items')
    .set(patch)
    .where('id', '=', itemId)
    .where('send_status', '=', from)
    .returningAll()
    .executeTakeFirst();
}

/** The reply carried by an outbound action follows it (nothing when the action is not a reply's). */
export function setReplyStatusByAction(db: Executor, actionId: string, patch: Updateable<ItemsTable>) {
  return db
    .updateTable('items')
    .set(patch)
    .where('outbound_action_id', '=', actionId)
    .where('send_status', 'in', ['queued', 'sending'])
    .returning(['id', 'workspace_id', 'conversation_id'])
    .executeTakeFirst();
}

export function touchConversationOutbound(db: Executor, conversationId: string, at: Date) {
  return db
    .updateTable('conversations')
    .set({ last_outbound_at: at, last_activity_at: at, updated_at: at })
    .where('id', '=', conversationId)
    .execute();
}

/** A reply or note is activity; a new conversation someone answers becomes open. */
export function touchConversationActivity(db: Executor, conversationId: string, at: Date, open: boolean) {
  return db
    .updateTable('conversations')
    .set((eb) => ({
      last_activity_at: at,
      updated_at: at,
      item_count: eb('item_count', '+', 1),
      ...(open ? { status: sql<'open'>`CASE WHEN status = 'new' THEN 'open' ELSE status END` } : {}),
    }))
    .where('id', '=', conversationId)
    .returning(['status'])
    .executeTakeFirstOrThrow();
}

export async function approvalPolicyOf(db: Executor, workspaceId: string) {
  const row = await db
    .selectFrom('inbox_settings')
    .select('approval_policy')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.approval_policy ?? 'negative_or_critical';
}

export async function isInTraining(db: Executor, workspaceId: string, userId: string) {
  const row = await db
    .selectFrom('responders')
    .select('in_training')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.in_training ?? false;
}

export function insertReview(
  db: Executor,
  row: {
    itemId: string;
    reviewerId: string;
    decision: 'approved' | 'edited_and_approved' | 'rejected';
    comment: string | null;
    originalText: string | null;
  },
) {
  return db
    .insertInto('reply_reviews')
    .values({
      item_id: row.itemId,
      reviewer_id: row.reviewerId,
      decision: row.decision,
      comment: row.comment,
      original_text: row.originalText,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Members of the workspace (for @mentions and names). */
export function listMemberNames(db: Executor, workspaceId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.roles'])
    .where('m.workspace_id', '=', workspaceId)
    .execute();
}

export function userNames(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute();
}

/** The latest review of each item. */
export function latestReviews(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('reply_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewer_id')
    .select(['r.item_id', 'r.decision', 'r.comment', 'r.created_at', 'u.name as reviewer_name'])
    .distinctOn('r.item_id')
    .where('r.item_id', 'in', itemIds)
    .orderBy('r.item_id')
    .orderBy('r.created_at', 'desc')
    .execute();
}

/** Replies waiting for a reviewer, oldest first, with their conversation and the item they answer. */
export function listPendingReviews(db: Executor, workspaceId: string) {
  return db
    .selectFrom('items as i')
    .innerJoin('conversations as c', 'c.id', 'i.conversation_id')
    .innerJoin('channels as ch', 'ch.id', 'c.channel_id')
    .leftJoin('authors as a', 'a.id', 'c.author_id')
    .leftJoin('items as t', 't.id', 'i.reply_to_item_id')
    .selectAll('i')
    .select([
      'c.status as conversation_status',
      'c.kind as conversation_kind',
      'c.channel_id as conversation_channel_id',
      'ch.name as channel_name',
      'ch.kind as channel_kind',
      'c.sentiment as conversation_sentiment',
      'c.severity as conversation_severity',
      'c.preview as conversation_preview',
      'c.language as conversation_language',
      'a.id as author_id_',
      'a.handle as author_handle_',
      'a.name as author_name_',
      't.text as target_text',
      't.author_handle as target_author_handle',
      't.occurred_at as target_occurred_at',
      't.sentiment as target_sentiment',
    ])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.send_status', '=', 'pending_approval')
    .orderBy('i.received_at')
    .limit(500)
    .execute();
}
export type PendingReviewRow = Awaited<ReturnType<typeof listPendingReviews>>[number];
