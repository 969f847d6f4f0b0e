import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { AuditHashInput } from './audit-hash.js';

/** Serialises appends per workspace for the rest of the transaction. */
export async function lockAuditChain(db: Executor, workspaceId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'audit:' + workspaceId}, 0))`.execute(db);
}

export function findLastAuditEntry(db: Executor, workspaceId: string) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertAuditEntry(db: Executor, row: AuditHashInput & { prevHash: string; hash: string }) {
  return db
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
    .returning(['id', 'seq'])
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
