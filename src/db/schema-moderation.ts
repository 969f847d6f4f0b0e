/** Kysely table types of moderation, evidence and police reports (migrations/0008_moderation.sql). */
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
type JsonDefault = ColumnType<unknown, string | undefined, string>;
/** bigint columns come back from pg as strings. */
type BigInt = ColumnType<string, string | number | bigint, string | number | bigint>;
type GeneratedBigInt = ColumnType<string, string | number | bigint | undefined, string | number | bigint>;

export interface GuidelineVersionsTable {
  id: Generated<string>;
  workspace_id: string;
  version: number;
  status: 'draft' | 'published';
  intro: JsonDefault;
  rules: JsonDefault;
  change_note: JsonDefault;
  published_at: Timestamp | null;
  published_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ModerationRulesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  mode: ColumnType<'dry_run' | 'active' | 'off', 'dry_run' | 'active' | 'off' | undefined>;
  condition: Json;
  guideline_rule_key: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ModerationRuleHitsTable {
  rule_id: string;
  item_id: string;
  mode: 'dry_run' | 'active';
  matched: Generated<string[]>;
  created_at: Generated<Date>;
}

export interface ModerationQueueTable {
  id: Generated<string>;
  workspace_id: string;
  item_id: string;
  channel_id: string;
  status: ColumnType<'pending' | 'actioned' | 'dismissed', 'pending' | 'actioned' | 'dismissed' | undefined>;
  sources: Generated<string[]>;
  reasons: JsonDefault;
  severity: Generated<string>;
  suggested_rule_key: string | null;
  flagged_at: Generated<Date>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_note: string | null;
}

export const MODERATION_ACTION_KINDS = [
  'hide',
  'unhide',
  'remove',
  'block',
  'unblock',
  'mute',
  'unmute',
  'report',
] as const;
export type ModerationActionKind = (typeof MODERATION_ACTION_KINDS)[number];

export interface ModerationActionsTable {
  id: Generated<string>;
  workspace_id: string;
  item_id: string | null;
  channel_id: string;
  queue_entry_id: string | null;
  kind: ModerationActionKind;
  guideline_version_id: string | null;
  guideline_rule_key: string | null;
  guideline_rule_number: number | null;
  guideline_rule_title: string | null;
  statement: string;
  status: ColumnType<'queued' | 'done' | 'failed', 'queued' | 'done' | 'failed' | undefined>;
  error: string | null;
  outbound_action_id: string | null;
  evidence_record_id: string | null;
  undoes_action_id: string | null;
  undone_by_action_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  completed_at: Timestamp | null;
}

export const EVIDENCE_ARTIFACT_KINDS = ['raw', 'item', 'thread', 'author', 'media', 'screenshot'] as const;
export type EvidenceArtifactKind = (typeof EVIDENCE_ARTIFACT_KINDS)[number];

/** One line of an evidence record's manifest: what is hashed into the chain for each artifact. */
export interface EvidenceManifestEntry {
  kind: EvidenceArtifactKind;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface EvidenceRecordsTable {
  id: Generated<string>;
  workspace_id: string;
  seq: BigInt;
  item_id: string | null;
  channel_id: string | null;
  item_platform_id: string | null;
  item_url: string | null;
  reason: string;
  legal_hold_reason: string;
  captured_by: string | null;
  captured_by_label: string;
  captured_at: Timestamp;
  manifest: ColumnType<EvidenceManifestEntry[], string, string>;
  capture_errors: JsonDefault;
  prev_hash: string;
  hash: string;
}

export interface EvidenceArtifactsTable {
  id: Generated<string>;
  record_id: string;
  position: number;
  kind: EvidenceArtifactKind;
  filename: string;
  content_type: string;
  content: Buffer;
  sha256: string;
}

export interface PoliceReportsTable {
  id: Generated<string>;
  workspace_id: string;
  reference: string;
  language: 'sv' | 'nl' | 'en';
  jurisdiction: 'SE' | 'NL';
  offence_category: string;
  description: Generated<string>;
  reporter: Json;
  record_ids: string[];
  pdf: Buffer;
  pdf_sha256: string;
  zip: Buffer;
  zip_sha256: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export const CUSTODY_EVENTS = [
  'captured',
  'viewed',
  'artifact_downloaded',
  'report_created',
  'report_downloaded',
  'purge_skipped',
  'erasure_skipped',
] as const;
export type CustodyEvent = (typeof CUSTODY_EVENTS)[number];

export interface EvidenceCustodyEventsTable {
  id: GeneratedBigInt;
  workspace_id: string;
  record_id: string | null;
  report_id: string | null;
  event: CustodyEvent;
  actor_id: string | null;
  actor_label: string;
  details: JsonDefault;
  at: Generated<Date>;
}

export interface ModerationTables {
  guideline_versions: GuidelineVersionsTable;
  moderation_rules: ModerationRulesTable;
  moderation_rule_hits: ModerationRuleHitsTable;
  moderation_queue: ModerationQueueTable;
  moderation_actions: ModerationActionsTable;
  evidence_records: EvidenceRecordsTable;
  evidence_artifacts: EvidenceArtifactsTable;
  police_reports: PoliceReportsTable;
  evidence_custody_events: EvidenceCustodyEventsTable;
}

export type GuidelineVersion = Selectable<GuidelineVersionsTable>;
export type ModerationRule = Selectable<ModerationRulesTable>;
export type ModerationQueueEntry = Selectable<ModerationQueueTable>;
export type ModerationAction = Selectable<ModerationActionsTable>;
export type EvidenceRecord = Selectable<EvidenceRecordsTable>;
export type EvidenceArtifact = Selectable<EvidenceArtifactsTable>;
export type PoliceReport = Selectable<PoliceReportsTable>;
