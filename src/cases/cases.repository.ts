/** All SQL of take-it-offline cases and the conversations they link. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { Case } from '../db/schema-inbox.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const withOpener = (db: Executor) =>
  db
    .selectFrom('cases as k')
    .leftJoin('users as u', 'u.id', 'k.opened_by')
    .selectAll('k')
    .select('u.name as opened_by_name');
export type CaseRow = Case & { opened_by_name: string | null };

export function findCase(db: Executor, workspaceId: string, caseId: string): Promise<CaseRow | undefined> {
  if (!UUID.test(caseId)) return Promise.resolve(undefined);
  return withOpener(db).where('k.id', '=', caseId).where('k.workspace_id', '=', workspaceId).executeTakeFirst();
}

export function listCases(db: Executor, workspaceId: string, status?: string): Promise<CaseRow[]> {
  let query = withOpener(db).where('k.workspace_id', '=', workspaceId);
  if (status) query = query.where('k.status', '=', status as Case['status']);
  return query.orderBy('k.opened_at', 'desc').limit(200).execute();
}

export function insertCase(
  db: Executor,
  row: { workspaceId: string; publicConversationId: string; contactRoute: string | null; openedBy: string },
) {
  return db
    .insertInto('cases')
    .values({
      workspace_id: row.workspaceId,
      public_conversation_id: row.publicConversationId,
      contact_route: row.contactRoute,
      opened_by: row.openedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateCase(
  db: Executor,
  caseId: string,
  patch: Partial<
    Pick<Case, 'private_conversation_id' | 'status' | 'outcome' | 'resolved_at' | 'closed_at' | 'closing_reply_item_id'>
  >,
) {
  return db.updateTable('cases').set(patch).where('id', '=', caseId).execute();
}

/** The author's private conversation on the channel (dm:<platform id>), created when there is none yet. */
export async function findOrCreatePrivateConversation(
  db: Executor,
  row: {
    workspaceId: string;
    channelId: string;
    authorId: string | null;
    authorPlatformId: string;
    language: string | null;
    caseId: string;
  },
) {
  const now = new Date();
  const inserted = await db
    .insertInto('conversations')
    .values({
      workspace_id: row.workspaceId,
      channel_id: row.channelId,
      kind: 'private',
      conversation_key: `dm:${row.authorPlatformId}`,
      author_id: row.authorId,
      status: 'open',
      language: row.language,
      case_id: row.caseId,
      last_activity_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['channel_id', 'conversation_key']).doUpdateSet({ case_id: row.caseId, updated_at: now }),
    )
    .returning(['id', sql<boolean>`xmax = 0`.as('created')])
    .executeTakeFirstOrThrow();
  return inserted;
}

export function linkConversationToCase(db: Executor, conversationId: string, caseId: string) {
  return db
    .updateTable('conversations')
    .set({ case_id: caseId, updated_at: new Date() })
    .where('id', '=', conversationId)
    .execute();
}

export function addConversationTag(db: Executor, conversationId: string, tag: string) {
  return db
    .updateTable('conversations')
    .set({
      tags: sql`(SELECT array_agg(DISTINCT t ORDER BY t) FROM unnest(array_append(tags, ${tag})) t)`,
      updated_at: new Date(),
    })
    .where('id', '=', conversationId)
    .execute();
}

export function removeConversationTag(db: Executor, conversationId: string, tag: string) {
  return db
    .updateTable('conversations')
    .set({ tags: sql`array_remove(tags, ${tag})`, updated_at: new Date() })
    .where('id', '=', conversationId)
    .execute();
}

/** Closing a case resolves its conversations (a later message from the author reopens them). */
export function resolveConversations(db: Executor, conversationIds: string[], at: Date) {
  return db
    .updateTable('conversations')
    .set({ status: 'resolved', resolved_at: at, updated_at: at })
    .where('id', 'in', conversationIds)
    .where('status', 'not in', ['resolved', 'closed'])
    .execute();
}
