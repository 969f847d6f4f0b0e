/** Kysely table types of the inbox (migrations/0004_inbox.sql). Keep in step with the SQL. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;
type JsonDefault = ColumnType<unknown, string | undefined, string>;
/** bigint columns come back from pg as strings. */
type BigInt = ColumnType<string, string | number | bigint | undefined, string | number | bigint>;

export interface AuthorsTable {
  id: Generated<string>;
  workspace_id: string;
  network: string;
  platform_id: string;
  handle: string;
  name: string | null;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
  item_count: Generated<number>;
}

export interface TeamsTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  created_at: Timestamp;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface RespondersTable {
  workspace_id: string;
  user_id: string;
  languages: Generated<string[]>;
  channel_ids: Generated<string[]>;
  on_duty: Generated<boolean>;
  in_training: Generated<boolean>;
  max_open: Generated<number>;
  manager_id: string | null;
  updated_at: Timestamp;
}

export type ConversationStatus = 'new' | 'open' | 'waiting' | 'resolved' | 'closed';
export type ConversationPriority = 'low' | 'normal' | 'high' | 'urgent';
export type SlaState = 'none' | 'ok' | 'warning' | 'breached';

export interface ConversationsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  kind: 'public' | 'private';
  conversation_key: string;
  thread_platform_id: string | null;
  author_id: string | null;
  status: ColumnType<ConversationStatus, ConversationStatus | undefined, ConversationStatus>;
  closed_reason: string | null;
  priority: ColumnType<ConversationPriority, ConversationPriority | undefined, ConversationPriority>;
  tags: Generated<string[]>;
  assignee_id: string | null;
  team_id: string | null;
  language: string | null;
  sentiment: string | null;
  intent: string | null;
  severity: Generated<string>;
  preview: Generated<string>;
  item_count: Generated<number>;
  awaiting_since: Timestamp | null;
  last_inbound_at: Timestamp | null;
  last_outbound_at: Timestamp | null;
  last_activity_at: Timestamp;
  sla_policy_id: string | null;
  first_response_due_at: Timestamp | null;
  first_responded_at: Timestamp | null;
  next_response_due_at: Timestamp | null;
  resolution_due_at: Timestamp | null;
  due_at: Timestamp | null;
  sla_state: ColumnType<SlaState, SlaState | undefined, SlaState>;
  sla_paused_at: Timestamp | null;
  sla_paused_ms: BigInt;
  out_of_hours_ack_at: Timestamp | null;
  case_id: string | null;
  resolved_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 0006: the post the conversation hangs under (ThreadContext as JSON). */
  thread_context: ColumnType<unknown, string | null | undefined, string | null>;
}

export type ItemDirection = 'inbound' | 'outbound' | 'note';
export type ItemKind = 'comment' | 'reply' | 'mention' | 'quote' | 'direct_message' | 'our_reply' | 'note';
export type SendStatus = 'pending_approval' | 'rejected' | 'queued' | 'sending' | 'sent' | 'failed';

/** Was inbound_items (0001); 0004 renamed it and added conversations, analysis, versions and replies. */
export interface ItemsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  conversation_id: string;
  direction: ColumnType<ItemDirection, ItemDirection | undefined, ItemDirection>;
  kind: ItemKind;
  /** Null for notes and for replies not yet sent. */
  platform_id: string | null;
  author_platform_id: string | null;
  author_handle: string | null;
  author_name: string | null;
  author_id: string | null;
  user_id: string | null;
  text: string;
  language: string | null;
  url: string | null;
  parent_platform_id: string | null;
  thread_platform_id: string | null;
  occurred_at: Timestamp;
  received_at: Timestamp;
  raw: JsonDefault;
  sentiment: string | null;
  sentiment_score: number | null;
  intent: string | null;
  severity: string | null;
  offensive: Generated<boolean>;
  personal_data: JsonDefault;
  version: Generated<number>;
  edited_at: Timestamp | null;
  deleted_at: Timestamp | null;
  /** 0008: where the item stands on its network after our moderation (null: as posted). */
  moderation_state: ColumnType<
    'hidden' | 'removed' | null,
    'hidden' | 'removed' | null | undefined,
    'hidden' | 'removed' | null
  >;
  moderation_changed_at: Timestamp | null;
  answered_at: Timestamp | null;
  reply_to_item_id: string | null;
  send_status: SendStatus | null;
  send_error: string | null;
  outbound_action_id: string | null;
  mentions: Generated<string[]>;
  /** Generated full-text vector (language-aware); never written. */
  search: ColumnType<string, never, never>;
}

export interface ItemVersionsTable {
  item_id: string;
  version: number;
  text: string;
  raw: Json;
  replaced_at: Timestamp;
  change: 'edited' | 'deleted';
}

export interface ReplyReviewsTable {
  id: Generated<string>;
  item_id: string;
  reviewer_id: string | null;
  decision: 'approved' | 'edited_and_approved' | 'rejected';
  comment: string | null;
  original_text: string | null;
  created_at: Timestamp;
}

export interface SlaPoliciesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  position: Generated<number>;
  enabled: Generated<boolean>;
  channel_id: string | null;
  severities: string[] | null;
  sentiments: string[] | null;
  first_response_minutes: number;
  next_response_minutes: number;
  resolution_minutes: number | null;
  business_hours_only: Generated<boolean>;
  created_at: Timestamp;
}

export interface SlaEventsTable {
  id: Generated<string>;
  workspace_id: string;
  conversation_id: string;
  target: 'first_response' | 'next_response' | 'resolution';
  kind: 'warning' | 'breached' | 'met';
  due_at: Timestamp;
  occurred_at: Timestamp;
}

export interface InboxSettingsTable {
  workspace_id: string;
  /** A BusinessSchedule (src/sla/schedule.ts). */
  business_hours: Json;
  approval_policy: ColumnType<ApprovalPolicy, ApprovalPolicy | undefined, ApprovalPolicy>;
  auto_assign: Generated<boolean>;
  warning_ratio: Generated<number>;
  out_of_hours_ack: Generated<boolean>;
  /** { sv?: string, nl?: string, en?: string } */
  out_of_hours_texts: JsonDefault;
  webhook_url: string | null;
  webhook_secret_encrypted: string | null;
  updated_at: Timestamp;
}
export type ApprovalPolicy = 'all' | 'negative_or_critical' | 'in_training' | 'none';

export interface RoutingRulesTable {
  id: Generated<string>;
  workspace_id: string;
  name: string;
  position: Generated<number>;
  enabled: Generated<boolean>;
  conditions: JsonDefault;
  actions: JsonDefault;
  created_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  workspace_id: string;
  user_id: string;
  kind: string;
  conversation_id: string | null;
  data: JsonDefault;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface WebhookDeliveriesTable {
  id: Generated<string>;
  workspace_id: string;
  event: string;
  payload: Json;
  status: ColumnType<'pending' | 'delivered' | 'failed', 'pending' | undefined, 'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  last_error: string | null;
  response_status: number | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface SavedRepliesTable {
  id: Generated<string>;
  workspace_id: string;
  title: string;
  language: string;
  body: string;
  channel_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FaqArticlesTable {
  id: Generated<string>;
  workspace_id: string;
  slug: string;
  language: string;
  question: string;
  answer: string;
  keywords: Generated<string>;
  external_url: string | null;
  published: Generated<boolean>;
  search: ColumnType<string, never, never>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ToneGuidesTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string | null;
  language: string;
  guide: Json;
  updated_at: Timestamp;
}

export interface CasesTable {
  id: Generated<string>;
  workspace_id: string;
  public_conversation_id: string;
  private_conversation_id: string | null;
  contact_route: string | null;
  status: ColumnType<'open' | 'resolved' | 'closed', 'open' | undefined, 'open' | 'resolved' | 'closed'>;
  outcome: string | null;
  opened_by: string | null;
  opened_at: Timestamp;
  resolved_at: Timestamp | null;
  closing_reply_item_id: string | null;
  closed_at: Timestamp | null;
}

export interface InboxTables {
  authors: AuthorsTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  responders: RespondersTable;
  conversations: ConversationsTable;
  items: ItemsTable;
  item_versions: ItemVersionsTable;
  reply_reviews: ReplyReviewsTable;
  sla_policies: SlaPoliciesTable;
  sla_events: SlaEventsTable;
  inbox_settings: InboxSettingsTable;
  routing_rules: RoutingRulesTable;
  notifications: NotificationsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  saved_replies: SavedRepliesTable;
  faq_articles: FaqArticlesTable;
  tone_guides: ToneGuidesTable;
  cases: CasesTable;
}

export type Author = Selectable<AuthorsTable>;
export type Conversation = Selectable<ConversationsTable>;
export type ConversationUpdate = Updateable<ConversationsTable>;
export type NewConversation = Insertable<ConversationsTable>;
export type Item = Selectable<ItemsTable>;
export type NewItem = Insertable<ItemsTable>;
export type SlaPolicy = Selectable<SlaPoliciesTable>;
export type InboxSettings = Selectable<InboxSettingsTable>;
export type Responder = Selectable<RespondersTable>;
export type SavedReply = Selectable<SavedRepliesTable>;
export type FaqArticle = Selectable<FaqArticlesTable>;
export type Case = Selectable<CasesTable>;
export type RoutingRule = Selectable<RoutingRulesTable>;
export type Notification = Selectable<NotificationsTable>;
