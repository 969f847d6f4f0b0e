import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { toChannelAccount } from '../channel-account.js';
import { ChannelError, type ChannelAccount } from '../channel.js';
import * as channels from '../channels.repository.js';
import { performAction } from '../perform-action.js';
import { type FakeGraphError, FakeGraphServer } from './fake-graph-server.js';
import { APP_SECRET, makeMetaChannel, metaEnv, uniqueId } from './meta-test-support.js';

let t: TestApp;
let graph: FakeGraphServer;
beforeAll(async () => {
  graph = await new FakeGraphServer().start();
  t = await createTestApp({ env: metaEnv(graph.url) });
});
afterAll(async () => {
  await t?.close();
  await graph?.close();
});
beforeEach(() => {
  graph.failNext.length = 0;
});

const DAY = 24 * 3600_000;
const facebook = () => t.ctx.channels.get('facebook');
const instagram = () => t.ctx.channels.get('instagram');

/** A Page on the fake Graph API with one post, connected as a Facebook channel. */
async function connectedPage() {
  const pageId = uniqueId();
  const token = `EAApage${uniqueId()}`;
  graph.addPage(
    pageId,
    {
      name: 'Ekeby kommun',
      username: 'ekebykommun',
      followers_count: 12_345,
      fan_count: 12_001,
      about: 'Officiell sida för Ekeby kommun',
      website: 'https://ekeby.se',
      link: 'https://www.facebook.com/ekebykommun',
      picture: { data: { url: 'https://scontent.example/ekeby.jpg' } },
    },
    token,
  );
  const postId = `${pageId}_${uniqueId()}`;
  graph.addPost(pageId, postId, 'Snöröjningen börjar i natt.', new Date(Date.now() - 2 * DAY));
  const channel = await makeMetaChannel(t, 'facebook', pageId, token);
  return { pageId, token, postId, channel, account: toChannelAccount(channel, t.ctx.secrets) };
}

function addComment(postId: string, ageMs = 60_000, from = { id: uniqueId(), name: 'Karin Lund' }) {
  const id = `${postId.split('_')[1]}_${uniqueId()}`;
  graph.addComment({
    id,
    parentObjectId: postId,
    message: 'Varför är inte Storgatan plogad?',
    from,
    createdAt: new Date(Date.now() - ageMs),
  });
  return id;
}

async function act(
  channel: { id: string; workspaceId: string },
  kind: string,
  target: string | null,
  body: string | null = null,
  params: Record<string, unknown> = {},
) {
  const action = await channels.insertOutboundAction(t.db, {
    workspaceId: channel.workspaceId,
    channelId: channel.id,
    kind,
    targetPlatformId: target,
    body,
    params,
    createdBy: null,
  });
  await performAction(t.ctx, action.id, { attempt: 1, maxAttempts: 5 }).catch(() => undefined);
  return t.db.selectFrom('outbound_actions').selectAll().where('id', '=', action.id).executeTakeFirstOrThrow();
}

async function thrown(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

describe('Facebook adapter', () => {
  it('reads the Page profile with its id, followers and fields', async () => {
    const { pageId, account } = await connectedPage();
    const profile = await facebook().testConnection(account);
    expect(profile).toEqual({
      platformId: pageId,
      handle: 'ekebykommun',
      displayName: 'Ekeby kommun',
      followers: 12_345,
      bio: 'Officiell sida för Ekeby kommun',
      url: 'https://www.facebook.com/ekebykommun',
      avatarUrl: 'https://scontent.example/ekeby.jpg',
      fields: [{ name: 'Website', value: 'https://ekeby.se' }],
    });
    const call = graph.requestsTo('GET', pageId).at(-1)!;
    expect(call.query.fields).toBe('id,name,username,followers_count,fan_count,about,website,link,picture');
  });

  it('sends the token in a header with appsecret_proof, never in the URL', async () => {
    const { pageId, token, account } = await connectedPage();
    await facebook().testConnection(account);
    const call = graph.requestsTo('GET', pageId).at(-1)!;
    expect(call.token).toBe(token);
    expect(call.query.access_token).toBeUndefined();
    expect(call.query.appsecret_proof).toBe(createHmac('sha256', APP_SECRET).update(token).digest('hex'));
  });

  it('declares what a Page can and cannot do, with reasons and the 7-day private-reply window', () => {
    const caps = facebook().capabilities({} as ChannelAccount);
    expect(caps.privateReplyWindowMs).toBe(7 * DAY);
    expect(caps.ingest).toEqual(['webhook', 'poll']);
    for (const name of ['publicReply', 'privateReply', 'hide', 'delete', 'ban', 'publish'] as const)
      expect(caps.actions[name].supported, name).toBe(true);
    for (const name of ['report', 'mute', 'block', 'followRequests'] as const) {
      const capability = caps.actions[name];
      expect(capability.supported, name).toBe(false);
      expect(!capability.supported && capability.reason.length > 20, name).toBe(true);
    }
  });

  it('replies publicly under a comment', async () => {
    const { postId, channel } = await connectedPage();
    const commentId = addComment(postId);
    const action = await act(channel, 'publicReply', commentId, 'Plogbilen är på väg!');
    expect(action).toMatchObject({ status: 'sent', error: null });
    const reply = graph.comments.get(action.platform_id!);
    expect(reply).toMatchObject({ parentCommentId: commentId, message: 'Plogbilen är på väg!' });
  });

  it('does not post a reply twice when the job is retried after the call went through', async () => {
    const { postId, account } = await connectedPage();
    const commentId = addComment(postId);
    const request = {
      action: 'publicReply' as const,
      targetPlatformId: commentId,
      text: 'Vi tittar på det.',
      idempotencyKey: 'r1',
    };
    const first = await facebook().perform(account, request);
    const retried = await facebook().perform(account, request);
    expect(retried.platformId).toBe(first.platformId);
    const replies = [...graph.comments.values()].filter((c) => c.parentCommentId === commentId);
    expect(replies).toHaveLength(1);
    // A different text is a new reply.
    await facebook().perform(account, { ...request, text: 'Och en sak till.', idempotencyKey: 'r2' });
    expect([...graph.comments.values()].filter((c) => c.parentCommentId === commentId)).toHaveLength(2);
  });

  it('sends one private reply within 7 days, and refuses a second one clearly', async () => {
    const { pageId, postId, channel } = await connectedPage();
    const commentId = addComment(postId, 6 * DAY);
    const sent = await act(channel, 'privateReply', commentId, 'Hej! Kan du skicka din adress?', {
      recipientPlatformId: 'x',
    });
    expect(sent.status).toBe('sent');
    expect(graph.privateReplies.get(commentId)).toMatchObject({ text: 'Hej! Kan du skicka din adress?' });
    const call = graph.requestsTo('POST', `${pageId}/messages`).at(-1)!;
    expect(call.body).toMatchObject({
      recipient: { comment_id: commentId },
      message: { text: 'Hej! Kan du skicka din adress?' },
    });

    const second = await act(channel, 'privateReply', commentId, 'Och en till?');
    expect(second.status).toBe('failed');
    expect(second.error).toMatch(/one private reply .* within 7 days/);
  });

  it("answers a visitor's post on the Page publicly and privately (by post id)", async () => {
    const { pageId, channel } = await connectedPage();
    const visitorPost = `${pageId}_${uniqueId()}`;
    const visitor = uniqueId();
    graph.addPost(pageId, visitorPost, 'Ingen har tömt soporna på Ekvägen.', new Date(Date.now() - DAY));
    graph.postAuthors.set(visitorPost, visitor);
    const reply = await act(channel, 'publicReply', visitorPost, 'Vi skickar en bil i morgon.');
    expect(reply.status).toBe('sent');
    expect(graph.comments.get(reply.platform_id!)).toMatchObject({ parentObjectId: visitorPost, from: { id: pageId } });
    const dm = await act(channel, 'privateReply', visitorPost, 'Vilket husnummer gäller det?');
    expect(dm.status).toBe('sent');
    expect(graph.requestsTo('POST', `${pageId}/messages`).at(-1)!.body).toMatchObject({
      recipient: { post_id: visitorPost },
    });
  });

  it('refuses a private reply after 7 days with a permanent error, without calling Meta', async () => {
    const { pageId, postId, channel } = await connectedPage();
    const commentId = addComment(postId, 8 * DAY);
    const before = graph.requestsTo('POST', `${pageId}/messages`).length;
    const action = await act(channel, 'privateReply', commentId, 'Hej!');
    expect(action.status).toBe('failed');
    expect(action.attempts).toBe(1);
    expect(action.error).toMatch(/only allows a private reply within 7 days of the comment/);
    expect(graph.requestsTo('POST', `${pageId}/messages`).length).toBe(before);
  });

  it('hides, unhides and deletes a comment', async () => {
    const { postId, channel } = await connectedPage();
    const commentId = addComment(postId);
    expect((await act(channel, 'hide', commentId)).status).toBe('sent');
    expect(graph.comments.get(commentId)!.hidden).toBe(true);
    expect(graph.requestsTo('POST', commentId).at(-1)!.body).toEqual({ is_hidden: true });
    expect((await act(channel, 'unhide', commentId)).status).toBe('sent');
    expect(graph.comments.get(commentId)!.hidden).toBe(false);
    expect((await act(channel, 'delete', commentId)).status).toBe('sent');
    expect(graph.comments.get(commentId)!.deleted).toBe(true);
    // Deleting what is gone is Meta's code 100: a permanent, readable failure.
    const again = await act(channel, 'delete', commentId);
    expect(again).toMatchObject({ status: 'failed' });
    expect(again.error).toMatch(/Facebook refused the request: Unsupported delete request/);
  });

  it('bans the author from the Page (Page blocked users)', async () => {
    const { pageId, account } = await connectedPage();
    const user = uniqueId();
    const result = await facebook().perform(account, { action: 'ban', authorPlatformId: user, idempotencyKey: 'k1' });
    expect(result.platformId).toBe(user);
    expect(graph.blocked.get(pageId)?.has(user)).toBe(true);
    expect(graph.requestsTo('POST', `${pageId}/blocked`).at(-1)!.body).toEqual({ user });
  });

  it('bans through the action queue', async () => {
    const { pageId, channel } = await connectedPage();
    const user = uniqueId();
    const action = await act(channel, 'ban', null, null, { authorPlatformId: user });
    expect(action).toMatchObject({ status: 'sent', platform_id: user });
    expect(graph.blocked.get(pageId)?.has(user)).toBe(true);
  });

  it('refuses report and mute with the reason, without calling Meta', async () => {
    const { account } = await connectedPage();
    const count = graph.requests.length;
    const error = await thrown(
      facebook().perform(account, { action: 'report', targetPlatformId: '1', reason: 'spam', idempotencyKey: 'k' }),
    );
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/no API for reporting/);
    expect(graph.requests.length).toBe(count);
  });

  it("publishes a post now, and a later one with Meta's own scheduling", async () => {
    const { pageId, account } = await connectedPage();
    const now = await facebook().perform(account, {
      action: 'publish',
      text: 'Öppet hus på lördag!',
      idempotencyKey: 'p1',
    });
    expect(now.platformId).toMatch(new RegExp(`^${pageId}_`));
    const at = new Date(Date.now() + 2 * DAY);
    await facebook().perform(account, { action: 'publish', text: 'Påminnelse', idempotencyKey: 'p2', scheduledAt: at });
    expect(graph.published.at(-1)).toMatchObject({
      message: 'Påminnelse',
      published: false,
      scheduled_publish_time: Math.floor(at.getTime() / 1000),
    });
  });

  it('publishes with an image: uploaded unpublished, then attached', async () => {
    const { pageId, account } = await connectedPage();
    await facebook().perform(account, {
      action: 'publish',
      text: 'Nya lekparken',
      idempotencyKey: 'p3',
      media: [{ mimeType: 'image/png', dataBase64: Buffer.from('fake png').toString('base64'), alt: 'Lekpark' }],
    });
    const upload = graph.requestsTo('POST', `${pageId}/photos`).at(-1)!;
    expect(upload.contentType).toMatch(/^multipart\/form-data/);
    expect(graph.published.at(-1)).toMatchObject({
      message: 'Nya lekparken',
      attached_media: [{ media_fbid: expect.any(String) }],
    });
  });

  it('turns the channel unhealthy when the token is revoked (code 190)', async () => {
    const { token, postId, channel } = await connectedPage();
    const commentId = addComment(postId);
    graph.revokedTokens.add(token);
    const action = await act(channel, 'publicReply', commentId, 'Hej');
    expect(action.status).toBe('failed');
    expect(action.error).toMatch(/no longer accepts the access token.*Reconnect the channel/);
    const row = await channels.findChannelById(t.db, channel.id);
    expect(row).toMatchObject({ health: 'unhealthy' });
    expect(row!.health_reason).toMatch(/Reconnect the channel/);
  });

  it('says why the token stopped working (expired, password changed)', async () => {
    const { account } = await connectedPage();
    graph.failNext.push({
      status: 400,
      code: 190,
      subcode: 463,
      message: 'Error validating access token: Session has expired',
    });
    const expired = await thrown(facebook().testConnection(account));
    expect(expired).toMatchObject({ retryable: false, options: { unhealthy: true } });
    expect(expired.message).toMatch(/^Facebook no longer accepts the access token \(the token has expired\)/);
    graph.failNext.push({ status: 400, code: 190, subcode: 460, message: 'Error validating access token' });
    expect((await thrown(facebook().testConnection(account))).message).toMatch(/the password was changed/);
  });

  it('treats rate limits (codes 4, 32, 613 and HTTP 429) as retryable with a backoff', async () => {
    const { account } = await connectedPage();
    const cases: FakeGraphError[] = [
      { status: 400, code: 4, message: '(#4) Application request limit reached' },
      {
        status: 400,
        code: 32,
        message: '(#32) Page request limit reached',
        headers: {
          'x-business-use-case-usage': JSON.stringify({
            '1234': [
              { type: 'pages', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 7 },
            ],
          }),
        },
      },
      { status: 400, code: 613, message: 'Calls to this api have exceeded the rate limit.' },
      { status: 429, code: 17, message: '(#17) User request limit reached', headers: { 'retry-after': '90' } },
    ];
    const waits: number[] = [];
    for (const failure of cases) {
      graph.failNext.push(failure);
      const error = await thrown(facebook().testConnection(account));
      expect(error.retryable, failure.message).toBe(true);
      expect(error.options.unhealthy).toBeFalsy();
      expect(error.message).toMatch(/rate limiting/);
      waits.push(error.options.retryAfterMs!);
    }
    expect(waits).toEqual([60_000, 7 * 60_000, 60_000, 90_000]);
  });

  it('keeps a rate-limited action queued for another attempt instead of failing it', async () => {
    const { postId, channel } = await connectedPage();
    const commentId = addComment(postId);
    graph.failNext.push({ status: 400, code: 4, message: '(#4) Application request limit reached' });
    const action = await act(channel, 'publicReply', commentId, 'Hej');
    expect(action.status).not.toBe('failed');
    expect(action.error).toMatch(/rate limiting/);
  });

  it('treats 5xx and transient errors as retryable, and permission errors as permanent', async () => {
    const { account } = await connectedPage();
    graph.failNext.push({ status: 500, code: 2, message: 'An unexpected error has occurred.' });
    expect((await thrown(facebook().testConnection(account))).retryable).toBe(true);
    graph.failNext.push({ status: 403, code: 200, type: 'OAuthException', message: '(#200) Permissions error' });
    const permission = await thrown(facebook().testConnection(account));
    expect(permission.retryable).toBe(false);
    expect(permission.options.unhealthy).toBeFalsy();
  });

  it('polls recent comments since the cursor, oldest first, leaving out our own', async () => {
    const { pageId, postId, account } = await connectedPage();
    const older = addComment(postId, 3 * 3600_000);
    const newer = addComment(postId, 3600_000);
    addComment(postId, 1800_000, { id: pageId, name: 'Ekeby kommun' });
    const first = await facebook().fetchSince!(account, null, 100);
    expect(first.events.map((e) => e.platformId)).toEqual([older, newer]);
    expect(first.events[0]).toMatchObject({
      kind: 'comment',
      threadPlatformId: postId,
      threadContext: { platformId: postId, text: 'Snöröjningen börjar i natt.' },
    });
    const latest = addComment(postId, 60_000);
    const next = await facebook().fetchSince!(account, first.cursor, 100);
    // The cursor's own second is read again (redeliveries are dropped by ingestion); older ones are not.
    expect(next.events.map((e) => e.platformId)).toEqual([newer, latest]);
    expect(Number(next.cursor)).toBeGreaterThan(Number(first.cursor));
  });
});

describe('Instagram adapter', () => {
  async function connectedAccount() {
    const igUserId = uniqueId();
    const token = `EAAig${uniqueId()}`;
    graph.addIgUser(
      igUserId,
      {
        username: 'ekeby.kommun',
        name: 'Ekeby kommun',
        followers_count: 4_321,
        follows_count: 12,
        media_count: 87,
        biography: 'Vi svarar vardagar 8–17',
        website: 'https://ekeby.se',
        profile_picture_url: 'https://scontent.example/ig.jpg',
      },
      token,
    );
    const mediaId = uniqueId();
    graph.addPost(igUserId, mediaId, 'Nya badplatsen är öppen!', new Date(Date.now() - DAY));
    const channel = await makeMetaChannel(t, 'instagram', igUserId, token);
    return { igUserId, token, mediaId, channel, account: toChannelAccount(channel, t.ctx.secrets) };
  }

  function addIgComment(mediaId: string, ageMs = 60_000) {
    const id = uniqueId();
    graph.addComment({
      id,
      parentObjectId: mediaId,
      message: 'Finns det badvakt?',
      from: { id: uniqueId(), username: 'sara.b' },
      createdAt: new Date(Date.now() - ageMs),
    });
    return id;
  }

  it('reads the profile with followers, posts and bio', async () => {
    const { igUserId, account } = await connectedAccount();
    expect(await instagram().testConnection(account)).toMatchObject({
      platformId: igUserId,
      handle: 'ekeby.kommun',
      displayName: 'Ekeby kommun',
      followers: 4_321,
      following: 12,
      posts: 87,
      bio: 'Vi svarar vardagar 8–17',
      avatarUrl: 'https://scontent.example/ig.jpg',
    });
  });

  it('says in words why it cannot ban, block, mute, report or publish', () => {
    const caps = instagram().capabilities({} as ChannelAccount);
    for (const name of ['ban', 'block', 'mute', 'report', 'followRequests', 'publish'] as const) {
      const capability = caps.actions[name];
      expect(capability.supported, name).toBe(false);
      expect(!capability.supported && /Instagram/.test(capability.reason), name).toBe(true);
    }
    expect(caps.privateReplyWindowMs).toBe(7 * DAY);
  });

  it('replies, hides, unhides and deletes through the comment endpoints', async () => {
    const { mediaId, channel } = await connectedAccount();
    const commentId = addIgComment(mediaId);
    const reply = await act(channel, 'publicReply', commentId, 'Ja, 10–18 varje dag!');
    expect(reply.status).toBe('sent');
    expect(graph.requestsTo('POST', `${commentId}/replies`).at(-1)!.body).toEqual({ message: 'Ja, 10–18 varje dag!' });
    expect((await act(channel, 'hide', commentId)).status).toBe('sent');
    expect(graph.requestsTo('POST', commentId).at(-1)!.body).toEqual({ hide: true });
    expect(graph.comments.get(commentId)!.hidden).toBe(true);
    expect((await act(channel, 'unhide', commentId)).status).toBe('sent');
    expect(graph.comments.get(commentId)!.hidden).toBe(false);
    expect((await act(channel, 'delete', commentId)).status).toBe('sent');
    expect(graph.comments.get(commentId)!.deleted).toBe(true);
  });

  it('does not post a reply twice on a retry', async () => {
    const { mediaId, account } = await connectedAccount();
    const commentId = addIgComment(mediaId);
    const request = { action: 'publicReply' as const, targetPlatformId: commentId, text: 'Ja!', idempotencyKey: 'i1' };
    const first = await instagram().perform(account, request);
    expect((await instagram().perform(account, request)).platformId).toBe(first.platformId);
    expect([...graph.comments.values()].filter((c) => c.parentCommentId === commentId)).toHaveLength(1);
  });

  it('sends a private reply within 7 days and refuses one after', async () => {
    const { mediaId, channel } = await connectedAccount();
    const fresh = addIgComment(mediaId, DAY);
    expect((await act(channel, 'privateReply', fresh, 'Hej! Vi skickar info.')).status).toBe('sent');
    expect(graph.privateReplies.get(fresh)?.text).toBe('Hej! Vi skickar info.');
    const old = addIgComment(mediaId, 7 * DAY + 3600_000);
    const late = await act(channel, 'privateReply', old, 'Hej!');
    expect(late.status).toBe('failed');
    expect(late.error).toMatch(/Instagram only allows a private reply within 7 days/);
  });

  it("answers an @mention in a comment and in a caption on someone else's media through /mentions", async () => {
    const { igUserId, account } = await connectedAccount();
    const theirs = uniqueId();
    graph.addIgUser(theirs, { username: 'lokaltidningen' }, `EAAother${uniqueId()}`);
    const theirMedia = uniqueId();
    graph.addPost(theirs, theirMedia, 'Vattenläcka @ekeby.kommun', new Date(Date.now() - 3600_000));
    const commentId = uniqueId();
    graph.addComment({
      id: commentId,
      parentObjectId: theirMedia,
      message: '@ekeby.kommun hur länge till?',
      from: { id: uniqueId(), username: 'nils.e' },
      createdAt: new Date(),
    });

    const inComment = await instagram().perform(account, {
      action: 'publicReply',
      targetPlatformId: commentId,
      text: 'Vi räknar med i kväll.',
      idempotencyKey: 'm1',
    });
    expect(graph.requestsTo('POST', `${igUserId}/mentions`).at(-1)!.body).toEqual({
      media_id: theirMedia,
      comment_id: commentId,
      message: 'Vi räknar med i kväll.',
    });
    expect(graph.comments.get(inComment.platformId)).toMatchObject({ parentCommentId: commentId });

    const inCaption = await instagram().perform(account, {
      action: 'publicReply',
      targetPlatformId: theirMedia,
      text: 'Tack för tipset!',
      idempotencyKey: 'm2',
    });
    expect(graph.requestsTo('POST', `${igUserId}/mentions`).at(-1)!.body).toEqual({
      media_id: theirMedia,
      message: 'Tack för tipset!',
    });
    expect(graph.comments.get(inCaption.platformId)).toMatchObject({ parentObjectId: theirMedia });
  });

  it('polls comments and replies on recent media, oldest first', async () => {
    const { mediaId, account } = await connectedAccount();
    const a = addIgComment(mediaId, 2 * 3600_000);
    const b = addIgComment(mediaId, 3600_000);
    graph.addComment({
      id: uniqueId(),
      parentObjectId: mediaId,
      parentCommentId: a,
      message: 'Samma fråga',
      from: { id: uniqueId(), username: 'olle_p' },
      createdAt: new Date(Date.now() - 1800_000),
    });
    const result = await instagram().fetchSince!(account, null, 100);
    expect(result.events.map((e) => [e.kind, e.parentPlatformId])).toEqual([
      ['comment', mediaId],
      ['comment', mediaId],
      ['reply', a],
    ]);
    expect(result.events.slice(0, 2).map((e) => e.platformId)).toEqual([a, b]);
    expect(result.events[0]!.threadContext).toMatchObject({ platformId: mediaId, text: 'Nya badplatsen är öppen!' });
  });
});
