/** Reading evidence is part of its chain of custody: every view and download is logged. */
import type { AuditActor } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { presentEvidenceSummary } from './evidence.presenter.js';
import * as repo from './evidence.repository.js';

export async function viewEvidenceRecord(db: Executor, workspaceId: string, recordId: string, actor: AuditActor) {
  const record = await repo.findRecord(db, workspaceId, recordId);
  if (!record) throw notFound('The evidence record');
  await repo.insertCustodyEvents(db, [
    { workspaceId, recordId, event: 'viewed', actorId: actor.id, actorLabel: actor.label },
  ]);
  const custody = await repo.listCustodyEvents(db, recordId);
  return {
    record: presentEvidenceSummary(record),
    custody: custody.map((c) => ({
      event: c.event,
      actor: { id: c.actor_id, label: c.actor_label },
      at: c.at.toISOString(),
      details: c.details as Record<string, unknown>,
    })),
  };
}

export async function downloadArtifact(
  db: Executor,
  workspaceId: string,
  recordId: string,
  position: string,
  actor: AuditActor,
) {
  if (!/^\d{1,4}$/.test(position)) throw notFound('The artifact');
  const record = await repo.findRecord(db, workspaceId, recordId);
  if (!record) throw notFound('The evidence record');
  const artifact = await repo.findArtifact(db, recordId, Number(position));
  if (!artifact) throw notFound('The artifact');
  await repo.insertCustodyEvents(db, [
    {
      workspaceId,
      recordId,
      event: 'artifact_downloaded',
      actorId: actor.id,
      actorLabel: actor.label,
      details: { position: Number(position), filename: artifact.filename, sha256: artifact.sha256 },
    },
  ]);
  return artifact;
}
