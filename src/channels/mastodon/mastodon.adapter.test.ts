/**
 * Protocol tests of the Mastodon adapter against the local fake Mastodon (fake-mastodon-server.ts):
 * paging, backfill, rate limits, idempotent posts, direct messages, follow requests, scheduling,
 * errors. No database: the adapter alone, as the sync and action jobs call it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { type ChannelAccount, type ChannelAdapter, ChannelError, type InboundEvent } from '../channel.js';
import { startFakeMastodon, type FakeMastodon } from './fake-mastodon-server.js';
import { REVOKED, resetMastodonThrottles } from './mastodon-client.js';
import { createMastodonAdapter } from './mastodon.adapter.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'test' });

let fake: FakeMastodon;
let adapter: ChannelAdapter;
let account: ChannelAccount;

beforeEach(async () => {
  resetMastodonThrottles();
  fake = await startFakeMastodon();
  adapter = createMastodonAdapter({ config });
  account = {
    id: 'ch-1',
    workspaceId: 'ws-1',
    handle: 'ekebykommun@fake.social',
    settings: {},
    credentials: { instanceUrl: fake.url, accessToken: fake.token },
  };
});
afterEach(async () => fake?.close());

async function thrown(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

/** Polls like sync-channel does until nothing more is waiting; returns every event and the cursor. */
async function drain(cursor: string | null, pageSize: number) {
  const events: InboundEvent[] = [];
  for (let i = 0; i < 50; i++) {
    const page = await adapter.fetchSince!(account, cursor, pageSize);
    events.push(...page.events);
    cursor = page.cursor;
    if (!page.hasMore) return { events, cursor };
  }
  throw new Error('paging did not end');
}

describe('connection and profile', () => {
  it('reads the profile from verify_credentials and the post length from the instance', async () => {
    fake.maxCharacters = 1000;
    expect(adapter.capabilities(account).maxLength).toBe(500);
    const profile = await adapter.testConnection(account);
    expect(profile).toEqual({
      platformId: fake.me.id,
      handle: 'ekebykommun@fake.social',
      displayName: 'Ekeby kommun',
      followers: 1234,
      following: 56,
      posts: 789,
      bio: 'Officiellt konto för Ekeby kommun.\nVi svarar vardagar 8–17.',
      url: 'https://fake.social/@ekebykommun',
      avatarUrl: 'https://fake.social/avatars/ekebykommun.png',
      fields: [
        { name: 'Webb', value: 'ekeby.se' },
        { name: 'Telefon', value: '0123-456 & 789' },
      ],
      locked: true,
    });
    expect(adapter.capabilities(account).maxLength).toBe(1000);
    expect(fake.calls('GET', /verify_credentials/)[0]!.headers.authorization).toBe(`Bearer ${fake.token}`);
  });

  it('declares what Mastodon cannot do, with the reason', () => {
    const caps = adapter.capabilities(account);
    expect(caps.actions.hide).toEqual({ supported: false, reason: 'Mastodon cannot hide a reply from someone else.' });
    expect(caps.actions.ban).toMatchObject({ supported: false, reason: expect.stringMatching(/block/) });
    expect(caps.actions.nativeScheduling).toEqual({ supported: true });
    expect(caps.actions.followRequests).toEqual({ supported: true });
    expect(caps.ingest).toEqual(['poll', 'stream']);
  });

  it('turns a revoked or wrong token into an unhealthy channel with the reason', async () => {
    const wrong = { ...account, credentials: { instanceUrl: fake.url, accessToken: 'nope' } };
    const bad = await thrown(adapter.testConnection(wrong));
    expect(bad).toMatchObject({ retryable: false, options: { unhealthy: true }, message: REVOKED });
    fake.revokeToken();
    const revoked = await thrown(adapter.fetchSince!(account, null, 20));
    expect(revoked).toMatchObject({ retryable: false, options: { unhealthy: true } });
    expect(revoked.message).toMatch(/^The access token was revoked/);
  });

  it('refuses credentials without a server address as unhealthy, and parses them with the schema', async () => {
    const none = await thrown(adapter.testConnection({ ...account, credentials: { accessToken: 'x' } }));
    expect(none.options.unhealthy).toBe(true);
    const parsed = adapter.credentialsSchema!.safeParse({ instanceUrl: 'not a url', accessToken: '' });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/instanceUrl/);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/accessToken/);
  });
});

describe('guards', () => {
  it('refuses a server address in a private network when private addresses are not allowed', async () => {
    const strict = createMastodonAdapter({ config: { ...config, allowPrivateUrls: false } });
    const error = await thrown(strict.testConnection(account));
    expect(error).toMatchObject({ retryable: false, options: { unhealthy: true } });
    expect(fake.requests).toHaveLength(0);
  });

  it('a token without the notification scope (403) makes the channel unhealthy', async () => {
    fake.failNext(403, 'This action is outside the authorized scopes', { path: /notifications/ });
    const error = await thrown(adapter.fetchSince!(account, null, 20));
    expect(error).toMatchObject({ retryable: false, options: { unhealthy: true } });
    expect(error.message).toMatch(/outside the authorized scopes/);
  });
});

describe('ingesting mentions and direct messages', () => {
  it('pages forward across several pages with min_id: oldest first, no gaps, no duplicates', async () => {
    const anna = fake.account('anna', { remoteHost: 'other.social' });
    fake.mention(anna, 'Före kopplingen');
    const first = await adapter.fetchSince!(account, null, 5);
    expect(first.events.map((e) => e.text)).toEqual(['@ekebykommun Före kopplingen']);
    expect(first.hasMore).toBe(false);

    const sent: string[] = [];
    for (let i = 1; i <= 12; i++) {
      sent.push(fake.mention(anna, `Fråga ${i}`).status.id);
      if (i % 4 === 0) fake.notify('favourite', anna, fake.post('Vår nyhet')); // not a mention: not polled
    }
    const { events, cursor } = await drain(first.cursor, 5);
    expect(events.map((e) => e.platformId)).toEqual(sent);
    expect(new Set(events.map((e) => e.platformId)).size).toBe(12);
    expect(events.map((e) => e.occurredAt.getTime())).toEqual([...events.map((e) => e.occurredAt.getTime())].sort());
    const polls = fake.calls('GET', /^\/api\/v1\/notifications$/);
    expect(polls.every((r) => r.query.getAll('types[]').join() === 'mention')).toBe(true);
    expect(polls.slice(1).every((r) => r.query.get('min_id'))).toBe(true);
    expect(polls.slice(1).map((r) => r.query.get('limit'))).toEqual(['5', '5', '5']);

    // Nothing new: the same cursor, nothing again.
    const again = await adapter.fetchSince!(account, cursor, 5);
    expect(again).toMatchObject({ events: [], cursor, hasMore: false });
  });

  it('backfills what arrived during an outage from the stored cursor, after a failed poll changed nothing', async () => {
    const anna = fake.account('anna');
    fake.mention(anna, 'Innan');
    const { cursor } = await drain(null, 20);
    const during = [1, 2, 3, 4, 5, 6, 7].map((i) => fake.mention(anna, `Under avbrottet ${i}`).status.id);
    fake.failNext(503, 'Service Unavailable', { path: /notifications/ });
    const down = await thrown(adapter.fetchSince!(account, cursor, 3));
    expect(down.retryable).toBe(true);
    expect(down.options.unhealthy).toBeUndefined();
    const after = await drain(cursor, 3);
    expect(after.events.map((e) => e.platformId)).toEqual(during);
  });

  it('maps replies, mentions and direct messages, with the thread root as context and HTML as plain text', async () => {
    const ours = fake.post('Snöröjningen börjar i natt.\n\nFrågor? Svara här.');
    const anna = fake.account('anna', { remoteHost: 'other.social', displayName: 'Anna A' });
    const bertil = fake.account('bertil');
    const reply = fake.mention(anna, 'Och <Storgatan> & torget?\nTack', { inReplyTo: ours, visibility: 'unlisted' });
    const deeper = fake.mention(bertil, 'Samma fråga', { inReplyTo: reply.status });
    const dm = fake.mention(anna, 'Mitt personnummer är privat', { visibility: 'direct' });
    const loose = fake.mention(bertil, 'Hallå kommunen');

    const { events } = await drain(null, 20);
    const byId = new Map(events.map((e) => [e.platformId, e]));
    expect(byId.get(reply.status.id)).toMatchObject({
      kind: 'reply',
      author: { platformId: anna.id, handle: 'anna@other.social', name: 'Anna A' },
      text: '@ekebykommun Och <Storgatan> & torget?\nTack',
      language: 'sv',
      parentPlatformId: ours.id,
      threadPlatformId: ours.id,
      threadContext: {
        platformId: ours.id,
        text: 'Snöröjningen börjar i natt.\n\nFrågor? Svara här.',
        authorHandle: 'ekebykommun',
      },
    });
    expect(byId.get(deeper.status.id)).toMatchObject({
      kind: 'mention', // answers Anna, not us
      parentPlatformId: reply.status.id,
      threadPlatformId: ours.id,
      threadContext: { platformId: ours.id },
    });
    expect(byId.get(dm.status.id)).toMatchObject({ kind: 'direct_message', threadPlatformId: dm.status.id });
    expect(byId.get(dm.status.id)!.threadContext).toBeUndefined();
    expect(byId.get(loose.status.id)).toMatchObject({ kind: 'mention', threadPlatformId: loose.status.id });
    expect(byId.get(loose.status.id)!.parentPlatformId).toBeUndefined();
    // One context call per distinct parent.
    expect(fake.calls('GET', /\/context$/).map((r) => r.path)).toEqual([
      `/api/v1/statuses/${ours.id}/context`,
      `/api/v1/statuses/${reply.status.id}/context`,
    ]);
  });

  it('also reads mentions the account’s notification policy filtered (a private mention from a stranger)', async () => {
    const stranger = fake.account('okand', { remoteHost: 'far.away' });
    const { status } = fake.mention(stranger, 'Jag följer er inte men har en fråga', {
      visibility: 'direct',
      filtered: true,
    });
    const { events } = await drain(null, 20);
    expect(events.map((e) => [e.platformId, e.kind])).toEqual([[status.id, 'direct_message']]);
    expect(fake.calls('GET', /notifications$/)[0]!.query.get('include_filtered')).toBe('true');
  });

  it('keeps a content warning before the text, and a reply whose parent is gone hangs under the parent id', async () => {
    const anna = fake.account('anna');
    const gone = fake.post('Raderad');
    const { status } = fake.mention(anna, 'Svar', { inReplyTo: gone });
    status.spoiler_text = 'Politik';
    fake.statuses.delete(gone.id);
    const { events } = await drain(null, 20);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      text: 'CW: Politik\n\n@ekebykommun Svar',
      parentPlatformId: gone.id,
      threadPlatformId: gone.id,
    });
    expect(events[0]!.threadContext).toBeUndefined();
  });
});

describe('rate limits', () => {
  it('a 429 throws retryable with the wait until X-RateLimit-Reset', async () => {
    fake.exhaustRateLimit(42_000);
    const error = await thrown(adapter.fetchSince!(account, null, 20));
    expect(error.retryable).toBe(true);
    expect(error.options.retryAfterMs).toBeGreaterThan(35_000);
    expect(error.options.retryAfterMs).toBeLessThanOrEqual(42_000);
    expect(error.message).toMatch(/Rate limited/);
  });

  it('after an answer with X-RateLimit-Remaining 0 the next call waits without asking the server', async () => {
    await adapter.testConnection(account);
    fake.setRemaining(0, 20_000);
    const anna = fake.account('anna');
    const { status } = fake.mention(anna, 'Hej');
    await adapter.perform(account, { action: 'block', authorPlatformId: anna.id, idempotencyKey: 'k-block' });
    const before = fake.requests.length;
    const error = await thrown(
      adapter.perform(account, {
        action: 'publicReply',
        targetPlatformId: status.id,
        text: 'Hej!',
        idempotencyKey: 'k1',
      }),
    );
    expect(error.retryable).toBe(true);
    expect(error.options.retryAfterMs).toBeGreaterThan(15_000);
    expect(fake.requests.length).toBe(before);
  });
});

describe('replies and actions', () => {
  it('replies with the mention, the visibility of the post and the Idempotency-Key; a retry posts once', async () => {
    const anna = fake.account('anna', { remoteHost: 'other.social' });
    const { status } = fake.mention(anna, 'Är återvinningen öppen?', { visibility: 'unlisted' });
    const request = {
      action: 'publicReply' as const,
      targetPlatformId: status.id,
      text: 'Ja, till 19 i dag.',
      idempotencyKey: 'act-123',
    };
    const first = await adapter.perform(account, request);
    const retry = await adapter.perform(account, request);
    expect(retry).toEqual(first);
    const posts = fake.calls('POST', /^\/api\/v1\/statuses$/);
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => p.headers['idempotency-key'])).toEqual(['act-123', 'act-123']);
    expect(posts[0]!.body).toMatchObject({
      status: '@anna@other.social Ja, till 19 i dag.',
      in_reply_to_id: status.id,
      visibility: 'unlisted',
    });
    const ours = [...fake.statuses.values()].filter((s) => s.account.id === fake.me.id);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ id: first.platformId, in_reply_to_id: status.id, visibility: 'unlisted' });
    expect(first.url).toBe(ours[0]!.url);
  });

  it('does not mention twice when the text already starts with the mention', async () => {
    const anna = fake.account('anna');
    const { status } = fake.mention(anna, 'Hej');
    await adapter.perform(account, {
      action: 'publicReply',
      targetPlatformId: status.id,
      text: '@anna hej!',
      idempotencyKey: 'k',
    });
    expect(fake.calls('POST', /statuses$/)[0]!.body).toMatchObject({ status: '@anna hej!', visibility: 'public' });
  });

  it('answers a direct message privately (visibility direct, mentioning the recipient)', async () => {
    const anna = fake.account('anna', { remoteHost: 'other.social' });
    const { status } = fake.mention(anna, 'Privat fråga', { visibility: 'direct' });
    const result = await adapter.perform(account, {
      action: 'privateReply',
      targetPlatformId: status.id,
      recipientPlatformId: anna.id,
      text: 'Vi hör av oss.',
      idempotencyKey: 'dm-1',
    });
    const post = fake.calls('POST', /statuses$/)[0]!;
    expect(post.headers['idempotency-key']).toBe('dm-1');
    expect(post.body).toMatchObject({
      status: '@anna@other.social Vi hör av oss.',
      visibility: 'direct',
      in_reply_to_id: status.id,
    });
    expect(fake.statuses.get(result.platformId)).toMatchObject({ visibility: 'direct' });
  });

  it('gives Mastodon’s own words on a 422 as a permanent failure, and retries a 5xx', async () => {
    const anna = fake.account('anna');
    const { status } = fake.mention(anna, 'Hej');
    fake.maxCharacters = 20;
    const tooLong = await thrown(
      adapter.perform(account, {
        action: 'publicReply',
        targetPlatformId: status.id,
        text: 'Det här svaret är alldeles för långt.',
        idempotencyKey: 'k2',
      }),
    );
    expect(tooLong.retryable).toBe(false);
    expect(tooLong.message).toMatch(/Text character limit of 20 exceeded/);
    fake.failNext(502, 'Bad Gateway', { path: /statuses$/ });
    const down = await thrown(
      adapter.perform(account, {
        action: 'publicReply',
        targetPlatformId: status.id,
        text: 'Hej',
        idempotencyKey: 'k3',
      }),
    );
    expect(down).toMatchObject({ retryable: true });
    expect(down.message).toMatch(/HTTP 502/);
  });

  it('deletes our post (again is fine), blocks, mutes and reports with the status', async () => {
    const post = fake.post('Fel information, tas bort');
    expect(
      await adapter.perform(account, { action: 'delete', targetPlatformId: post.id, idempotencyKey: 'd' }),
    ).toEqual({
      platformId: post.id,
    });
    expect(fake.statuses.has(post.id)).toBe(false);
    await adapter.perform(account, { action: 'delete', targetPlatformId: post.id, idempotencyKey: 'd' });

    const troll = fake.account('troll', { remoteHost: 'bad.example' });
    const { status } = fake.mention(troll, 'Spam spam');
    await adapter.perform(account, { action: 'block', authorPlatformId: troll.id, idempotencyKey: 'b' });
    await adapter.perform(account, { action: 'mute', authorPlatformId: troll.id, idempotencyKey: 'm' });
    expect([...fake.blocked, ...fake.muted]).toEqual([troll.id, troll.id]);
    const report = await adapter.perform(account, {
      action: 'report',
      targetPlatformId: status.id,
      reason: 'Spam',
      idempotencyKey: 'r',
    });
    expect(fake.reports).toHaveLength(1);
    expect(fake.reports[0]).toMatchObject({ id: report.platformId, comment: 'Spam' });
    expect(fake.calls('POST', /reports$/)[0]!.body).toMatchObject({
      account_id: troll.id,
      status_ids: [status.id],
      comment: 'Spam',
    });
  });

  it('refuses hide and ban with the reason, without calling Mastodon', async () => {
    const hide = await thrown(adapter.perform(account, { action: 'hide', targetPlatformId: '1', idempotencyKey: 'h' }));
    expect(hide).toMatchObject({ retryable: false, message: 'Mastodon cannot hide a reply from someone else.' });
    const ban = await thrown(adapter.perform(account, { action: 'ban', authorPlatformId: '1', idempotencyKey: 'b' }));
    expect(ban.retryable).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('follow requests', () => {
  it('lists who waits, authorises one and rejects another', async () => {
    const anna = fake.account('anna', { remoteHost: 'other.social', displayName: 'Anna A' });
    const bertil = fake.account('bertil');
    fake.requestFollow(anna);
    fake.requestFollow(bertil);
    const waiting = await adapter.listFollowRequests!(account, 40);
    expect(waiting.map((r) => [r.platformId, r.handle, r.displayName])).toEqual([
      [bertil.id, 'bertil', 'bertil'],
      [anna.id, 'anna@other.social', 'Anna A'],
    ]);
    await adapter.perform(account, { action: 'authorizeFollow', authorPlatformId: anna.id, idempotencyKey: 'a' });
    await adapter.perform(account, { action: 'rejectFollow', authorPlatformId: bertil.id, idempotencyKey: 'r' });
    expect(fake.followRequests).toEqual([]);
    expect(fake.me.followers_count).toBe(1235);
    expect(fake.calls('POST', /follow_requests/).map((r) => r.path)).toEqual([
      `/api/v1/follow_requests/${anna.id}/authorize`,
      `/api/v1/follow_requests/${bertil.id}/reject`,
    ]);
    const gone = await thrown(
      adapter.perform(account, { action: 'authorizeFollow', authorPlatformId: anna.id, idempotencyKey: 'a2' }),
    );
    expect(gone.retryable).toBe(false);
  });
});

describe('publishing', () => {
  it('schedules a post on Mastodon itself (scheduled_at) with the Idempotency-Key', async () => {
    const at = new Date(Date.now() + 3600_000);
    const result = await adapter.perform(account, {
      action: 'publish',
      text: 'Sophämtningen är försenad i morgon.',
      scheduledAt: at,
      idempotencyKey: 'pub-1',
    });
    expect(fake.scheduled).toHaveLength(1);
    expect(fake.scheduled[0]).toMatchObject({ id: result.platformId, scheduled_at: at.toISOString() });
    expect(fake.calls('POST', /statuses$/)[0]!.headers['idempotency-key']).toBe('pub-1');
    const soon = await thrown(
      adapter.perform(account, {
        action: 'publish',
        text: 'För tidigt',
        scheduledAt: new Date(Date.now() + 60_000),
        idempotencyKey: 'pub-2',
      }),
    );
    expect(soon.retryable).toBe(false);
    expect(soon.message).toMatch(/5 minutes/);
  });

  it('uploads images to /api/v2/media with their description and posts them', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const result = await adapter.perform(account, {
      action: 'publish',
      text: 'Nya cykelvägen',
      media: [{ mimeType: 'image/png', dataBase64: png, alt: 'Cykelväg längs ån' }],
      idempotencyKey: 'pub-3',
    });
    const [media] = [...fake.media.values()];
    expect(media).toMatchObject({ description: 'Cykelväg längs ån', bytes: 16, mimeType: 'image/png' });
    expect(fake.statuses.get(result.platformId)!.media_attachments.map((m) => m.id)).toEqual([media!.id]);
    expect(fake.calls('GET', /\/api\/v1\/media\//)).toHaveLength(0); // processed at once: no polling
  });

  it('waits for an image Mastodon processes in the background before posting it', async () => {
    fake.mediaProcessingPolls = 1;
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    const result = await adapter.perform(account, {
      action: 'publish',
      text: 'Stor bild',
      media: [{ mimeType: 'image/png', dataBase64: png }],
      idempotencyKey: 'pub-4',
    });
    expect(fake.calls('GET', /\/api\/v1\/media\//)).toHaveLength(2); // 206 processing, then 200
    expect(fake.statuses.get(result.platformId)!.media_attachments).toHaveLength(1);
  });
});
