/** An artifact on its way into a record, and what could not be captured. */
import type { EvidenceArtifactKind } from '../db/schema-moderation.js';
import { sha256Hex } from './evidence-hash.js';

export interface PendingArtifact {
  kind: EvidenceArtifactKind;
  filename: string;
  contentType: string;
  content: Buffer;
  sha256: string;
}

export interface CaptureError {
  kind: string;
  message: string;
}

export function artifact(
  kind: EvidenceArtifactKind,
  filename: string,
  contentType: string,
  content: Buffer,
): PendingArtifact {
  return { kind, filename, contentType, content, sha256: sha256Hex(content) };
}

/** Pretty-printed, so a person reading the file in a police-report ZIP can follow it. */
export function jsonArtifact(kind: EvidenceArtifactKind, filename: string, value: unknown): PendingArtifact {
  return artifact(kind, filename, 'application/json', Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8'));
}
