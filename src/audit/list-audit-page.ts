/** One page of a workspace's audit log, newest first; `nextBefore` continues with older entries. */
import type { Executor } from '../db/database.js';
import { listAuditEntries } from './audit.repository.js';

export async function listAuditPage(db: Executor, workspaceId: string, options: { before?: string; limit: number }) {
  // One extra row tells whether an older page exists without a count query.
  const rows = await listAuditEntries(db, workspaceId, {
    afterSeq: options.before,
    order: 'desc',
    limit: options.limit + 1,
  });
  const entries = rows.slice(0, options.limit);
  const nextBefore = rows.length > options.limit ? String(entries[entries.length - 1]!.seq) : null;
  return { entries, nextBefore };
}
