/**
 * The one interface every social network adapter implements. The domain talks to networks only
 * through this; adapters live in src/channels/<network>/ and are the only code that may import a
 * platform SDK. What a network cannot do is declared in `capabilities`, with a reason the UI shows.
 */
import type { z } from 'zod';

export type ChannelKind = 'sandbox' | 'bluesky' | 'mastodon' | 'facebook' | 'instagram';

export type CapabilityName =
  | 'publicReply'
  | 'privateReply'
  | 'hide'
  | 'delete'
  | 'block'
  | 'mute'
  | 'report'
  /** Ban the author from the Page (Facebook); stronger than block. */
  | 'ban'
  | 'followRequests'
  | 'publish'
  /** Images on published posts. */
  | 'publishMedia'
  | 'nativeScheduling'
  /** Edit the profile's fields (bio, links) from the desk. */
  | 'profileFields';

export type Capability = { supported: true } | { supported: false; reason: string };

export interface ChannelCapabilities {
  actions: Record<CapabilityName, Capability>;
  /** Longest text a post or reply may have, counted in graphemes. */
  maxLength: number;
  /** How new items reach us. Poll uses the stored cursor; webhook and stream push. */
  ingest: Array<'poll' | 'webhook' | 'stream'>;
  /** Suggested interval between polls, ms. */
  pollIntervalMs?: number;
  /** A private reply to a public comment is possible only this long after the comment (Meta: 7 days). */
  privateReplyWindowMs?: number;
  /** Most images a published post may carry. */
  maxMedia?: number;
}

/** The post a public conversation hangs under, as the network showed it when the item arrived. */
export interface ThreadContext {
  platformId: string;
  text: string;
  url?: string;
  authorHandle?: string;
  postedAt?: Date;
}

/** An inbound comment, reply, mention, quote or direct message, normalised. */
export interface InboundEvent {
  platformId: string;
  kind: 'comment' | 'reply' | 'mention' | 'quote' | 'direct_message';
  author: { platformId: string; handle: string; name?: string };
  text: string;
  /** Language as the platform reports it, if it does. */
  language?: string;
  url?: string;
  parentPlatformId?: string;
  threadPlatformId?: string;
  occurredAt: Date;
  /** The platform's payload as received, kept for evidence and reprocessing. */
  raw: unknown;
  /**
   * What happened to the item on the platform; absent means created. An edit carries the new text,
   * a deletion the item's id (its text, if any, is ignored: we keep what we had for the record).
   */
  change?: 'created' | 'edited' | 'deleted';
  /** When the edit or deletion happened on the platform. */
  editedAt?: Date;
  /** The root post of the thread (ours, usually), for the responder's context. */
  threadContext?: ThreadContext;
}

export interface FetchResult {
  events: InboundEvent[];
  /** Where the next fetch continues; stored only after the events are saved. */
  cursor: string | null;
  /** More is waiting right away (a page limit was hit). */
  hasMore: boolean;
}

export type OutboundRequest =
  | { action: 'publicReply'; targetPlatformId: string; text: string; idempotencyKey: string }
  | {
      action: 'privateReply';
      targetPlatformId: string;
      recipientPlatformId: string;
      text: string;
      idempotencyKey: string;
    }
  | { action: 'publish'; text: string; idempotencyKey: string; media?: MediaAttachment[]; scheduledAt?: Date }
  | { action: 'hide' | 'unhide' | 'delete'; targetPlatformId: string; idempotencyKey: string }
  | { action: 'block' | 'mute' | 'ban'; authorPlatformId: string; idempotencyKey: string }
  /** Undo of a block or mute (capability 'block' / 'mute'); an adapter that cannot undo throws a non-retryable ChannelError. */
  | { action: 'unblock' | 'unmute'; authorPlatformId: string; idempotencyKey: string }
  | { action: 'authorizeFollow' | 'rejectFollow'; authorPlatformId: string; idempotencyKey: string }
  | { action: 'report'; targetPlatformId: string; reason: string; idempotencyKey: string };

/** An image to publish, carried in the action's params (base64) until the job uploads it. */
export interface MediaAttachment {
  mimeType: string;
  dataBase64: string;
  alt?: string;
}

export interface OutboundResult {
  /** The id the platform gave the new post or action. */
  platformId: string;
  url?: string;
}

/** Thrown by adapters. `retryable` errors go back to the queue with backoff; others fail visibly. */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly options: { retryAfterMs?: number; unhealthy?: boolean } = {},
  ) {
    super(message);
  }
}

export interface ChannelProfile {
  /** The account's stable id on the network (DID, Page id, Mastodon account id); webhooks find the channel by it. */
  platformId: string;
  handle: string;
  displayName: string;
  followers: number;
  following?: number;
  posts?: number;
  bio?: string;
  url?: string;
  avatarUrl?: string;
  /** Profile fields (Mastodon's name/value pairs, a Page's website…). */
  fields?: Array<{ name: string; value: string }>;
  /** Follow requests need approval (Mastodon locked account). */
  locked?: boolean;
}

/** Someone who asked to follow a locked account. */
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
  createdAt?: Date;
}

/** A connected account on a network: what the adapter gets to do its work. */
export interface ChannelAccount {
  id: string;
  workspaceId: string;
  handle: string;
  settings: Record<string, unknown>;
  /** Decrypted credentials; never logged, never sent to a browser. */
  credentials: Record<string, unknown> | null;
}

export interface ChannelAdapter {
  kind: ChannelKind;
  /**
   * What `credentials` must hold to connect (e.g. Bluesky: identifier, appPassword, serviceUrl).
   * The connect and reconnect routes parse with it and answer 400 with its messages.
   */
  credentialsSchema?: z.ZodType<Record<string, string>>;
  capabilities(account: ChannelAccount): ChannelCapabilities;
  /** Check that the credentials work; throws ChannelError with a reason a person understands. */
  testConnection(account: ChannelAccount): Promise<ChannelProfile>;
  /** Poll-capable channels: everything after `cursor`, oldest first. */
  fetchSince?(account: ChannelAccount, cursor: string | null, limit: number): Promise<FetchResult>;
  perform(account: ChannelAccount, request: OutboundRequest): Promise<OutboundResult>;
  /**
   * Push channels (ingest 'stream'): listen for new activity and call `onActivity`, which asks for a
   * sync at once. The poll with its cursor stays the source of truth; a dropped stream loses nothing.
   */
  watch?(account: ChannelAccount, onActivity: () => void): { close(): void };
  /** Locked accounts: who is waiting for approval (capability followRequests). */
  listFollowRequests?(account: ChannelAccount, limit: number): Promise<FollowRequest[]>;
  /**
   * Someone else's public profile as the network shows it now (evidence: the author "as it was").
   * Optional: without it, evidence holds what Samtal stored about the author.
   */
  fetchAuthorProfile?(account: ChannelAccount, authorPlatformId: string): Promise<AuthorProfile>;
}

/** A network account's public profile, as captured for evidence. `raw` is the network's own payload. */
export interface AuthorProfile {
  platformId: string;
  handle: string;
  displayName?: string;
  bio?: string;
  url?: string;
  avatarUrl?: string;
  followers?: number;
  following?: number;
  posts?: number;
  createdAt?: string;
  raw?: unknown;
}
