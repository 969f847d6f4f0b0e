/**
 * Append one entry to the workspace's hash-chained audit log. Call it inside the transaction of the
 * change it records, so the log and the change commit or roll back together.
 */
import type { Executor } from '../db/database.js';
import { auditCanonicalAroundSeq, GENESIS_HASH } from './audit-hash.js';
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
  // The chain's lock is taken inside this one statement and held until the caller commits.
  return repo.appendAuditEntry(trx, {
    ...row,
    canonicalBeforeSeq: canonical.before,
    canonicalAfterSeq: canonical.after,
    genesisHash: GENESIS_HASH,
  });
}
