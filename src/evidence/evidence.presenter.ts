import type { EvidenceManifestEntry, EvidenceRecord } from '../db/schema-moderation.js';

/** A record as the API, the moderation queue and police reports show it. */
export interface EvidenceSummary {
  id: string;
  seq: string;
  capturedAt: string;
  capturedBy: string;
  reason: string;
  legalHoldReason: string;
  hash: string;
  artifacts: EvidenceManifestEntry[];
  captureErrors: Array<{ kind: string; message: string }>;
}

export function presentEvidenceSummary(record: EvidenceRecord): EvidenceSummary {
  return {
    id: record.id,
    seq: String(record.seq),
    capturedAt: record.captured_at.toISOString(),
    capturedBy: record.captured_by_label,
    reason: record.reason,
    legalHoldReason: record.legal_hold_reason,
    hash: record.hash,
    artifacts: record.manifest,
    captureErrors: record.capture_errors as Array<{ kind: string; message: string }>,
  };
}
