import type { Executor } from '../db/database.js';
import type { KnowledgeLanguage } from './knowledge.schema.js';

export interface SavedReplyValues {
  title: string;
  language: KnowledgeLanguage;
  body: string;
  channelId: string | null;
}

export function listSavedReplies(
  db: Executor,
  workspaceId: string,
  filter: { language?: string; channelId?: string } = {},
) {
  let query = db.selectFrom('saved_replies').selectAll().where('workspace_id', '=', workspaceId);
  if (filter.language) query = query.where('language', '=', filter.language);
  // A channel sees its own replies and the workspace-wide ones.
  if (filter.channelId)
    query = query.where((eb) => eb.or([eb('channel_id', 'is', null), eb('channel_id', '=', filter.channelId!)]));
  return query.orderBy('language').orderBy('title').orderBy('id').execute();
}

export function findSavedReply(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('saved_replies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertSavedReply(db: Executor, workspaceId: string, userId: string | null, values: SavedReplyValues) {
  return db
    .insertInto('saved_replies')
    .values({
      workspace_id: workspaceId,
      title: values.title,
      language: values.language,
      body: values.body,
      channel_id: values.channelId,
      created_by: userId,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateSavedReply(db: Executor, workspaceId: string, id: string, values: SavedReplyValues) {
  return db
    .updateTable('saved_replies')
    .set({
      title: values.title,
      language: values.language,
      body: values.body,
      channel_id: values.channelId,
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteSavedReply(db: Executor, workspaceId: string, id: string) {
  return db.deleteFrom('saved_replies').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** Lock the row for a read-modify-write, so two edits do not overwrite each other's fields. */
export function lockSavedReply(db: Executor, workspaceId: string, id: string) {
  return db
    .selectFrom('saved_replies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function channelBelongsToWorkspace(db: Executor, workspaceId: string, channelId: string) {
  const row = await db
    .selectFrom('channels')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', channelId)
    .executeTakeFirst();
  return row !== undefined;
}

/** What the variables of a saved reply need to know about a conversation: its author, channel and workspace. */
export function findRenderContext(db: Executor, workspaceId: string, conversationId: string) {
  return db
    .selectFrom('conversations')
    .innerJoin('channels', 'channels.id', 'conversations.channel_id')
    .innerJoin('workspaces', 'workspaces.id', 'conversations.workspace_id')
    .leftJoin('authors', 'authors.id', 'conversations.author_id')
    .select([
      'conversations.id',
      'channels.name as channelName',
      'workspaces.name as workspaceName',
      'authors.name as authorName',
      'authors.handle as authorHandle',
    ])
    .where('conversations.workspace_id', '=', workspaceId)
    .where('conversations.id', '=', conversationId)
    .executeTakeFirst();
}

export function insertSavedReplies(db: Executor, workspaceId: string, replies: SavedReplyValues[]) {
  if (!replies.length) return Promise.resolve();
  const now = new Date();
  return db
    .insertInto('saved_replies')
    .values(
      replies.map((r) => ({
        workspace_id: workspaceId,
        title: r.title,
        language: r.language,
        body: r.body,
        channel_id: r.channelId,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute()
    .then(() => undefined);
}
