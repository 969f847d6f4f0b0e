/** The evidence chain's hash: what a record commits to, so changing any field or artifact breaks it. */
import { createHash } from 'node:crypto';
import { stableStringify } from '../audit/audit-hash.js';
import type { EvidenceManifestEntry } from '../db/schema-moderation.js';

export const EVIDENCE_GENESIS_HASH = '0'.repeat(64);

export interface EvidenceHashInput {
  id: string;
  workspaceId: string;
  seq: string;
  itemId: string | null;
  channelId: string | null;
  itemPlatformId: string | null;
  itemUrl: string | null;
  reason: string;
  legalHoldReason: string;
  capturedBy: string | null;
  capturedByLabel: string;
  capturedAt: Date;
  manifest: EvidenceManifestEntry[];
  captureErrors: Array<{ kind: string; message: string }>;
}

/** sha256(prev_hash + '\n' + canonical JSON of the record). */
export function evidenceHash(prevHash: string, record: EvidenceHashInput): string {
  const canonical = stableStringify({
    id: record.id,
    workspaceId: record.workspaceId,
    seq: String(record.seq),
    itemId: record.itemId,
    channelId: record.channelId,
    itemPlatformId: record.itemPlatformId,
    itemUrl: record.itemUrl,
    reason: record.reason,
    legalHoldReason: record.legalHoldReason,
    capturedBy: record.capturedBy,
    capturedByLabel: record.capturedByLabel,
    capturedAt: record.capturedAt.toISOString(),
    manifest: record.manifest,
    captureErrors: record.captureErrors,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
