/** Police reports and what they read: evidence records and artifacts, the items behind them, custody events. */
import type { Executor } from '../db/database.js';

export function findWorkspace(db: Executor, workspaceId: string) {
  return db
    .selectFrom('workspaces')
    .select(['id', 'slug', 'name', 'country', 'time_zone'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
}

/** The workspace's records among these ids (ids of other workspaces are simply not found). */
export function listRecordsByIds(db: Executor, workspaceId: string, recordIds: string[]) {
  if (recordIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('evidence_records')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', recordIds)
    .orderBy('seq')
    .execute();
}

/** Which of these items exist in the workspace. */
export async function listWorkspaceItemIds(db: Executor, workspaceId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  const rows = await db
    .selectFrom('items')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', itemIds)
    .execute();
  return rows.map((r) => r.id);
}

/** Each item's most recent evidence record id. */
export async function latestRecordIdsOfItems(db: Executor, workspaceId: string, itemIds: string[]) {
  if (itemIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('evidence_records')
    .select(['id', 'item_id'])
    .distinctOn('item_id')
    .where('workspace_id', '=', workspaceId)
    .where('item_id', 'in', itemIds)
    .orderBy('item_id')
    .orderBy('seq', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.item_id!, r.id]));
}

export function listArtifacts(db: Executor, recordIds: string[]) {
  if (recordIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('evidence_artifacts')
    .selectAll()
    .where('record_id', 'in', recordIds)
    .orderBy('record_id')
    .orderBy('position')
    .execute();
}

/** The items behind the records, with their channel: what the report says when an artifact lacks it. */
export function listItemsWithChannel(db: Executor, workspaceId: string, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('items as i')
    .innerJoin('channels as ch', 'ch.id', 'i.channel_id')
    .select([
      'i.id',
      'i.text',
      'i.url',
      'i.platform_id',
      'i.kind',
      'i.author_platform_id',
      'i.author_handle',
      'i.author_name',
      'i.occurred_at',
      'ch.kind as network',
      'ch.name as channel_name',
      'ch.handle as channel_handle',
    ])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.id', 'in', itemIds)
    .execute();
}

export type ReportItemRow = Awaited<ReturnType<typeof listItemsWithChannel>>[number];

export async function referenceExists(db: Executor, workspaceId: string, reference: string) {
  const row = await db
    .selectFrom('police_reports')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('reference', '=', reference)
    .executeTakeFirst();
  return Boolean(row);
}

export interface NewPoliceReport {
  workspaceId: string;
  reference: string;
  language: 'sv' | 'nl' | 'en';
  jurisdiction: 'SE' | 'NL';
  offenceCategory: string;
  description: string;
  reporter: Record<string, unknown>;
  recordIds: string[];
  pdf: Buffer;
  pdfSha256: string;
  zip: Buffer;
  zipSha256: string;
  createdBy: string | null;
  createdAt: Date;
}

export function insertReport(db: Executor, r: NewPoliceReport) {
  return db
    .insertInto('police_reports')
    .values({
      workspace_id: r.workspaceId,
      reference: r.reference,
      language: r.language,
      jurisdiction: r.jurisdiction,
      offence_category: r.offenceCategory,
      description: r.description,
      reporter: JSON.stringify(r.reporter),
      record_ids: r.recordIds,
      pdf: r.pdf,
      pdf_sha256: r.pdfSha256,
      zip: r.zip,
      zip_sha256: r.zipSha256,
      created_by: r.createdBy,
      created_at: r.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const REPORT_COLUMNS = [
  'r.id',
  'r.workspace_id',
  'r.reference',
  'r.language',
  'r.jurisdiction',
  'r.offence_category',
  'r.description',
  'r.reporter',
  'r.record_ids',
  'r.pdf_sha256',
  'r.zip_sha256',
  'r.created_by',
  'r.created_at',
  'u.name as created_by_name',
] as const;

/** Reports without their bytes, newest first. */
export function listReports(db: Executor, workspaceId: string, limit = 200) {
  return db
    .selectFrom('police_reports as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(REPORT_COLUMNS)
    .where('r.workspace_id', '=', workspaceId)
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute();
}

export function findReport(db: Executor, workspaceId: string, reportId: string) {
  return db
    .selectFrom('police_reports as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(REPORT_COLUMNS)
    .where('r.workspace_id', '=', workspaceId)
    .where('r.id', '=', reportId)
    .executeTakeFirst();
}

export type ReportRow = NonNullable<Awaited<ReturnType<typeof findReport>>>;

/** The stored bytes of one of the report's files. */
export async function findReportBytes(db: Executor, reportId: string, file: 'pdf' | 'zip') {
  const row = await db
    .selectFrom('police_reports')
    .select(file === 'pdf' ? ['pdf as bytes', 'pdf_sha256 as sha256'] : ['zip as bytes', 'zip_sha256 as sha256'])
    .where('id', '=', reportId)
    .executeTakeFirstOrThrow();
  return row as { bytes: Buffer; sha256: string };
}

export function listReportCustody(db: Executor, reportId: string) {
  return db
    .selectFrom('evidence_custody_events')
    .select(['id', 'event', 'record_id', 'actor_id', 'actor_label', 'details', 'at'])
    .where('report_id', '=', reportId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Custody events are written by the evidence module's one writer. */
export { insertCustodyEvents } from '../evidence/evidence.repository.js';
