import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { AuditHashInput } from './audit-hash.js';

/**
 * Appends one entry in one statement (migrations/0010_audit_append.sql): the server takes the chain's
 * lock, reads the last entry and computes seq and hash from the canonical JSON split around the seq.
 */
export async function appendAuditEntry(
  db: Executor,
  row: Omit<AuditHashInput, 'seq'> & { canonicalBeforeSeq: string; canonicalAfterSeq: string; genesisHash: string },
) {
  const { rows } = await sql<{ id: string; seq: string }>`SELECT id, seq FROM audit_append(
    ${row.workspaceId}::uuid, ${row.actorId}::uuid, ${row.actorLabel}, ${row.action}, ${row.subjectType},
    ${row.subjectId}, ${JSON.stringify(row.data ?? {})}::jsonb, ${row.createdAt}::timestamptz,
    ${row.canonicalBeforeSeq}, ${row.canonicalAfterSeq}, ${row.genesisHash})`.execute(db);
  return rows[0]!;
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
