/**
 * Append one entry to the workspace's hash-chained audit log. Call it inside the transaction of the
 * change it records, so the log and the change commit or roll back together. The entry takes its
 * place in the chain at the commit (see migrations/0010_audit_append.sql), so it is not visible to
 * later reads of the same transaction.
 */
import type { Executor } from '../db/database.js';
import { auditCanonicalAroundSeq } from './audit-hash.js';
import * as repo from './audit.repository.js';

export interface AuditActor {
  /** null for the system (jobs, CLI). */
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, label: 'system' };

export interface RecordAuditOptions {
  workspaceId: string;
  actor: AuditActor;
  action: string; // 'member.invited', 'channel.connected' …
  subject?: { type: string; id: string };
  data?: Record<string, unknown>;
}

export async function recordAudit(trx: Executor, options: RecordAuditOptions) {
  if (!trx.isTransaction) throw new Error('recordAudit must run inside the transaction of the change it records');
  // Millisecond precision, so what we hash is exactly what timestamptz gives back.
  const createdAt = new Date(Math.floor(Date.now()));
  const row = {
    workspaceId: options.workspaceId,
    actorId: options.actor.id,
    actorLabel: options.actor.label,
    action: options.action,
    subjectType: options.subject?.type ?? null,
    subjectId: options.subject?.id ?? null,
    data: options.data ?? {},
    createdAt,
  };
  const canonical = auditCanonicalAroundSeq(row);
  // Appended to the chain (seq, hash, the chain's lock) while the caller's transaction commits.
  await repo.queueAuditEntry(trx, { ...row, canonicalBeforeSeq: canonical.before, canonicalAfterSeq: canonical.after });
}
