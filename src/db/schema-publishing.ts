/** Kysely table types of publishing (migrations/0009_publishing.sql). Keep in step with the SQL. */
import type { ColumnType, Generated, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type JsonDefault = ColumnType<unknown, string | undefined, string>;

export const POST_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'failed'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const VARIANT_STATUSES = [
  'pending',
  'scheduled',
  'held',
  'sending',
  'published',
  'failed',
  'cancelled',
] as const;
export type VariantStatus = (typeof VARIANT_STATUSES)[number];

export interface PublishingSettingsTable {
  workspace_id: string;
  require_approval: Generated<boolean>;
  approver_roles: Generated<string[]>;
  blackout_policy: ColumnType<
    'move_to_end' | 'await_reapproval',
    'move_to_end' | 'await_reapproval' | undefined,
    'move_to_end' | 'await_reapproval'
  >;
  paused_at: Timestamp | null;
  paused_by: string | null;
  pause_reason: string | null;
  updated_at: Generated<Date>;
}

export interface PostsTable {
  id: Generated<string>;
  workspace_id: string;
  title: Generated<string>;
  campaign: string | null;
  pillar: string | null;
  status: ColumnType<PostStatus, PostStatus | undefined, PostStatus>;
  scheduled_at: Timestamp | null;
  author_id: string | null;
  approved_by: string | null;
  approved_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PostVariantsTable {
  id: Generated<string>;
  post_id: string;
  workspace_id: string;
  channel_id: string;
  text: Generated<string>;
  language: string | null;
  media: JsonDefault;
  status: ColumnType<VariantStatus, VariantStatus | undefined, VariantStatus>;
  due_at: Timestamp | null;
  held_reason: string | null;
  outbound_action_id: string | null;
  platform_id: string | null;
  url: string | null;
  error: string | null;
  published_at: Timestamp | null;
  updated_at: Generated<Date>;
}

export interface PostCommentsTable {
  id: Generated<string>;
  post_id: string;
  user_id: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface BlackoutWindowsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string | null;
  title: string;
  reason: Generated<string>;
  starts_local: string;
  duration_minutes: number;
  time_zone: string;
  rrule: string | null;
  source: ColumnType<'default' | 'custom', 'default' | 'custom' | undefined, 'default' | 'custom'>;
  enabled: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PostingSlotsTable {
  id: Generated<string>;
  workspace_id: string;
  channel_id: string;
  weekday: number;
  minutes: number;
}

export interface PublishingTables {
  publishing_settings: PublishingSettingsTable;
  posts: PostsTable;
  post_variants: PostVariantsTable;
  post_comments: PostCommentsTable;
  blackout_windows: BlackoutWindowsTable;
  posting_slots: PostingSlotsTable;
}

export type PublishingSettings = Selectable<PublishingSettingsTable>;
export type Post = Selectable<PostsTable>;
export type PostVariant = Selectable<PostVariantsTable>;
export type PostComment = Selectable<PostCommentsTable>;
export type BlackoutWindow = Selectable<BlackoutWindowsTable>;
export type PostingSlot = Selectable<PostingSlotsTable>;
