/** The shapes of the inbox API (contract: docs of issue 4). Kept by hand, in step with the server. */

export const VIEWS = ['inbox', 'mine', 'unanswered', 'waiting', 'resolved', 'closed', 'all'] as const;
export type InboxView = (typeof VIEWS)[number];

export const STATUSES = ['new', 'open', 'waiting', 'resolved', 'closed'] as const;
export type ConversationStatus = (typeof STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

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

export const ITEM_LANGUAGES = ['sv', 'nl', 'en', 'other'] as const;

export const TIME_LEFT = ['breached', 'lt1h', 'lt4h'] as const;
export type TimeLeftFilter = (typeof TIME_LEFT)[number];

export const SORTS = ['timeLeft', 'newest', 'oldest'] as const;
export type InboxSort = (typeof SORTS)[number];

export type SlaState = 'none' | 'ok' | 'warning' | 'breached';
export type SendStatus = 'pending_approval' | 'rejected' | 'queued' | 'sending' | 'sent' | 'failed';

export interface NamedRef {
  id: string;
  name: string;
}

export interface ConversationSummary {
  id: string;
  channelId: string;
  channelName: string;
  channelKind: string;
  kind: 'public' | 'private';
  status: ConversationStatus;
  closedReason: string | null;
  priority: Priority;
  tags: string[];
  assignee: NamedRef | null;
  team: NamedRef | null;
  author: { id: string; handle: string; name: string | null } | null;
  language: string | null;
  sentiment: Sentiment | null;
  intent: string | null;
  severity: Severity | null;
  preview: string;
  itemCount: number;
  awaitingSince: string | null;
  lastActivityAt: string;
  dueAt: string | null;
  slaState: SlaState;
  firstRespondedAt: string | null;
  caseId: string | null;
}

export interface ConversationDetailSummary extends ConversationSummary {
  firstResponseDueAt: string | null;
  nextResponseDueAt: string | null;
  resolutionDueAt: string | null;
  slaPolicyName: string | null;
  // Issue 5 (optional until every server sends them):
  /** The post a public conversation hangs under, as the network showed it. */
  threadContext?: ThreadContextPost | null;
  /** Public conversation on a network with a private-reply window (Meta: 7 days): until when one private message is possible. */
  privateReplyUntil?: string | null;
  /** What the conversation's channel can do; what it cannot comes with a reason. */
  channelCapabilities?: ChannelCapabilitiesSummary | null;
}

export interface ThreadContextPost {
  platformId: string;
  text: string;
  url: string | null;
  authorHandle: string | null;
  postedAt: string | null;
}

export interface ChannelCapabilitiesSummary {
  actions: Record<string, { supported: boolean; reason?: string }>;
  maxLength: number;
}

export interface ItemVersion {
  version: number;
  text: string;
  replacedAt: string;
  change: 'edited' | 'deleted';
}

export interface ReviewInfo {
  decision: 'approved' | 'edited_and_approved' | 'rejected';
  comment: string | null;
  reviewerName: string | null;
  at: string;
}

export interface Item {
  id: string;
  conversationId?: string;
  direction: 'inbound' | 'outbound' | 'note';
  kind: string;
  text: string;
  language: string | null;
  url: string | null;
  occurredAt: string;
  author: { handle: string | null; name: string | null } | null;
  user: NamedRef | null;
  sentiment: Sentiment | null;
  sentimentScore: number | null;
  intent: string | null;
  severity: Severity | null;
  offensive: boolean;
  personalData: unknown[];
  version: number;
  editedAt: string | null;
  deletedAt: string | null;
  versions?: ItemVersion[];
  answeredAt: string | null;
  replyToItemId: string | null;
  sendStatus: SendStatus | null;
  sendError: string | null;
  mentions: NamedRef[];
  review?: ReviewInfo | null;
}

export interface AuthorHistory {
  author: { id: string; handle: string; name: string | null; firstSeenAt: string; itemCount: number };
  conversations: ConversationSummary[];
}

export interface ConversationDetail {
  conversation: ConversationDetailSummary;
  items: Item[];
  thread: Item[];
  authorHistory: AuthorHistory | null;
}

export interface ConversationPage {
  conversations: ConversationSummary[];
  nextCursor: string | null;
}

export interface InboxCounts {
  inbox: number;
  mine: number;
  unanswered: number;
  waiting: number;
  breached: number;
  // Not in the contract yet; shown when the server sends them.
  resolved?: number;
  closed?: number;
  all?: number;
}

export interface InboxFilters {
  view: InboxView;
  channelId?: string;
  status?: ConversationStatus;
  sentiment?: Sentiment;
  intent?: string;
  severity?: Severity;
  language?: string;
  assigneeId?: string; // 'me' | 'none' | user id
  tag?: string;
  q?: string;
  timeLeft?: TimeLeftFilter;
  sort?: InboxSort;
}

export interface ConversationPatch {
  status?: ConversationStatus;
  closedReason?: string;
  priority?: Priority;
  tags?: string[];
  assigneeId?: string | null;
  teamId?: string | null;
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
  teams: NamedRef[];
}

export interface ReplyInput {
  text: string;
  replyToItemId?: string;
  visibility: 'public' | 'private';
  lastSeenItemId?: string;
  force?: boolean;
}

export interface ReplyResult {
  item: Item;
  approvalRequired: boolean;
}

export interface SpellingIssue {
  word: string;
  start: number;
  end: number;
  suggestions: string[];
}

export interface ToneFinding {
  rule: string;
  severity: 'warning' | 'info';
  start?: number;
  end?: number;
  message: { sv: string; nl: string; en: string } | string;
  suggestion?: string;
}

export interface ComposeCheck {
  language: string;
  length: { count: number; max: number };
  spelling: SpellingIssue[];
  tone: ToneFinding[];
  sensitive: Array<{ term: string; start: number; end: number; reason: string }>;
}

export interface SavedReply {
  id: string;
  title: string;
  language: string;
  body: string;
  channelId: string | null;
}

export interface FaqSuggestion {
  id: string;
  question: string;
  url: string;
  score: number;
  snippet: string;
}

export interface TakeOfflineInput {
  publicText: string;
  privateText?: string;
  contactRoute?: string;
}

export interface PresenceEntry {
  conversationId: string;
  userId: string;
  name: string;
  typing: boolean;
  at: number;
}
