/**
 * Walks each workspace's evidence chain by seq and recomputes everything: each artifact's SHA-256
 * from its stored bytes against its row and the manifest, the record hash, and the link to the
 * previous record. The first mismatch is reported, naming the record.
 *
 * The chain alone cannot show that its newest records (or all of them) were deleted, so each
 * workspace is then cross-checked with the hash-chained audit log: every capture wrote an
 * `evidence.captured` entry with the record's seq and hash in the same transaction.
 */
import type { Executor } from '../db/database.js';
import type { EvidenceArtifact, EvidenceRecord } from '../db/schema-moderation.js';
import { EVIDENCE_GENESIS_HASH, evidenceHash, sha256Hex } from './evidence-hash.js';
import * as repo from './evidence.repository.js';

const PAGE = 50;

export type ChainVerification =
  | { ok: true; records: number; workspaces: number }
  | {
      ok: false;
      records: number;
      workspaces: number;
      broken: { workspaceId: string; workspaceSlug: string; recordId: string; seq: string; problem: string };
    };

export async function verifyEvidenceChain(db: Executor, workspaceId?: string): Promise<ChainVerification> {
  const workspaces = await repo.listWorkspacesWithEvidence(db, workspaceId);
  let records = 0;
  for (const workspace of workspaces) {
    let prevHash = EVIDENCE_GENESIS_HASH;
    let expectedSeq = 1n;
    let afterSeq = '0';
    for (;;) {
      const page = await repo.listRecordsInOrder(db, workspace.id, afterSeq, PAGE);
      if (page.length === 0) break;
      const artifacts = await repo.listArtifactsOfRecords(
        db,
        page.map((r) => r.id),
      );
      for (const record of page) {
        records++;
        const own = artifacts.filter((a) => a.record_id === record.id);
        const problem = checkRecord(record, own, prevHash, expectedSeq);
        if (problem) {
          return {
            ok: false,
            records,
            workspaces: workspaces.length,
            broken: {
              workspaceId: workspace.id,
              workspaceSlug: workspace.slug,
              recordId: record.id,
              seq: String(record.seq),
              problem,
            },
          };
        }
        prevHash = record.hash;
        expectedSeq++;
      }
      afterSeq = String(page[page.length - 1]!.seq);
    }
    const mismatch = await crossCheckWithAuditLog(db, workspace.id);
    if (mismatch) {
      return {
        ok: false,
        records,
        workspaces: workspaces.length,
        broken: { workspaceId: workspace.id, workspaceSlug: workspace.slug, ...mismatch },
      };
    }
  }
  return { ok: true, records, workspaces: workspaces.length };
}

/** The first disagreement between the records and the audit log's capture entries, naming the record. */
async function crossCheckWithAuditLog(
  db: Executor,
  workspaceId: string,
): Promise<{ recordId: string; seq: string; problem: string } | null> {
  const entry = await repo.findFirstUnmatchedCaptureEntry(db, workspaceId);
  if (entry) {
    const recordId = entry.subject_id ?? '?';
    const logged = `at ${entry.created_at.toISOString()} with hash ${entry.logged_hash ?? '(none)'}`;
    if (!entry.record_id) {
      const seq = entry.logged_seq ?? '?';
      return { recordId, seq, problem: `record #${seq} is missing: the audit log recorded its capture ${logged}` };
    }
    return {
      recordId,
      seq: String(entry.record_seq),
      problem: `its hash differs from the one the audit log recorded at its capture ${logged}`,
    };
  }
  const unlogged = await repo.findFirstUnloggedRecord(db, workspaceId);
  if (unlogged)
    return {
      recordId: unlogged.id,
      seq: String(unlogged.seq),
      problem: 'the audit log has no capture entry for it (was it added outside Samtal?)',
    };
  const counts = await repo.countRecordsAndCaptureEntries(db, workspaceId);
  if (counts.records === counts.entries) return null;
  const twice = await repo.findRecordLoggedTwice(db, workspaceId);
  return {
    recordId: twice?.id ?? '?',
    seq: String(twice?.seq ?? '?'),
    problem: `there are ${counts.records} records but the audit log recorded ${counts.entries} captures`,
  };
}

function checkRecord(
  record: EvidenceRecord,
  artifacts: EvidenceArtifact[],
  prevHash: string,
  expectedSeq: bigint,
): string | null {
  if (BigInt(record.seq) !== expectedSeq) return `record #${expectedSeq} is missing (the next one is #${record.seq})`;
  if (record.prev_hash !== prevHash)
    return 'its link to the previous record does not match (a record was changed or removed)';
  const manifest = record.manifest;
  if (artifacts.length !== manifest.length)
    return `it lists ${manifest.length} artifacts but ${artifacts.length} are stored`;
  for (const [position, entry] of manifest.entries()) {
    const stored = artifacts[position];
    if (!stored || stored.position !== position) return `artifact ${entry.filename}: missing`;
    const actual = sha256Hex(stored.content);
    if (actual !== stored.sha256 || actual !== entry.sha256)
      return `artifact ${entry.filename}: content does not match its SHA-256`;
    if (
      stored.filename !== entry.filename ||
      stored.kind !== entry.kind ||
      stored.content_type !== entry.contentType ||
      stored.content.length !== entry.size
    )
      return `artifact ${entry.filename}: its stored details differ from the manifest`;
  }
  const expected = evidenceHash(prevHash, {
    id: record.id,
    workspaceId: record.workspace_id,
    seq: String(record.seq),
    itemId: record.item_id,
    channelId: record.channel_id,
    itemPlatformId: record.item_platform_id,
    itemUrl: record.item_url,
    reason: record.reason,
    legalHoldReason: record.legal_hold_reason,
    capturedBy: record.captured_by,
    capturedByLabel: record.captured_by_label,
    capturedAt: record.captured_at,
    manifest,
    captureErrors: record.capture_errors as Array<{ kind: string; message: string }>,
  });
  if (expected !== record.hash) return 'its contents do not match its hash (the record was altered)';
  return null;
}
