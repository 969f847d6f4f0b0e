/**
 * Pure pieces of the Bluesky adapter: at-uris, deterministic record keys, the ingest cursor and
 * notification → InboundEvent. No I/O here, so all of it is unit-tested without a network.
 */
import { createHash } from 'node:crypto';
import type { AppBskyFeedPost, AppBskyNotificationListNotifications } from '@atproto/api';
import type { InboundEvent, ThreadContext } from '../channel.js';

export type Notification = AppBskyNotificationListNotifications.Notification;

/** The notification reasons that become inbox items; likes, follows, reposts do not. */
export const INBOX_REASONS = { reply: 'reply', mention: 'mention', quote: 'quote' } as const;

export interface AtUriParts {
  repo: string;
  collection: string;
  rkey: string;
}

export function parseAtUri(uri: string): AtUriParts | null {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  return match ? { repo: match[1]!, collection: match[2]!, rkey: match[3]! } : null;
}

/** The post's page on bsky.app (works with a DID as well as a handle). */
export function postUrl(uri: string): string | undefined {
  const parts = parseAtUri(uri);
  if (!parts || parts.collection !== 'app.bsky.feed.post') return undefined;
  return `https://bsky.app/profile/${parts.repo}/post/${parts.rkey}`;
}

const S32 = '234567abcdefghijklmnopqrstuvwxyz';

/** 2023-01-01 in microseconds: derived record keys "date" from then on, like real TIDs. */
const TID_BASE_US = 1_672_531_200_000_000n;

/**
 * A record key in TID form (53 bits of microseconds, 10 bits of clock id, base32-sortable) derived
 * from our idempotency key: a retried createRecord names the same record, so the retry finds it
 * instead of posting twice. The time part is a hash within about nine years from 2023, not the
 * posting time; the AppView orders posts by createdAt.
 */
export function rkeyFromKey(idempotencyKey: string): string {
  const digest = createHash('sha256').update(`samtal:${idempotencyKey}`).digest();
  const micros = TID_BASE_US + (digest.readBigUInt64BE(0) & 0xffffffffffffn); // 2^48 µs ≈ 8.9 years
  let value = (micros << 10n) | BigInt(digest.readUInt16BE(8) & 0x3ff);
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = S32[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/** The time a TID-shaped record key encodes (for tests and debugging). */
export function tidTime(rkey: string): Date {
  let value = 0n;
  for (const ch of rkey) value = (value << 5n) | BigInt(S32.indexOf(ch));
  return new Date(Number((value >> 10n) / 1000n));
}

export function graphemeLength(text: string): number {
  return [...new Intl.Segmenter().segment(text)].length;
}

/**
 * The ingest cursor. listNotifications pages newest first and orders by sortAt (the earlier of the
 * post's createdAt and when the AppView indexed it), so a notification can appear *behind* ones we
 * already took (a slow indexer, a client clock). We keep the newest sortAt seen (`at`) and the uris
 * seen in the OVERLAP before it, page back to `at - OVERLAP`, and take only uris not seen: no gap
 * for late arrivals within the window, no duplicate.
 */
export interface IngestCursor {
  at: string;
  /** [uri, sortAt] of what was taken within OVERLAP_MS before `at`. */
  seen: Array<[string, string]>;
}

export const OVERLAP_MS = 10 * 60_000;
const MAX_SEEN = 2000;

export function decodeCursor(raw: string | null): IngestCursor | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<IngestCursor>;
    if (typeof value.at === 'string' && Array.isArray(value.seen)) return { at: value.at, seen: value.seen };
  } catch {
    // an unreadable cursor (another format): start over; the ingest pipeline drops what it has
  }
  return null;
}

export function encodeCursor(cursor: IngestCursor): string {
  return JSON.stringify(cursor);
}

/** Paging back may stop once a page reaches below this time. */
export function pagingFloor(cursor: IngestCursor): number {
  return Date.parse(cursor.at) - OVERLAP_MS;
}

const sortKey = (n: Notification) => n.indexedAt;
const oldestFirst = (a: Notification, b: Notification) =>
  sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;

/**
 * From what paging returned (newest first, possibly with repeats across pages) the notifications
 * not yet taken, oldest first, at most `limit`, and the cursor after taking them.
 */
export function selectNew(
  fetched: Notification[],
  cursor: IngestCursor | null,
  limit: number,
): { taken: Notification[]; cursor: IngestCursor | null; hasMore: boolean } {
  const seen = new Set((cursor?.seen ?? []).map(([uri]) => uri));
  const floor = cursor ? pagingFloor(cursor) : -Infinity;
  const fresh = new Map<string, Notification>();
  for (const n of fetched) {
    if (!(n.reason in INBOX_REASONS) || seen.has(n.uri)) continue;
    if (Date.parse(sortKey(n)) < floor) continue; // older than the window: an earlier run took it
    fresh.set(n.uri, n);
  }
  const ordered = [...fresh.values()].sort(oldestFirst);
  const taken = ordered.slice(0, limit);
  if (taken.length === 0) return { taken, cursor, hasMore: false };

  const newest = sortKey(taken[taken.length - 1]!);
  const at = cursor && cursor.at > newest ? cursor.at : newest;
  const keepFrom = Date.parse(at) - OVERLAP_MS;
  const seenNow: Array<[string, string]> = [
    ...(cursor?.seen ?? []),
    ...taken.map((n): [string, string] => [n.uri, sortKey(n)]),
  ].filter(([, time]) => Date.parse(time) >= keepFrom);
  return { taken, cursor: { at, seen: seenNow.slice(-MAX_SEEN) }, hasMore: ordered.length > taken.length };
}

type PostRecord = AppBskyFeedPost.Record;

/** Root and parent of a post record, if it is a reply. */
export function replyRefs(record: unknown): { root: string; parent: string } | null {
  const reply = (record as Partial<PostRecord> | undefined)?.reply;
  if (!reply?.root?.uri || !reply.parent?.uri) return null;
  return { root: reply.root.uri, parent: reply.parent.uri };
}

/** The post a quote quotes (plain record embed or record-with-media). */
export function quotedUri(record: unknown): string | undefined {
  const embed = (record as { embed?: { $type?: string; record?: { uri?: string; record?: { uri?: string } } } })?.embed;
  if (!embed) return undefined;
  if (embed.$type === 'app.bsky.embed.record') return embed.record?.uri;
  if (embed.$type === 'app.bsky.embed.recordWithMedia') return embed.record?.record?.uri;
  return undefined;
}

/**
 * Where the notification's conversation hangs: a reply or mention in a thread under the thread's
 * root; a top-level mention under itself; a quote under the quote's own thread (the quoted post,
 * ours, is its context).
 */
export function threadRootOf(n: Notification): string {
  return replyRefs(n.record)?.root ?? n.uri;
}

/** Which post gives the responder context: the thread root, or for a quote the post it quotes. */
export function contextUriOf(n: Notification): string | undefined {
  if (n.reason === 'quote') return quotedUri(n.record);
  const root = replyRefs(n.record)?.root;
  return root && root !== n.uri ? root : undefined;
}

export function toInboundEvent(n: Notification, context?: ThreadContext): InboundEvent {
  const record = n.record as Partial<PostRecord>;
  const refs = replyRefs(record);
  return {
    platformId: n.uri,
    kind: n.reason === 'quote' ? 'quote' : n.reason === 'mention' ? 'mention' : 'reply',
    author: {
      platformId: n.author.did,
      handle: n.author.handle,
      ...(n.author.displayName ? { name: n.author.displayName } : {}),
    },
    text: typeof record.text === 'string' ? record.text : '',
    ...(record.langs?.[0] ? { language: record.langs[0] } : {}),
    url: postUrl(n.uri),
    ...(refs ? { parentPlatformId: refs.parent } : {}),
    threadPlatformId: threadRootOf(n),
    occurredAt: new Date(typeof record.createdAt === 'string' ? record.createdAt : n.indexedAt),
    raw: { uri: n.uri, cid: n.cid, reason: n.reason, indexedAt: n.indexedAt, record: n.record },
    ...(context ? { threadContext: context } : {}),
  };
}

/** A post view (getPosts) as thread context for the responder. */
export function toThreadContext(post: {
  uri: string;
  record: unknown;
  author: { handle: string };
  indexedAt: string;
}): ThreadContext {
  const record = post.record as Partial<PostRecord>;
  return {
    platformId: post.uri,
    text: typeof record.text === 'string' ? record.text : '',
    url: postUrl(post.uri),
    authorHandle: post.author.handle,
    postedAt: new Date(typeof record.createdAt === 'string' ? record.createdAt : post.indexedAt),
  };
}
