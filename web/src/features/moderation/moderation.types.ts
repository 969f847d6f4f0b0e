/** The shapes of the moderation, evidence and police-report API (contract: issue 6). Kept by hand. */
import type { Language } from '../../api/types';
import type { Sentiment, Severity } from '../inbox/inbox.types';

export const QUEUE_STATUSES = ['pending', 'actioned', 'dismissed'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_SOURCES = ['analysis', 'rule', 'flag'] as const;
export type QueueSource = (typeof QUEUE_SOURCES)[number];

/** What a moderator can do to an item; the undo kinds only appear in the history. */
export const ACTION_KINDS = ['hide', 'remove', 'block', 'mute', 'report'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export type AnyActionKind = ActionKind | 'unhide' | 'unblock' | 'unmute';

export type GuidelineAction = 'hide' | 'remove' | 'warn' | 'escalate' | 'report_police';
export type TextMap = Record<Language, string>;

/** Why an item is in the queue: one per source (analysis code, rule hit, a colleague's flag). */
export interface QueueReason {
  source: QueueSource;
  code?: string;
  ruleId?: string;
  ruleName?: string;
  matched?: string[];
  userId?: string;
  userName?: string;
  note?: string;
  at?: string;
}

export interface ModerationItem {
  id: string;
  conversationId: string;
  channelId: string;
  channelName: string;
  network: string;
  platformId: string;
  kind: string;
  text: string;
  url: string | null;
  authorHandle: string | null;
  authorName: string | null;
  occurredAt: string;
  language: string | null;
  intent: string | null;
  sentiment: Sentiment | null;
  severity: Severity | null;
  moderationState: 'hidden' | 'removed' | null;
}

export interface ModerationAction {
  id: string;
  kind: AnyActionKind;
  status: 'queued' | 'done' | 'failed';
  error: string | null;
  rule: { key: string; number: number; title: string; version: number } | null;
  statement: string;
  evidenceRecordId: string | null;
  undoesActionId: string | null;
  undoneByActionId: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  completedAt: string | null;
  undoable: boolean;
}

export interface QueueEntry {
  id: string;
  status: QueueStatus;
  sources: QueueSource[];
  reasons: QueueReason[];
  severity: Severity;
  suggestedRuleKey: string | null;
  flaggedAt: string;
  decidedAt: string | null;
  item: ModerationItem;
  evidenceCount: number;
  actions: ModerationAction[];
}

export interface QueuePage {
  entries: QueueEntry[];
  nextBefore: string | null;
}

export interface QueueFilters {
  status: QueueStatus;
  source?: QueueSource;
}

export interface ThreadItem {
  id: string;
  text: string | null;
  authorHandle: string | null;
  occurredAt: string;
  direction: 'inbound' | 'outbound' | 'note';
}

export interface EvidenceArtifact {
  kind: 'raw' | 'item' | 'thread' | 'author' | 'media' | 'screenshot';
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface EvidenceSummary {
  id: string;
  seq: string;
  capturedAt: string;
  capturedBy: string;
  reason: string;
  legalHoldReason: string;
  hash: string;
  artifacts: EvidenceArtifact[];
  captureErrors: Array<{ kind: string; message: string }>;
}

export interface QueueEntryDetail {
  entry: QueueEntry;
  thread: ThreadItem[];
  evidence: EvidenceSummary[];
}

export interface ActionInput {
  itemId: string;
  kind: ActionKind;
  ruleKey: string;
  statement: string;
  language?: Language;
}

export interface GuidelineRule {
  key: string;
  number: number;
  title: Partial<TextMap>;
  explanation: Partial<TextMap>;
  defaultAction: GuidelineAction;
}

export interface GuidelinesOverview {
  published: { id: string; version: number; rules: GuidelineRule[]; publishedAt: string | null } | null;
}

export const JURISDICTIONS = ['SE', 'NL'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface OffenceCategory {
  key: string;
  label: string;
  law: string;
}

export interface Reporter {
  name: string;
  organisation: string;
  role?: string;
  email: string;
  phone?: string;
  address?: string;
}

export interface PoliceReportInput {
  recordIds?: string[];
  itemIds?: string[];
  jurisdiction: Jurisdiction;
  language: Language;
  offenceCategory: string;
  description?: string;
  reporter: Reporter;
}

export interface PoliceReport {
  id: string;
  reference: string;
  language: Language;
  jurisdiction: Jurisdiction;
  offenceCategory: string;
  offenceLabel: string;
  description: string;
  reporter: Reporter;
  recordIds: string[];
  pdfSha256: string;
  zipSha256: string;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  downloadUrl: string;
  pdfUrl: string;
}
