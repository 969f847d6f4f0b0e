import type { Executor } from '../db/database.js';
import type { AuditHashInput } from './audit-hash.js';

/**
 * Queues one entry; it joins the chain when the transaction commits (the deferred trigger of
 * migrations/0010_audit_append.sql takes the chain's lock there and computes seq and hash).
 */
export async function queueAuditEntry(
  db: Executor,
  row: Omit<AuditHashInput, 'seq'> & { canonicalBeforeSeq: string; canonicalAfterSeq: string },
) {
  await db
    .insertInto('audit_log_pending')
    .values({
      workspace_id: row.workspaceId,
      actor_id: row.actorId,
      actor_label: row.actorLabel,
      action: row.action,
      subject_type: row.subjectType,
      subject_id: row.subjectId,
      data: JSON.stringify(row.data ?? {}),
      created_at: row.createdAt,
      canonical_before_seq: row.canonicalBeforeSeq,
      canonical_after_seq: row.canonicalAfterSeq,
    })
    .execute();
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
