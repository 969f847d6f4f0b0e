/** Retention settings, purge candidates, a data subject's items, and the deletes that privacy asks for. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export function findRetention(db: Executor, workspaceId: string) {
  return db.selectFrom('workspaces').select(['retention_days']).where('id', '=', workspaceId).executeTakeFirst();
}

export function updateRetention(db: Executor, workspaceId: string, retentionDays: number | null) {
  return db
    .updateTable('workspaces')
    .set({ retention_days: retentionDays })
    .where('id', '=', workspaceId)
    .returning(['retention_days'])
    .executeTakeFirstOrThrow();
}

export function listWorkspacesWithRetention(db: Executor) {
  return db
    .selectFrom('workspaces')
    .select(['id', 'retention_days'])
    .where('retention_days', 'is not', null)
    .orderBy('id')
    .execute();
}

/** Evidence that holds items: per item, its records (oldest first) and the latest hold reason. */
const heldBy = sql<
  string[] | null
>`(SELECT array_agg(r.id ORDER BY r.seq) FROM evidence_records r WHERE r.item_id = i.id)`;
const holdReason = sql<
  string | null
>`(SELECT r.legal_hold_reason FROM evidence_records r WHERE r.item_id = i.id ORDER BY r.seq DESC LIMIT 1)`;

/** Inbound items older than the cutoff in closed or resolved conversations, with their legal holds. */
export function listPurgeCandidates(
  db: Executor,
  workspaceId: string,
  cutoff: Date,
  afterId: string | null,
  limit: number,
) {
  let query = db
    .selectFrom('items as i')
    .innerJoin('conversations as c', 'c.id', 'i.conversation_id')
    .select(['i.id', heldBy.as('record_ids'), holdReason.as('hold_reason')])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.direction', '=', 'inbound')
    .where('i.occurred_at', '<', cutoff)
    .where('c.status', 'in', ['closed', 'resolved']);
  if (afterId) query = query.where('i.id', '>', afterId);
  return query.orderBy('i.id').limit(limit).execute();
}

export function findAuthor(db: Executor, workspaceId: string, authorId: string) {
  return db
    .selectFrom('authors')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', authorId)
    .executeTakeFirst();
}

/** Everything the author wrote in this workspace (by author row, or by network identity). */
export function listAuthorItems(
  db: Executor,
  workspaceId: string,
  author: { id: string; platform_id: string; network: string },
) {
  return db
    .selectFrom('items as i')
    .innerJoin('channels as ch', 'ch.id', 'i.channel_id')
    .select(['i.id', heldBy.as('record_ids'), holdReason.as('hold_reason')])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.direction', '=', 'inbound')
    .where((eb) =>
      eb.or([
        eb('i.author_id', '=', author.id),
        eb.and([eb('i.author_platform_id', '=', author.platform_id), eb('ch.kind', '=', author.network)]),
      ]),
    )
    .execute();
}

/**
 * Deletes items (their versions, queue entries and rule hits go with them: ON DELETE CASCADE), then
 * the conversations they leave empty, so no preview of the deleted text stays behind.
 */
export async function deleteItems(db: Executor, itemIds: string[]): Promise<number> {
  if (itemIds.length === 0) return 0;
  const deleted = await db.deleteFrom('items').where('id', 'in', itemIds).returning('conversation_id').execute();
  const conversationIds = [...new Set(deleted.map((d) => d.conversation_id))];
  if (conversationIds.length > 0)
    await db
      .deleteFrom('conversations')
      .where('id', 'in', conversationIds)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('items').select('items.id').whereRef('items.conversation_id', '=', 'conversations.id'),
          ),
        ),
      )
      .execute();
  return deleted.length;
}

export function deleteAuthor(db: Executor, authorId: string) {
  return db.deleteFrom('authors').where('id', '=', authorId).execute();
}

/** What is left of an erased person while evidence about them is held. */
export function anonymiseAuthor(db: Executor, authorId: string) {
  return db.updateTable('authors').set({ handle: 'erased', name: 'erased' }).where('id', '=', authorId).execute();
}
