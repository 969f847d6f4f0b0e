/**
 * Capture what an item is, before it is hidden or removed (or on demand): the raw payload, the
 * normalised item, its thread, the author, media copies and a screenshot, appended as one record to
 * the workspace's hash-chained evidence log. Fetching and rendering happen before the transaction;
 * what cannot be captured is recorded in capture_errors and never stops the capture.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import type { EvidenceManifestEntry, EvidenceRecord } from '../db/schema-moderation.js';
import { notFound } from '../http/errors.js';
import { collectJsonArtifacts } from './collect-json-artifacts.js';
import { collectMedia } from './collect-media.js';
import type { CaptureError, PendingArtifact } from './evidence-artifact.js';
import { EVIDENCE_GENESIS_HASH, evidenceHash } from './evidence-hash.js';
import { type EvidenceSummary, presentEvidenceSummary } from './evidence.presenter.js';
import * as repo from './evidence.repository.js';
import { captureScreenshot } from './screenshot.js';

export type { EvidenceSummary } from './evidence.presenter.js';
export type { EvidenceManifestEntry } from '../db/schema-moderation.js';

// Honest about what the hold does: nothing in Samtal can release it.
export const DEFAULT_LEGAL_HOLD_REASON =
  'Evidence of a possible offence or rule violation; under legal hold: never purged by retention or erased on request.';

export interface CaptureRequest {
  workspaceId: string;
  itemId: string;
  actor: AuditActor;
  reason: string;
  legalHoldReason?: string;
}

export type CaptureDeps = Pick<AppContext, 'db' | 'config' | 'channels' | 'secrets'>;

export async function captureEvidence(deps: CaptureDeps, request: CaptureRequest): Promise<EvidenceRecord> {
  const item = await repo.findItemForCapture(deps.db, request.workspaceId, request.itemId);
  if (!item) throw notFound('The item');
  const errors: CaptureError[] = [];
  const json = await collectJsonArtifacts(deps, item, errors);
  const media = await collectMedia(deps.config, item.raw, errors);
  const capturedAt = new Date(Date.now()); // ms precision: what timestamptz gives back is what was hashed
  const screenshot = await captureScreenshot(deps.config, {
    item,
    thread: json.thread,
    author: json.author,
    media,
    capturedAt,
    capturedBy: request.actor.label,
    reason: request.reason,
  }).catch((error: Error) => {
    errors.push({ kind: 'screenshot', message: `No screenshot: ${error.message}` });
    return null;
  });
  const artifacts: PendingArtifact[] = [...json.artifacts, ...media, ...(screenshot ? [screenshot] : [])];

  return deps.db.transaction().execute(async (trx) => {
    const record = await appendRecord(trx, {
      workspaceId: request.workspaceId,
      itemId: item.id,
      channelId: item.channel_id,
      itemPlatformId: item.platform_id,
      itemUrl: item.url,
      reason: request.reason,
      legalHoldReason: request.legalHoldReason?.trim() || DEFAULT_LEGAL_HOLD_REASON,
      actor: request.actor,
      capturedAt,
      artifacts,
      captureErrors: errors,
    });
    await repo.insertCustodyEvents(trx, [
      {
        workspaceId: request.workspaceId,
        recordId: record.id,
        event: 'captured',
        actorId: request.actor.id,
        actorLabel: request.actor.label,
        details: { reason: request.reason, artifacts: artifacts.length, captureErrors: errors.length },
      },
    ]);
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'evidence.captured',
      subject: { type: 'evidence_record', id: record.id },
      data: { itemId: item.id, seq: record.seq, hash: record.hash, reason: request.reason },
    });
    return record;
  });
}

interface AppendInput {
  workspaceId: string;
  itemId: string | null;
  channelId: string | null;
  itemPlatformId: string | null;
  itemUrl: string | null;
  reason: string;
  legalHoldReason: string;
  actor: AuditActor;
  capturedAt: Date;
  artifacts: PendingArtifact[];
  captureErrors: CaptureError[];
}

/** Appends one record and its artifacts to the chain; call inside a transaction. */
async function appendRecord(trx: Executor, input: AppendInput): Promise<EvidenceRecord> {
  await repo.lockEvidenceChain(trx, input.workspaceId);
  const last = await repo.findLastRecord(trx, input.workspaceId);
  const manifest: EvidenceManifestEntry[] = input.artifacts.map((a) => ({
    kind: a.kind,
    filename: a.filename,
    contentType: a.contentType,
    size: a.content.length,
    sha256: a.sha256,
  }));
  const fields = {
    id: randomUUID(),
    workspaceId: input.workspaceId,
    seq: String(BigInt(last?.seq ?? '0') + 1n),
    itemId: input.itemId,
    channelId: input.channelId,
    itemPlatformId: input.itemPlatformId,
    itemUrl: input.itemUrl,
    reason: input.reason,
    legalHoldReason: input.legalHoldReason,
    capturedBy: input.actor.id,
    capturedByLabel: input.actor.label,
    capturedAt: input.capturedAt,
    manifest,
    captureErrors: input.captureErrors,
  };
  const prevHash = last?.hash ?? EVIDENCE_GENESIS_HASH;
  const record = await repo.insertRecord(trx, { ...fields, prevHash, hash: evidenceHash(prevHash, fields) });
  await repo.insertArtifacts(trx, record.id, input.artifacts);
  return record;
}

/** The item's evidence records, newest first. */
export async function listEvidenceForItem(
  db: Executor,
  workspaceId: string,
  itemId: string,
): Promise<EvidenceSummary[]> {
  return (await repo.listRecordsForItem(db, workspaceId, itemId)).map(presentEvidenceSummary);
}
