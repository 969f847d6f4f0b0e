import { describe, expect, it } from 'vitest';
import {
  contextUriOf,
  decodeCursor,
  encodeCursor,
  type Notification,
  OVERLAP_MS,
  parseAtUri,
  postUrl,
  rkeyFromKey,
  selectNew,
  toInboundEvent,
  tidTime,
  toThreadContext,
} from './bluesky-map.js';
import { blueskyCredentialsSchema, retryAfterMs, toChannelError } from './bluesky-session.js';
import { XRPCError } from '@atproto/api';

const OUR = 'did:plc:ourkommun';
const ROOT = `at://${OUR}/app.bsky.feed.post/3kroot000000a`;

function notif(
  n: number,
  reason: string,
  at: string,
  record: Record<string, unknown> = {},
  author = { did: 'did:plc:anna', handle: 'anna.test', displayName: 'Anna' },
): Notification {
  return {
    uri: `at://${author.did}/app.bsky.feed.post/3kpost${String(n).padStart(6, '0')}`,
    cid: `bafy${n}`,
    author,
    reason,
    record: { $type: 'app.bsky.feed.post', text: `text ${n}`, createdAt: at, ...record },
    isRead: false,
    indexedAt: at,
  } as Notification;
}

const t = (minutes: number) => new Date(Date.UTC(2026, 0, 10, 12, 0) + minutes * 60_000).toISOString();
const replyTo = (root: string, parent = root) => ({
  reply: { root: { uri: root, cid: 'bafyroot' }, parent: { uri: parent, cid: 'bafyparent' } },
});

describe('record keys from idempotency keys', () => {
  it('are TID-shaped, stable for a key and different between keys', () => {
    const key = '6f1c7a52-2b0e-4c1f-9d55-0d6f0b1f2e3a';
    expect(rkeyFromKey(key)).toMatch(/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/);
    expect(rkeyFromKey(key)).toBe(rkeyFromKey(key));
    const many = new Set(Array.from({ length: 2000 }, (_, i) => rkeyFromKey(`action-${i}`)));
    expect(many.size).toBe(2000);
    for (const rkey of many) {
      expect(rkey).toMatch(/^[234567abcdefghij][2-7a-z]{12}$/);
      // A plausible TID: its time lies between 2023 and 2032, not centuries away.
      expect(tidTime(rkey).getUTCFullYear()).toBeGreaterThanOrEqual(2023);
      expect(tidTime(rkey).getUTCFullYear()).toBeLessThanOrEqual(2032);
    }
    expect(tidTime('3jl7442uk2222').toISOString()).toBe('2023-01-01T00:00:00.000Z');
  });
});

describe('at-uris', () => {
  it('parse into repo, collection and record key, and post uris get a bsky.app link', () => {
    expect(parseAtUri(ROOT)).toEqual({ repo: OUR, collection: 'app.bsky.feed.post', rkey: '3kroot000000a' });
    expect(parseAtUri('https://bsky.app/x')).toBeNull();
    expect(postUrl(ROOT)).toBe(`https://bsky.app/profile/${OUR}/post/3kroot000000a`);
    expect(postUrl(`at://${OUR}/app.bsky.graph.block/3kb`)).toBeUndefined();
  });
});

describe('notifications into inbound events', () => {
  it('maps a reply under our post with root, parent, author, language and thread context', () => {
    const n = notif(1, 'reply', t(0), { ...replyTo(ROOT), langs: ['sv'], text: 'När töms soporna?' });
    const context = toThreadContext({
      uri: ROOT,
      record: { text: 'Sophämtning i veckan', createdAt: t(-60) },
      author: { handle: 'kommun.test' },
      indexedAt: t(-59),
    });
    expect(contextUriOf(n)).toBe(ROOT);
    expect(toInboundEvent(n, context)).toEqual({
      platformId: n.uri,
      kind: 'reply',
      author: { platformId: 'did:plc:anna', handle: 'anna.test', name: 'Anna' },
      text: 'När töms soporna?',
      language: 'sv',
      url: `https://bsky.app/profile/did:plc:anna/post/3kpost000001`,
      parentPlatformId: ROOT,
      threadPlatformId: ROOT,
      occurredAt: new Date(t(0)),
      raw: expect.objectContaining({ uri: n.uri, cid: 'bafy1', reason: 'reply' }),
      threadContext: {
        platformId: ROOT,
        text: 'Sophämtning i veckan',
        url: `https://bsky.app/profile/${OUR}/post/3kroot000000a`,
        authorHandle: 'kommun.test',
        postedAt: new Date(t(-60)),
      },
    });
  });

  it('puts a top-level mention in its own thread and a quote under the post it quotes', () => {
    const mention = notif(2, 'mention', t(1));
    expect(toInboundEvent(mention)).toMatchObject({ kind: 'mention', threadPlatformId: mention.uri });
    expect(toInboundEvent(mention).parentPlatformId).toBeUndefined();
    expect(contextUriOf(mention)).toBeUndefined();

    const quote = notif(3, 'quote', t(2), {
      embed: { $type: 'app.bsky.embed.record', record: { uri: ROOT, cid: 'c' } },
    });
    expect(toInboundEvent(quote)).toMatchObject({ kind: 'quote', threadPlatformId: quote.uri });
    expect(contextUriOf(quote)).toBe(ROOT);
    const withMedia = notif(4, 'quote', t(3), {
      embed: { $type: 'app.bsky.embed.recordWithMedia', record: { record: { uri: ROOT, cid: 'c' } }, media: {} },
    });
    expect(contextUriOf(withMedia)).toBe(ROOT);
  });

  it('keeps a mention deep in someone else’s thread under that thread', () => {
    const other = 'at://did:plc:bo/app.bsky.feed.post/3kother00000a';
    const n = notif(5, 'mention', t(4), replyTo(other, 'at://did:plc:bo/app.bsky.feed.post/3kparent0000a'));
    expect(toInboundEvent(n)).toMatchObject({
      threadPlatformId: other,
      parentPlatformId: 'at://did:plc:bo/app.bsky.feed.post/3kparent0000a',
    });
  });
});

describe('the ingest cursor', () => {
  it('takes everything on a first sync oldest first, skipping likes and follows', () => {
    const fetched = [notif(3, 'reply', t(3)), notif(2, 'like', t(2)), notif(1, 'mention', t(1))];
    const result = selectNew(fetched, null, 100);
    expect(result.taken.map((n) => n.uri)).toEqual([fetched[2]!.uri, fetched[0]!.uri]);
    expect(result.cursor).toEqual({
      at: t(3),
      seen: [
        [fetched[2]!.uri, t(1)],
        [fetched[0]!.uri, t(3)],
      ],
    });
    expect(result.hasMore).toBe(false);
  });

  it('after downtime takes only what is new, including a late arrival inside the overlap window', () => {
    const first = selectNew([notif(2, 'reply', t(2)), notif(1, 'reply', t(1))], null, 100);
    // Meanwhile: two new ones, and one whose time lies before our newest (indexed late).
    const page = [
      notif(4, 'reply', t(10)),
      notif(3, 'mention', t(5)),
      notif(2, 'reply', t(2)),
      notif(9, 'quote', t(1.5)),
    ];
    page.push(notif(1, 'reply', t(1)));
    const second = selectNew(page, first.cursor, 100);
    expect(second.taken.map((n) => n.uri)).toEqual([page[3]!.uri, page[1]!.uri, page[0]!.uri]);
    expect(second.cursor!.at).toBe(t(10));
    // Running again over the same notifications takes nothing and keeps the cursor.
    const third = selectNew(page, second.cursor, 100);
    expect(third.taken).toEqual([]);
    expect(third.cursor).toEqual(second.cursor);
  });

  it('hands a backlog over in oldest-first pages of `limit`, without gaps or repeats', () => {
    const all = Array.from({ length: 25 }, (_, i) => notif(i, 'reply', t(i * 0.1))).reverse(); // newest first
    let cursor = null as ReturnType<typeof selectNew>['cursor'];
    const got: string[] = [];
    for (let round = 0; round < 10; round++) {
      const r = selectNew(all, cursor, 10);
      got.push(...r.taken.map((n) => n.uri));
      cursor = r.cursor;
      if (!r.hasMore) break;
    }
    expect(got).toEqual([...all].reverse().map((n) => n.uri));
  });

  it('orders notifications with the same time by uri, and takes the rest of the tie next time', () => {
    const tie = [notif(3, 'reply', t(1)), notif(1, 'reply', t(1)), notif(2, 'reply', t(1))];
    const first = selectNew(tie, null, 2);
    expect(first.taken.map((n) => n.cid)).toEqual(['bafy1', 'bafy2']);
    expect(first.hasMore).toBe(true);
    const second = selectNew(tie, first.cursor, 2);
    expect(second.taken.map((n) => n.cid)).toEqual(['bafy3']);
  });

  it('forgets seen uris that fell out of the overlap window, and survives a round trip as text', () => {
    const old = selectNew([notif(1, 'reply', t(0))], null, 10);
    const later = selectNew([notif(2, 'reply', t(OVERLAP_MS / 60_000 + 5))], old.cursor, 10);
    expect(later.cursor!.seen.map(([uri]) => uri)).toEqual([notif(2, 'reply', t(0)).uri]);
    expect(decodeCursor(encodeCursor(later.cursor!))).toEqual(later.cursor);
    expect(decodeCursor('12345')).toBeNull();
    expect(decodeCursor(null)).toBeNull();
    // Anything older than the window is not taken again after the cursor moved past it.
    expect(selectNew([notif(1, 'reply', t(0))], later.cursor, 10).taken).toEqual([]);
  });
});

describe('errors and credentials', () => {
  it('turns a 429 into a retryable error with the wait from ratelimit-reset', () => {
    const now = Date.UTC(2026, 0, 1, 10, 0, 0);
    expect(retryAfterMs({ 'ratelimit-reset': String(now / 1000 + 42) }, now)).toBe(42_000);
    expect(retryAfterMs({}, now)).toBe(60_000);
    const error = toChannelError(
      new XRPCError(429, 'RateLimitExceeded', 'Rate Limit Exceeded', { 'ratelimit-reset': '0' }),
    );
    expect(error.retryable).toBe(true);
    expect(error.options.retryAfterMs).toBeGreaterThan(0);
    expect(error.message).toMatch(/rate-limiting/);
  });

  it('makes 401 unhealthy, 5xx and network failures retryable, 400 a permanent failure', () => {
    expect(toChannelError(new XRPCError(401, 'AuthenticationRequired', 'no')).options.unhealthy).toBe(true);
    expect(toChannelError(new XRPCError(502, 'UpstreamFailure', 'bad gateway')).retryable).toBe(true);
    expect(toChannelError(new TypeError('fetch failed'))).toMatchObject({ retryable: true });
    const bad = toChannelError(new XRPCError(400, 'InvalidRequest', 'Record not found'));
    expect(bad).toMatchObject({ retryable: false, message: 'Bluesky refused the request: Record not found' });
  });

  it('asks for identifier and app password by name', () => {
    const parsed = blueskyCredentialsSchema.safeParse({ identifier: 'kommun.bsky.social' });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error!.issues)).toMatch(/app password/);
    expect(blueskyCredentialsSchema.safeParse({ identifier: 'did:plc:x', appPassword: 'a-b-c-d' }).success).toBe(true);
    expect(
      blueskyCredentialsSchema.safeParse({ identifier: 'k.test', appPassword: 'x', serviceUrl: 'not a url' }).success,
    ).toBe(false);
  });
});
