/**
 * A police-report package for a set of evidence records (or items, whose latest evidence is used or
 * captured now): the PDF and the ZIP are made once, outside the transaction, and stored as made, so
 * every download is the same bytes. Creating it is logged on each record's chain of custody.
 */
import { randomInt } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { EvidenceRecord } from '../db/schema-moderation.js';
import { captureEvidence } from '../evidence/capture-evidence.js';
import { AppError, badRequest } from '../http/errors.js';
import { RendererUnavailableError, renderPdf } from '../shared/headless-browser.js';
import { offenceLabel } from './offence-categories.js';
import type { CreatePoliceReportInput } from './police-reports.schema.js';
import * as repo from './police-reports.repository.js';
import { gatherReportEvidence, sha256Hex } from './report-evidence.js';
import { reportHtml } from './report-html.js';
import { buildPackage } from './report-package.js';

export type PoliceReportDeps = Pick<AppContext, 'db' | 'config' | 'channels' | 'secrets'>;

export interface PoliceReportRequest {
  workspaceId: string;
  actor: AuditActor;
  userId: string;
}

export async function createPoliceReport(
  deps: PoliceReportDeps,
  request: PoliceReportRequest,
  input: CreatePoliceReportInput,
): Promise<repo.ReportRow> {
  const records = await selectRecords(deps, request, input);
  const workspace = await repo.findWorkspace(deps.db, request.workspaceId);
  const evidence = await gatherReportEvidence(deps.db, request.workspaceId, records);
  const reference = await newReference(deps, request.workspaceId);
  const createdAt = new Date(Date.now());
  const offence = offenceLabel(input.jurisdiction, input.offenceCategory, input.language);
  const description = input.description ?? '';
  const pdf = await renderPdf(
    deps.config.chromiumPath,
    reportHtml({
      reference,
      createdAt,
      createdBy: request.actor.label,
      jurisdiction: input.jurisdiction,
      language: input.language,
      offence,
      description,
      reporter: input.reporter,
      workspace: { name: workspace.name, timeZone: workspace.time_zone },
      evidence,
    }),
  ).catch(unavailable);
  const zip = buildPackage({
    reference,
    createdAt,
    createdBy: request.actor.label,
    jurisdiction: input.jurisdiction,
    language: input.language,
    offenceCategory: input.offenceCategory,
    offenceLabel: offence,
    pdf,
    evidence,
  });
  const pdfSha256 = sha256Hex(pdf);
  const zipSha256 = sha256Hex(zip);
  const recordIds = records.map((r) => r.id);

  return deps.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertReport(trx, {
      workspaceId: request.workspaceId,
      reference,
      language: input.language,
      jurisdiction: input.jurisdiction,
      offenceCategory: input.offenceCategory,
      description,
      reporter: input.reporter,
      recordIds,
      pdf,
      pdfSha256,
      zip,
      zipSha256,
      createdBy: request.userId,
      createdAt,
    });
    await repo.insertCustodyEvents(
      trx,
      records.map((r) => ({
        workspaceId: request.workspaceId,
        recordId: r.id,
        reportId: id,
        event: 'report_created' as const,
        actorId: request.actor.id,
        actorLabel: request.actor.label,
        details: { reportId: id, reference, pdfSha256, zipSha256 },
      })),
    );
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'police_report.created',
      subject: { type: 'police_report', id },
      data: {
        reference,
        jurisdiction: input.jurisdiction,
        offenceCategory: input.offenceCategory,
        recordIds,
        pdfSha256,
        zipSha256,
      },
    });
    return (await repo.findReport(trx, request.workspaceId, id))!;
  });
}

/** The records asked for, in chain order; items without evidence get it captured first. */
async function selectRecords(
  deps: PoliceReportDeps,
  request: PoliceReportRequest,
  input: CreatePoliceReportInput,
): Promise<EvidenceRecord[]> {
  const recordIds = [...new Set(input.recordIds ?? [])];
  const itemIds = [...new Set(input.itemIds ?? [])];
  if (recordIds.length === 0 && itemIds.length === 0) {
    throw badRequest('A police report needs evidence: choose at least one evidence record or item.');
  }
  const found = await repo.listRecordsByIds(deps.db, request.workspaceId, recordIds);
  const unknownRecords = recordIds.filter((id) => !found.some((r) => r.id === id));
  if (unknownRecords.length) {
    throw badRequest(`These evidence records were not found in this workspace: ${unknownRecords.join(', ')}.`);
  }
  const items = await repo.listWorkspaceItemIds(deps.db, request.workspaceId, itemIds);
  const unknownItems = itemIds.filter((id) => !items.includes(id));
  if (unknownItems.length) {
    throw badRequest(`These items were not found in this workspace: ${unknownItems.join(', ')}.`);
  }
  const latest = await repo.latestRecordIdsOfItems(deps.db, request.workspaceId, itemIds);
  const ids = new Set([...recordIds, ...latest.values()]);
  for (const itemId of itemIds.filter((id) => !latest.has(id))) {
    const captured = await captureEvidence(deps, {
      workspaceId: request.workspaceId,
      itemId,
      actor: request.actor,
      reason: 'police report',
    });
    ids.add(captured.id);
  }
  return repo.listRecordsByIds(deps.db, request.workspaceId, [...ids]);
}

/** Without Chromium there is no PDF: say so plainly (the evidence is untouched). */
function unavailable(error: unknown): never {
  if (error instanceof RendererUnavailableError) {
    throw new AppError(503, 'renderer_unavailable', `The police report could not be made: ${error.message}`);
  }
  throw error;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** SAMTAL-<YYYYMMDD>-<4 random uppercase letters>, unused in the workspace. */
async function newReference(deps: Pick<AppContext, 'db'>, workspaceId: string): Promise<string> {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  for (;;) {
    const letters = Array.from({ length: 4 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
    const reference = `SAMTAL-${day}-${letters}`;
    if (!(await repo.referenceExists(deps.db, workspaceId, reference))) return reference;
  }
}
