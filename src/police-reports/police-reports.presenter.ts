import type { ReporterInput } from './police-reports.schema.js';
import { type Jurisdiction, type OffenceCategory, offenceLabel } from './offence-categories.js';
import type { ReportRow } from './police-reports.repository.js';

export interface ReportJson {
  id: string;
  reference: string;
  language: 'sv' | 'nl' | 'en';
  jurisdiction: Jurisdiction;
  offenceCategory: string;
  offenceLabel: string;
  description: string;
  reporter: ReporterInput;
  recordIds: string[];
  pdfSha256: string;
  zipSha256: string;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  downloadUrl: string;
  pdfUrl: string;
}

export function presentReport(row: ReportRow): ReportJson {
  const base = `/api/workspaces/${row.workspace_id}/police-reports/${row.id}`;
  return {
    id: row.id,
    reference: row.reference,
    language: row.language,
    jurisdiction: row.jurisdiction,
    offenceCategory: row.offence_category,
    offenceLabel: offenceLabel(row.jurisdiction, row.offence_category as OffenceCategory, row.language),
    description: row.description,
    reporter: row.reporter as ReporterInput,
    recordIds: row.record_ids,
    pdfSha256: row.pdf_sha256,
    zipSha256: row.zip_sha256,
    createdBy: row.created_by && row.created_by_name ? { id: row.created_by, name: row.created_by_name } : null,
    createdAt: row.created_at.toISOString(),
    downloadUrl: `${base}/package`,
    pdfUrl: `${base}/pdf`,
  };
}

export function presentCustodyEvent(row: {
  event: string;
  record_id: string | null;
  actor_id: string | null;
  actor_label: string;
  details: unknown;
  at: Date;
}) {
  return {
    event: row.event,
    recordId: row.record_id,
    actor: { id: row.actor_id, label: row.actor_label },
    at: row.at.toISOString(),
    details: row.details as Record<string, unknown>,
  };
}
