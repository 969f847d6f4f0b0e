import type { Executor } from '../db/database.js';
import { auditHash, GENESIS_HASH } from './audit-hash.js';
import { listAuditEntries } from './audit.repository.js';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose stored hash or link does not match. */
  firstBroken?: { id: string; seq: string; reason: string };
}

/** Recompute the whole chain of a workspace, page by page. */
export async function verifyAuditChain(db: Executor, workspaceId: string): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1n;
  let checked = 0;
  let afterSeq: string | undefined;
  for (;;) {
    const page = await listAuditEntries(db, workspaceId, { afterSeq, limit: 1000 });
    for (const row of page) {
      const broken = (reason: string) => ({
        ok: false,
        checked,
        firstBroken: { id: String(row.id), seq: String(row.seq), reason },
      });
      if (BigInt(row.seq) !== expectedSeq) return broken(`sequence gap: expected ${expectedSeq}`);
      if (row.prev_hash !== prevHash) return broken('does not link to the previous entry');
      const recomputed = auditHash(prevHash, {
        workspaceId: row.workspace_id,
        seq: String(row.seq),
        actorId: row.actor_id,
        actorLabel: row.actor_label,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        data: row.data,
        createdAt: new Date(row.created_at),
      });
      if (recomputed !== row.hash) return broken('content does not match its hash (the row was changed)');
      prevHash = row.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    if (page.length < 1000) return { ok: true, checked };
    afterSeq = String(page[page.length - 1]!.seq);
  }
}
