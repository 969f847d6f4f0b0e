/** Kysely table types. Keep in step with migrations/*.sql. */
import type { ColumnType, Generated, Selectable } from 'kysely';
import type { InboxTables } from './schema-inbox.js';
import type { ModerationTables } from './schema-moderation.js';
import type { PublishingTables } from './schema-publishing.js';

export * from './schema-inbox.js';
export * from './schema-moderation.js';
export * from './schema-publishing.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string, string>;

export interface WorkspacesTable {
  id: Generated<string>;
  slug: string;
  name: string;
  country: string;
  time_zone: string;
  default_language: string;
  /** 0008: inbound items older than this many days are purged (null: kept). */
  retention_days: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  language: string | null;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  roles: string[];
  created_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  workspace_id: string;
  email: string;
  roles: string[];
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: Timestamp;
  locked_until: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  workspace_id: string;
  seq: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  data: Json;
  created_at: Timestamp;
  prev_hash: string;
  hash: string;
}

/** Audit entries waiting for their transaction's commit to join the chain (migrations/0010_audit_append.sql). */
export interface AuditLogPendingTable extends Omit<AuditLogTable, 'seq' | 'prev_hash' | 'hash'> {
  canonical_before_seq: string;
  canonical_after_seq: string;
}

export interface ChannelsTable {
  id: Generated<string>;
  workspace_id: string;
  kind: string;
  name: string;
  handle: string;
  settings: Json;
  credentials_encrypted: string | null;
  health: Generated<string>;
  health_reason: string | null;
  sync_cursor: string | null;
  last_sync_at: Timestamp | null;
  created_at: Timestamp;
  /** 0003 */
  disconnected_at: Timestamp | null;
  /** 0006: the account's id on the network (DID, Page id …). */
  external_id: string | null;
  /** 0006: rate limited until. */
  throttled_until: Timestamp | null;
  /** 0006 */
  health_changed_at: Timestamp | null;
}

export interface OutboundActionsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  kind: string;
  target_platform_id: string | null;
  body: string | null;
  status: ColumnType<
    'queued' | 'sending' | 'sent' | 'failed',
    'queued' | undefined,
    'queued' | 'sending' | 'sent' | 'failed'
  >;
  platform_id: string | null;
  error: string | null;
  attempts: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  completed_at: Timestamp | null;
  /** 0003: resolved parameters (recipient, author) for the adapter. */
  params: ColumnType<unknown, string | undefined, string>;
  /** 0006: a rate-limited action waits until then. */
  next_attempt_at: Timestamp | null;
}

/** 0006: the channel's profile as fetched from the network. */
export interface ChannelProfileSnapshotsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  taken_at: Generated<Timestamp>;
  display_name: string;
  bio: string | null;
  url: string | null;
  avatar_url: string | null;
  fields: ColumnType<Array<{ name: string; value: string }>, string | undefined, string>;
  followers: number;
  following: number | null;
  posts: number | null;
  locked: boolean | null;
}

export interface SandboxFeedTable {
  seq: Generated<string>;
  workspace_id: string;
  channel_id: string;
  payload: Json;
  created_at: Timestamp;
}

export interface SandboxActionsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  platform_id: string;
  action: string;
  target_id: string | null;
  payload: Json;
  idempotency_key: string | null;
  created_at: Timestamp;
}

/** 0003: progress of a sandbox channel's simulated traffic. */
export interface SandboxGeneratorStateTable {
  channel_id: string;
  generated_until: Timestamp;
  carry: number;
  emitted: ColumnType<string, string | number | bigint, string | number | bigint>;
}

/** 0007: a verified Facebook/Instagram webhook delivery, stored before it is acknowledged. */
export interface MetaWebhookDeliveriesTable {
  id: Generated<string>;
  body_sha256: string;
  object: 'page' | 'instagram';
  payload: Json;
  received_at: Generated<Date>;
  status: ColumnType<'pending' | 'processed' | 'unmatched', 'pending' | undefined, 'processed' | 'unmatched'>;
  processed_at: Timestamp | null;
  unmatched_ids: ColumnType<string[], string[] | undefined, string[]>;
}

export interface WorkerHeartbeatsTable {
  worker_id: string;
  hostname: string;
  pid: number;
  started_at: Timestamp;
  seen_at: Timestamp;
}

export interface Database extends InboxTables, ModerationTables, PublishingTables {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  audit_log_pending: AuditLogPendingTable;
  channels: ChannelsTable;
  channel_profile_snapshots: ChannelProfileSnapshotsTable;
  outbound_actions: OutboundActionsTable;
  sandbox_feed: SandboxFeedTable;
  sandbox_actions: SandboxActionsTable;
  sandbox_generator_state: SandboxGeneratorStateTable;
  worker_heartbeats: WorkerHeartbeatsTable;
  meta_webhook_deliveries: MetaWebhookDeliveriesTable;
}

export type Workspace = Selectable<WorkspacesTable>;
export type User = Selectable<UsersTable>;
export type Membership = Selectable<MembershipsTable>;
export type Channel = Selectable<ChannelsTable>;
export type OutboundAction = Selectable<OutboundActionsTable>;
export type AuditEntry = Selectable<AuditLogTable>;
