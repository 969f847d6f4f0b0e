/**
 * Issue 5 additions to the channel API (contract: API.md "Core"). Fields a server without them
 * leaves out are optional, so the page works while the routes land.
 */
import type { Channel } from '../../api/types';

export const CONNECT_KINDS = ['sandbox', 'bluesky', 'mastodon', 'facebook', 'instagram'] as const;
export type ConnectKind = (typeof CONNECT_KINDS)[number];

/** Every capability a network may or may not have, in the order they are shown. */
export const CAPABILITY_NAMES = [
  'publicReply',
  'privateReply',
  'hide',
  'unhide',
  'delete',
  'block',
  'mute',
  'report',
  'ban',
  'followRequests',
  'publish',
  'publishMedia',
  'nativeScheduling',
  'profileFields',
] as const;

export interface ChannelDetail extends Channel {
  externalId?: string | null;
  throttledUntil?: string | null;
  healthChangedAt?: string | null;
  profile?: { displayName: string; followers: number; avatarUrl: string | null; takenAt: string } | null;
  capabilities: Channel['capabilities'] & { privateReplyWindowMs?: number; maxMedia?: number };
}

export interface ProfileSnapshot {
  displayName: string;
  bio: string | null;
  url: string | null;
  avatarUrl: string | null;
  fields: Array<{ name: string; value: string }>;
  followers: number;
  following: number | null;
  posts: number | null;
  locked: boolean | null;
  takenAt: string;
}

export interface ProfileResponse {
  profile: ProfileSnapshot | null;
  history: Array<{ takenAt: string; followers: number }>;
}

export interface FollowRequest {
  platformId: string;
  handle: string;
  displayName: string;
  bio?: string;
  url?: string;
  avatarUrl?: string;
  followers?: number;
  following?: number;
  posts?: number;
  createdAt?: string;
}

export interface TestConnectionResult {
  ok: boolean;
  profile?: { handle: string; displayName: string; followers: number };
  error?: string;
}

export interface ConnectInput {
  kind: ConnectKind;
  name: string;
  handle?: string;
  credentials?: Record<string, string>;
}
