/**
 * Handing out a report's stored PDF or ZIP: always the bytes made at creation, and every download
 * lands on the chain of custody of each record in it (and in the audit log).
 */
import type { AppContext } from '../app/context.js';
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../http/errors.js';
import * as repo from './police-reports.repository.js';

export type ReportFile = 'pdf' | 'zip';

export async function downloadPoliceReport(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; reportId: string; actor: AuditActor },
  file: ReportFile,
): Promise<{ reference: string; bytes: Buffer; sha256: string }> {
  return deps.db.transaction().execute(async (trx) => {
    const report = await repo.findReport(trx, request.workspaceId, request.reportId);
    if (!report) throw notFound('This police report');
    const { bytes, sha256 } = await repo.findReportBytes(trx, report.id, file);
    const details = { reference: report.reference, file, sha256 };
    await repo.insertCustodyEvents(
      trx,
      report.record_ids.map((recordId) => ({
        workspaceId: request.workspaceId,
        recordId,
        reportId: report.id,
        event: 'report_downloaded' as const,
        actorId: request.actor.id,
        actorLabel: request.actor.label,
        details,
      })),
    );
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'police_report.downloaded',
      subject: { type: 'police_report', id: report.id },
      data: details,
    });
    return { reference: report.reference, bytes, sha256 };
  });
}
