/** Shapes of the inbox settings, SLA, routing, tone-of-voice, responder and team endpoints (API contract, issue 4). */
import type { Language } from '../../api/types';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock 'HH:MM'; end is exclusive and may be '24:00'. */
export interface OpenInterval {
  start: string;
  end: string;
}

export interface BusinessSchedule {
  timeZone: string;
  country: 'SE' | 'NL' | null;
  days: Partial<Record<Weekday, OpenInterval[]>>;
  closedOnHolidays: boolean;
  /** Extra closed local dates 'YYYY-MM-DD'. */
  closedDates: string[];
}

export const APPROVAL_POLICIES = ['all', 'negative_or_critical', 'in_training', 'none'] as const;
export type ApprovalPolicy = (typeof APPROVAL_POLICIES)[number];

export interface InboxSettings {
  businessHours: BusinessSchedule;
  approvalPolicy: ApprovalPolicy;
  autoAssign: boolean;
  /** Share of the response window after which a warning goes out (0–1 exclusive). */
  warningRatio: number;
  outOfHoursAck: boolean;
  outOfHoursTexts: Partial<Record<Language, string>>;
  webhookUrl: string | null;
  webhookSecretSet: boolean;
}

/** PUT body: the secret is write-only; leave it out to keep the current one, null to remove it. */
export type InboxSettingsInput = Omit<InboxSettings, 'webhookSecretSet'> & { webhookSecret?: string | null };

export interface WebhookDelivery {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  responseStatus: number | null;
  createdAt: string;
  deliveredAt: string | null;
}

export const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const INTENTS = [
  'question',
  'complaint',
  'problem_report',
  'misunderstanding',
  'idea',
  'praise',
  'job_interest',
  'spam',
  'abuse',
  'threat',
  'other',
] as const;

export interface SlaPolicy {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  channelId: string | null;
  severities: Severity[] | null;
  sentiments: Sentiment[] | null;
  firstResponseMinutes: number;
  nextResponseMinutes: number;
  resolutionMinutes: number | null;
  businessHoursOnly: boolean;
}
export type SlaPolicyInput = Omit<SlaPolicy, 'id'>;

export interface RoutingConditions {
  channelIds?: string[];
  languages?: string[];
  intents?: string[];
  sentiments?: string[];
  severities?: string[];
  keywords?: string[];
}
export interface RoutingActions {
  addTags?: string[];
  setPriority?: Priority;
  assignUserId?: string;
  assignTeamId?: string;
}
export interface RoutingRule {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: RoutingConditions;
  actions: RoutingActions;
}
export type RoutingRuleInput = Omit<RoutingRule, 'id'>;

/** Mirrors src/language/tone/tone-guide.ts. */
export interface ToneGuide {
  language: Language;
  formality: 'informal' | 'formal' | 'any';
  preferredWords: Array<{ use: string; instead: string[] }>;
  avoidWords: Array<{ term: string; reason?: string }>;
  emoji: 'none' | 'sparingly' | 'allowed';
  signOff: { required: boolean; pattern?: string };
  maxLength?: number;
  maxSentenceWords?: number;
  exclamationMarks?: number;
  apology?: boolean;
}

export interface Responder {
  userId: string;
  name: string;
  roles: string[];
  languages: string[];
  channelIds: string[];
  onDuty: boolean;
  inTraining: boolean;
  maxOpen: number;
  managerId: string | null;
  openCount: number;
  teams: Array<{ id: string; name: string }>;
}
export type ResponderInput = Pick<
  Responder,
  'languages' | 'channelIds' | 'onDuty' | 'inTraining' | 'maxOpen' | 'managerId'
>;

export interface Team {
  id: string;
  name: string;
  /** The API lists members as {id, name}; memberIds is what we send. */
  memberIds?: string[];
  members?: Array<{ id: string; name: string }>;
}
