import type { Executor } from '../db/database.js';
import type { AuditHashInput } from './audit-hash.js';

/**
 * Locks the workspace's chain head for the rest of the transaction and returns it (null before the
 * first entry). In READ COMMITTED, a SELECT … FOR UPDATE that waited returns the row as the previous
 * holder committed it, so lock and read are one round trip.
 */
export function lockAuditHead(db: Executor, workspaceId: string) {
  return db
    .selectFrom('audit_chain_heads')
    .select(['seq', 'hash'])
    .where('workspace_id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirst();
}

/** The head of an empty chain; a concurrent first append waits on the key and then finds it there. */
export async function createAuditHead(db: Executor, workspaceId: string, genesisHash: string) {
  await db
    .insertInto('audit_chain_heads')
    .values({ workspace_id: workspaceId, seq: '0', hash: genesisHash })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
}

/** Appends the entry and moves the head to it, in one statement. */
export function appendAuditEntry(db: Executor, row: AuditHashInput & { prevHash: string; hash: string }) {
  return db
    .with('entry', (qb) =>
      qb
        .insertInto('audit_log')
        .values({
          workspace_id: row.workspaceId,
          seq: row.seq,
          actor_id: row.actorId,
          actor_label: row.actorLabel,
          action: row.action,
          subject_type: row.subjectType,
          subject_id: row.subjectId,
          data: JSON.stringify(row.data ?? {}),
          created_at: row.createdAt,
          prev_hash: row.prevHash,
          hash: row.hash,
        })
        .returning(['id', 'seq']),
    )
    .updateTable('audit_chain_heads')
    .set({ seq: row.seq, hash: row.hash })
    .where('workspace_id', '=', row.workspaceId)
    .returning((eb) => [
      eb.selectFrom('entry').select('entry.id').as('id'),
      eb.selectFrom('entry').select('entry.seq').as('seq'),
    ])
    .executeTakeFirstOrThrow();
}

/** One page of the chain in order, for verification and listing. */
export function listAuditEntries(
  db: Executor,
  workspaceId: string,
  options: { afterSeq?: string; limit: number; order?: 'asc' | 'desc' },
) {
  let query = db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
  if (options.afterSeq !== undefined) {
    query = query.where('seq', options.order === 'desc' ? '<' : '>', options.afterSeq);
  }
  return query
    .orderBy('seq', options.order ?? 'asc')
    .limit(options.limit)
    .execute();
}
