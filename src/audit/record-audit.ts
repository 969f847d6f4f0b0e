/**
 * Append one entry to the workspace's hash-chained audit log. Call it inside the transaction of the
 * change it records, so the log and the change commit or roll back together.
 */
import type { Executor } from '../db/database.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
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
  let last = await repo.lockAuditHead(trx, options.workspaceId);
  if (!last) {
    await repo.createAuditHead(trx, options.workspaceId, GENESIS_HASH);
    last = await repo.lockAuditHead(trx, options.workspaceId);
  }
  const seq = String(BigInt(last?.seq ?? '0') + 1n);
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Millisecond precision, so what we hash is exactly what timestamptz gives back.
  const createdAt = new Date(Math.floor(Date.now()));
  const row = {
    workspaceId: options.workspaceId,
    seq,
    actorId: options.actor.id,
    actorLabel: options.actor.label,
    action: options.action,
    subjectType: options.subject?.type ?? null,
    subjectId: options.subject?.id ?? null,
    data: options.data ?? {},
    createdAt,
  };
  const entry = await repo.appendAuditEntry(trx, { ...row, prevHash, hash: auditHash(prevHash, row) });
  return { id: entry.id!, seq: entry.seq! };
}
