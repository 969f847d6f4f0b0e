import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { pendingJobs } from '../channel-fixtures.js';
import { FakeGraphServer } from './fake-graph-server.js';
import {
  instagramCommentDelivery,
  instagramMentionDelivery,
  pageCommentDelivery,
  signDelivery,
} from './fixtures/meta-fixtures.js';
import { APP_SECRET, makeMetaChannel, metaEnv, uniqueId, VERIFY_TOKEN } from './meta-test-support.js';
import { processMetaDelivery, processPendingMetaDeliveries } from './process-meta-delivery.js';
import { receiveMetaDelivery } from './receive-meta-delivery.js';
import { signMetaBody } from './meta-signature.js';
import { syncChannel } from '../sync-channel.js';

const DAY = 24 * 3600_000;
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

const post = (payload: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'POST', url: '/api/webhooks/meta', payload, headers });

const deliveries = () => t.db.selectFrom('meta_webhook_deliveries').selectAll().orderBy('id').execute();
const metaJobs = async () => (await pendingJobs(t)).filter((j) => j.task_identifier === 'meta.process-delivery');

/** Sends a signed delivery, expects 200, and runs its job as the worker would. */
async function deliver(body: Record<string, unknown>) {
  const before = new Set((await metaJobs()).map((j) => (j.payload as { deliveryId: string }).deliveryId));
  const { payload, headers } = signDelivery(body, APP_SECRET);
  const res = await post(payload, headers);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json()).toEqual({ received: true });
  const job = (await metaJobs()).find((j) => !before.has((j.payload as { deliveryId: string }).deliveryId));
  expect(job, 'the delivery has its job').toBeDefined();
  const deliveryId = (job!.payload as { deliveryId: string }).deliveryId;
  return { deliveryId, result: await processMetaDelivery(t.ctx, deliveryId) };
}

const itemOf = (channelId: string, platformId: string) =>
  t.db
    .selectFrom('items')
    .selectAll()
    .where('channel_id', '=', channelId)
    .where('platform_id', '=', platformId)
    .executeTakeFirst();

const aPageComment = (pageId: string, extra: Partial<Parameters<typeof pageCommentDelivery>[0]> = {}) =>
  pageCommentDelivery({
    pageId,
    postId: `${pageId}_${uniqueId()}`,
    commentId: `${uniqueId()}_${uniqueId()}`,
    from: { id: uniqueId(), name: 'Karin Lund' },
    message: 'Varför är inte Storgatan plogad? Jag kommer inte till jobbet.',
    ...extra,
  });

describe('GET /api/webhooks/meta (verification handshake)', () => {
  it('answers the challenge as text when the verify token matches', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe('1158201444');
  });

  it('refuses a wrong token or mode with 403', async () => {
    const warn = vi.spyOn(t.ctx.log, 'warn');
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=not-the-token&hub.challenge=1',
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).not.toContain('1');
    const mode = await t.app.inject({
      method: 'GET',
      url: `/api/webhooks/meta?hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`,
    });
    expect(mode.statusCode).toBe(403);
    expect(warn).toHaveBeenCalledWith(expect.anything(), 'meta webhook handshake refused');
    warn.mockRestore();
  });
});

describe('raw bodies stay inside the webhook', () => {
  it('leaves JSON parsing of every other route as it was', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ email: 'nobody@example.test', password: 'wrong password' }),
      headers: { 'content-type': 'application/json' },
    });
    // Parsed and validated as JSON: a failed login, not an unsupported or unparsed body.
    expect(res.statusCode).toBe(401);
    const invalid = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email": 1',
      headers: { 'content-type': 'application/json' },
    });
    expect(invalid.statusCode).toBe(400);
  });
});

describe('POST /api/webhooks/meta: rejections', () => {
  it('refuses missing, forged, wrongly keyed and altered signatures with 401, logs why and stores nothing', async () => {
    const warn = vi.spyOn(t.ctx.log, 'warn');
    const stored = (await deliveries()).length;
    const body = JSON.stringify(aPageComment(uniqueId()));
    const json = { 'content-type': 'application/json' };
    const cases: Array<[string, Record<string, string>, string]> = [
      ['missing', json, body],
      ['forged', { ...json, 'x-hub-signature-256': `sha256=${'ab'.repeat(32)}` }, body],
      ['not hex', { ...json, 'x-hub-signature-256': 'sha256=zz' }, body],
      ['wrong secret', { ...json, 'x-hub-signature-256': signMetaBody('another-app-secret', body) }, body],
      [
        'form-encoded, forged',
        { 'content-type': 'application/x-www-form-urlencoded', 'x-hub-signature-256': `sha256=${'cd'.repeat(32)}` },
        'a=1',
      ],
      [
        'altered after signing',
        { ...json, 'x-hub-signature-256': signMetaBody(APP_SECRET, body) },
        body.replace('plogad', 'sandad'),
      ],
    ];
    for (const [label, headers, payload] of cases) {
      const res = await post(payload, headers);
      expect(res.statusCode, label).toBe(401);
    }
    expect((await deliveries()).length).toBe(stored);
    const reasons = warn.mock.calls.map((c) => (c[0] as { reason: string }).reason);
    expect(reasons).toEqual([
      'no X-Hub-Signature-256 header',
      'signature does not match the body',
      'signature does not match the body',
      'signature does not match the body',
      'signature does not match the body',
      'signature does not match the body',
    ]);
    warn.mockRestore();
  });

  it('answers 503 when no app secret is configured', async () => {
    const { payload } = signDelivery(aPageComment(uniqueId()), APP_SECRET);
    const unconfigured = { ...t.ctx, config: { ...t.config, meta: { ...t.config.meta, appSecret: undefined } } };
    await expect(
      receiveMetaDelivery(unconfigured, Buffer.from(payload), signMetaBody(APP_SECRET, payload)),
    ).rejects.toMatchObject({ statusCode: 503 });
  });

  it('refuses signed bodies that are not JSON, not a delivery, or for another object with 400', async () => {
    const stored = (await deliveries()).length;
    for (const body of [
      '{"object": "page", "entry": [',
      '"just a string"',
      JSON.stringify({ object: 'user', entry: [{ id: '1', time: Math.floor(Date.now() / 1000) }] }),
      JSON.stringify({ object: 'page', entry: [] }),
    ]) {
      const { payload, headers } = signDelivery(body, APP_SECRET);
      const res = await post(payload, headers);
      expect(res.statusCode, body).toBe(400);
    }
    expect((await deliveries()).length).toBe(stored);
  });

  it('refuses a stale delivery (every entry older than 7 days) with 400', async () => {
    const stored = (await deliveries()).length;
    const old = aPageComment(uniqueId(), { time: new Date(Date.now() - 8 * 24 * 3600_000) });
    const { payload, headers } = signDelivery(old, APP_SECRET);
    const res = await post(payload, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/older than 7 days/);
    expect((await deliveries()).length).toBe(stored);
  });

  it('takes a replay as a 200 duplicate and processes nothing twice', async () => {
    const pageId = uniqueId();
    const channel = await makeMetaChannel(t, 'facebook', pageId, 'EAAtoken-replay-000000000000');
    const body = aPageComment(pageId);
    const { deliveryId } = await deliver(body);
    const jobsBefore = (await metaJobs()).length;
    const { payload, headers } = signDelivery(body, APP_SECRET);
    const again = await post(payload, headers);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ duplicate: true });
    expect((await metaJobs()).length).toBe(jobsBefore);
    const commentId = (body.entry as any)[0].changes[0].value.comment_id; // eslint-disable-line @typescript-eslint/no-explicit-any
    const same = (await deliveries()).filter((d) => JSON.stringify(d.payload).includes(commentId));
    expect(same).toHaveLength(1);
    // Running the job again (a worker retry) changes nothing either.
    expect(await processMetaDelivery(t.ctx, deliveryId)).toEqual({ status: 'done', inserted: 0 });
    const count = await t.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('channel_id', '=', channel.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });
});

describe('POST /api/webhooks/meta: Facebook Page comments', () => {
  it("stores the delivery with its job, and the job puts the comment in the right channel's conversation", async () => {
    const pageId = uniqueId();
    const channel = await makeMetaChannel(t, 'facebook', pageId, 'EAAtoken-page-a-0000000000000');
    const other = await makeMetaChannel(t, 'facebook', uniqueId(), 'EAAtoken-page-b-0000000000000');
    const body = aPageComment(pageId);
    const value = (body.entry as any)[0].changes[0].value; // eslint-disable-line @typescript-eslint/no-explicit-any
    const { deliveryId, result } = await deliver(body);
    expect(result).toEqual({ status: 'processed', inserted: 1 });

    const delivery = await t.db
      .selectFrom('meta_webhook_deliveries')
      .selectAll()
      .where('id', '=', deliveryId)
      .executeTakeFirstOrThrow();
    expect(delivery).toMatchObject({ object: 'page', status: 'processed', unmatched_ids: [] });

    const item = await itemOf(channel.id, value.comment_id);
    expect(item).toMatchObject({
      workspace_id: channel.workspaceId,
      kind: 'comment',
      direction: 'inbound',
      text: value.message,
      author_platform_id: value.from.id,
      author_name: 'Karin Lund',
      thread_platform_id: value.post_id,
    });
    const conversation = await t.db
      .selectFrom('conversations')
      .selectAll()
      .where('id', '=', item!.conversation_id)
      .executeTakeFirstOrThrow();
    expect(conversation.channel_id).toBe(channel.id);
    expect(await t.db.selectFrom('items').select('id').where('channel_id', '=', other.id).execute()).toEqual([]);
  });

  it("keeps the post's text as the conversation's thread context, read from the Graph API", async () => {
    const pageId = uniqueId();
    const token = `EAAtoken-context-${uniqueId()}`;
    graph.addPage(pageId, { name: 'Ekeby kommun' }, token);
    const postId = `${pageId}_${uniqueId()}`;
    graph.addPost(
      pageId,
      postId,
      'Från måndag gäller nya tider för återvinningscentralen.',
      new Date(Date.now() - DAY),
    );
    const channel = await makeMetaChannel(t, 'facebook', pageId, token);
    const body = aPageComment(pageId, { postId });
    await deliver(body);
    const commentId = (body.entry as any)[0].changes[0].value.comment_id; // eslint-disable-line @typescript-eslint/no-explicit-any
    const item = await itemOf(channel.id, commentId);
    const conversation = await t.db
      .selectFrom('conversations')
      .select('thread_context')
      .where('id', '=', item!.conversation_id)
      .executeTakeFirstOrThrow();
    expect(conversation.thread_context).toMatchObject({
      platformId: postId,
      text: 'Från måndag gäller nya tider för återvinningscentralen.',
      url: `https://www.facebook.com/${postId}`,
    });
  });

  it('applies an edit (keeping the earlier text) and a removal', async () => {
    const pageId = uniqueId();
    const channel = await makeMetaChannel(t, 'facebook', pageId, 'EAAtoken-page-edit-000000000');
    const first = aPageComment(pageId, { message: 'Soptunnan har inte tömts på två veckor.' });
    const v = (first.entry as any)[0].changes[0].value; // eslint-disable-line @typescript-eslint/no-explicit-any
    await deliver(first);
    const ids = {
      postId: v.post_id,
      commentId: v.comment_id,
      from: v.from,
      createdAt: new Date(v.created_time * 1000),
    };
    const edited = await deliver(
      pageCommentDelivery({ pageId, ...ids, verb: 'edited', message: 'Soptunnan har inte tömts på tre veckor!' }),
    );
    expect(edited.result.status).toBe('processed');
    const afterEdit = await itemOf(channel.id, v.comment_id);
    expect(afterEdit).toMatchObject({ text: 'Soptunnan har inte tömts på tre veckor!', version: 2 });
    expect(afterEdit!.edited_at).not.toBeNull();
    const versions = await t.db.selectFrom('item_versions').selectAll().where('item_id', '=', afterEdit!.id).execute();
    expect(versions.map((x) => [x.text, x.change])).toEqual([['Soptunnan har inte tömts på två veckor.', 'edited']]);

    await deliver(pageCommentDelivery({ pageId, ...ids, verb: 'remove', time: new Date(Date.now() + 1000) }));
    const afterRemove = await itemOf(channel.id, v.comment_id);
    expect(afterRemove!.deleted_at).not.toBeNull();
  });

  it("takes a visitor's post on the Page into the inbox", async () => {
    const pageId = uniqueId();
    const channel = await makeMetaChannel(t, 'facebook', pageId, `EAAtoken-visitor-${uniqueId()}`);
    const postId = `${pageId}_${uniqueId()}`;
    await deliver(aPageComment(pageId, { item: 'status', postId, message: 'Parkeringen vid skolan är farlig.' }));
    expect(await itemOf(channel.id, postId)).toMatchObject({
      kind: 'comment',
      text: 'Parkeringen vid skolan är farlig.',
      thread_platform_id: postId,
    });
  });

  it("leaves out the Page's own comments (our replies) and hide echoes", async () => {
    const pageId = uniqueId();
    const channel = await makeMetaChannel(t, 'facebook', pageId, 'EAAtoken-page-own-0000000000');
    const own = aPageComment(pageId, { from: { id: pageId, name: 'Ekeby kommun' }, message: 'Tack, vi kollar!' });
    expect((await deliver(own)).result).toEqual({ status: 'processed', inserted: 0 });
    const hide = aPageComment(pageId, { verb: 'hide' });
    expect((await deliver(hide)).result).toEqual({ status: 'processed', inserted: 0 });
    expect(await t.db.selectFrom('items').select('id').where('channel_id', '=', channel.id).execute()).toEqual([]);
  });

  it('keeps a delivery for a Page no channel has connected as unmatched', async () => {
    const stranger = uniqueId();
    const { deliveryId, result } = await deliver(aPageComment(stranger));
    expect(result).toEqual({ status: 'unmatched', inserted: 0 });
    const row = await t.db
      .selectFrom('meta_webhook_deliveries')
      .selectAll()
      .where('id', '=', deliveryId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'unmatched', unmatched_ids: [stranger] });
    expect(row.payload).toMatchObject({ object: 'page' });
  });
});

describe('POST /api/webhooks/meta: Instagram', () => {
  it('turns a comment and a reply into items under the media', async () => {
    const igUserId = uniqueId();
    const channel = await makeMetaChannel(t, 'instagram', igUserId, 'EAAtoken-ig-comments-0000000');
    const mediaId = uniqueId();
    const commentId = uniqueId();
    await deliver(
      instagramCommentDelivery({
        igUserId,
        mediaId,
        commentId,
        from: { id: uniqueId(), username: 'sara.b' },
        text: 'När öppnar simhallen igen?',
      }),
    );
    expect(await itemOf(channel.id, commentId)).toMatchObject({
      kind: 'comment',
      text: 'När öppnar simhallen igen?',
      author_handle: 'sara.b',
      thread_platform_id: mediaId,
    });
    const replyId = uniqueId();
    await deliver(
      instagramCommentDelivery({
        igUserId,
        mediaId,
        commentId: replyId,
        parentId: commentId,
        from: { id: uniqueId(), username: 'olle_p' },
        text: 'Undrar samma sak',
      }),
    );
    expect(await itemOf(channel.id, replyId)).toMatchObject({ kind: 'reply', parent_platform_id: commentId });
  });

  it('fetches a mention in a comment and in a caption from the Graph API and stores both', async () => {
    const igUserId = uniqueId();
    const token = 'EAAtoken-ig-mentions-0000000';
    graph.addIgUser(igUserId, { username: 'ekeby.kommun' }, token);
    const channel = await makeMetaChannel(t, 'instagram', igUserId, token);
    const theirMedia = uniqueId();
    const otherUser = uniqueId();
    graph.addIgUser(otherUser, { username: 'lokaltidningen' }, 'unused-token-000000000000');
    graph.addPost(
      otherUser,
      theirMedia,
      'Stort vattenläckage på Storgatan @ekeby.kommun',
      new Date(Date.now() - 3600_000),
    );
    const commentId = uniqueId();
    graph.addComment({
      id: commentId,
      parentObjectId: theirMedia,
      message: '@ekeby.kommun när är vattnet tillbaka?',
      from: { id: uniqueId(), username: 'nils.e' },
      createdAt: new Date(Date.now() - 60_000),
    });

    await deliver(instagramMentionDelivery({ igUserId, mediaId: theirMedia, commentId }));
    expect(await itemOf(channel.id, commentId)).toMatchObject({
      kind: 'mention',
      text: '@ekeby.kommun när är vattnet tillbaka?',
      author_handle: 'nils.e',
      thread_platform_id: theirMedia,
    });
    await deliver(instagramMentionDelivery({ igUserId, mediaId: theirMedia }));
    expect(await itemOf(channel.id, theirMedia)).toMatchObject({
      kind: 'mention',
      text: 'Stort vattenläckage på Storgatan @ekeby.kommun',
      author_handle: 'lokaltidningen',
    });
    const calls = graph.requestsTo('GET', igUserId).map((r) => r.query.fields);
    expect(calls.some((f) => f?.startsWith(`mentioned_comment.comment_id(${commentId})`))).toBe(true);
    expect(calls.some((f) => f?.startsWith(`mentioned_media.media_id(${theirMedia})`))).toBe(true);
    // appsecret_proof rides along on every call when an app secret is configured.
    expect(graph.requestsTo('GET', igUserId).every((r) => /^[0-9a-f]{64}$/.test(r.query.appsecret_proof ?? ''))).toBe(
      true,
    );
  });
});

describe('nothing is lost', () => {
  it('keeps a mention pending while the token is revoked (channel unhealthy), and stores it once access is back', async () => {
    const igUserId = uniqueId();
    const token = `EAAtoken-ig-revoked-${uniqueId()}`;
    graph.addIgUser(igUserId, { username: 'ekeby.kommun' }, token);
    const channel = await makeMetaChannel(t, 'instagram', igUserId, token);
    const media = uniqueId();
    graph.addPost(uniqueId(), media, 'Bilder från festivalen @ekeby.kommun');
    graph.revokedTokens.add(token);

    const { payload, headers } = signDelivery(instagramMentionDelivery({ igUserId, mediaId: media }), APP_SECRET);
    expect((await post(payload, headers)).statusCode).toBe(200);
    const job = (await metaJobs()).at(-1)!;
    const deliveryId = (job.payload as { deliveryId: string }).deliveryId;
    await expect(processMetaDelivery(t.ctx, deliveryId)).rejects.toThrow(/no longer accepts the access token/);
    const row = await t.db.selectFrom('channels').selectAll().where('id', '=', channel.id).executeTakeFirstOrThrow();
    expect(row.health).toBe('unhealthy');
    const pending = await t.db
      .selectFrom('meta_webhook_deliveries')
      .select('status')
      .where('id', '=', deliveryId)
      .executeTakeFirstOrThrow();
    expect(pending.status).toBe('pending');

    graph.revokedTokens.delete(token); // reconnected / token renewed
    expect(await processMetaDelivery(t.ctx, deliveryId)).toEqual({ status: 'processed', inserted: 1 });
    expect(await itemOf(channel.id, media)).toMatchObject({
      kind: 'mention',
      text: 'Bilder från festivalen @ekeby.kommun',
    });
  });

  it('skips a mention Meta no longer shows without holding up the other entries', async () => {
    const igUserId = uniqueId();
    const token = `EAAtoken-ig-gone-${uniqueId()}`;
    graph.addIgUser(igUserId, { username: 'ekeby.kommun' }, token);
    const channel = await makeMetaChannel(t, 'instagram', igUserId, token);
    const gone = instagramMentionDelivery({ igUserId, mediaId: uniqueId(), commentId: uniqueId() });
    const comment = instagramCommentDelivery({
      igUserId,
      mediaId: uniqueId(),
      commentId: uniqueId(),
      from: { id: uniqueId(), username: 'sara.b' },
      text: 'Hej!',
    });
    (gone.entry as unknown[]).push(...(comment.entry as unknown[]));
    const { result } = await deliver(gone);
    expect(result).toEqual({ status: 'processed', inserted: 1 });
    const items = await t.db.selectFrom('items').select('text').where('channel_id', '=', channel.id).execute();
    expect(items).toEqual([{ text: 'Hej!' }]);
  });

  it('processes the known Pages of a mixed delivery and records the unknown ones', async () => {
    const known = uniqueId();
    const stranger = uniqueId();
    const channel = await makeMetaChannel(t, 'facebook', known, `EAAtoken-mixed-${uniqueId()}`);
    const body = aPageComment(known);
    (body.entry as unknown[]).push(...(aPageComment(stranger).entry as unknown[]));
    const { deliveryId, result } = await deliver(body);
    expect(result).toEqual({ status: 'processed', inserted: 1 });
    const row = await t.db
      .selectFrom('meta_webhook_deliveries')
      .selectAll()
      .where('id', '=', deliveryId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'processed', unmatched_ids: [stranger] });
    expect(await t.db.selectFrom('items').select('id').where('channel_id', '=', channel.id).execute()).toHaveLength(1);
  });

  it('the safety-net poll brings what the webhook missed, and nothing twice', async () => {
    const pageId = uniqueId();
    const token = `EAAtoken-poll-${uniqueId()}`;
    graph.addPage(pageId, { name: 'Ekeby kommun', username: 'ekebykommun', followers_count: 10 }, token);
    const postId = `${pageId}_${uniqueId()}`;
    graph.addPost(pageId, postId, 'Vägarbete på Storgatan', new Date(Date.now() - 3 * 3600_000));
    const channel = await makeMetaChannel(t, 'facebook', pageId, token);
    const seen = { id: `${uniqueId()}_1`, from: { id: uniqueId(), name: 'Karin Lund' } };
    const missed = { id: `${uniqueId()}_2`, from: { id: uniqueId(), name: 'Per Holm' } };
    for (const [c, ago, text] of [
      [seen, 2 * 3600_000, 'Hur länge pågår arbetet?'],
      [missed, 3600_000, 'Bussen går inte heller!'],
    ] as const) {
      graph.addComment({
        id: c.id,
        parentObjectId: postId,
        message: text,
        from: c.from,
        createdAt: new Date(Date.now() - ago),
      });
    }
    // The webhook delivered the first comment; the second came while it was down.
    await deliver(
      pageCommentDelivery({
        pageId,
        postId,
        commentId: seen.id,
        from: seen.from,
        message: 'Hur länge pågår arbetet?',
        createdAt: new Date(Date.now() - 2 * 3600_000),
      }),
    );
    const sync = await syncChannel(t.ctx, channel.id);
    expect(sync).toMatchObject({ status: 'synced', newItems: 1 });
    const items = await t.db
      .selectFrom('items')
      .select(['platform_id', 'text'])
      .where('channel_id', '=', channel.id)
      .orderBy('occurred_at')
      .execute();
    expect(items).toEqual([
      { platform_id: seen.id, text: 'Hur länge pågår arbetet?' },
      { platform_id: missed.id, text: 'Bussen går inte heller!' },
    ]);
    expect(sync.nextInMs).toBe(5 * 60_000);
  });
});

describe('a burst of deliveries', () => {
  it('is processed as one batch in arrival order; the later jobs find nothing left to do', async () => {
    const pageId = uniqueId();
    const channel = await makeMetaChannel(t, 'facebook', pageId, 'EAAtoken-page-burst-00000000');
    const stranger = uniqueId();
    const first = aPageComment(pageId, { message: 'När töms glasigloon på Torget?' });
    const v = (first.entry as any)[0].changes[0].value; // eslint-disable-line @typescript-eslint/no-explicit-any
    const edit = pageCommentDelivery({
      pageId,
      postId: v.post_id,
      commentId: v.comment_id,
      from: v.from,
      createdAt: new Date(v.created_time * 1000),
      verb: 'edited',
      message: 'När töms glasigloon på Torget? Den är full igen.',
    });
    const other = aPageComment(pageId, { message: 'Tack för snabb hjälp med bygglovet!' });
    const ids: string[] = [];
    for (const body of [first, edit, aPageComment(stranger), other]) {
      const { payload, headers } = signDelivery(body, APP_SECRET);
      expect((await post(payload, headers)).statusCode).toBe(200);
      ids.push((await deliveries()).at(-1)!.id);
    }

    expect(await processMetaDelivery(t.ctx, ids[0]!)).toEqual({ status: 'processed', inserted: 2 });
    const rows = (await deliveries()).filter((d) => ids.includes(d.id));
    expect(rows.map((d) => d.status)).toEqual(['processed', 'processed', 'unmatched', 'processed']);
    const item = await itemOf(channel.id, v.comment_id);
    expect(item).toMatchObject({ text: 'När töms glasigloon på Torget? Den är full igen.', version: 2 });
    for (const id of ids.slice(1)) {
      expect(await processMetaDelivery(t.ctx, id)).toEqual({ status: 'done', inserted: 0 });
    }
    const items = await t.db.selectFrom('items').select('platform_id').where('channel_id', '=', channel.id).execute();
    expect(items).toHaveLength(2);
  });
});

describe('the processing run', () => {
  it('takes everything pending in order; a delivery that cannot be fetched yet waits without holding up the rest', async () => {
    const igUserId = uniqueId();
    const token = `EAAtoken-ig-run-${uniqueId()}`;
    graph.addIgUser(igUserId, { username: 'ekeby.kommun' }, token);
    const ig = await makeMetaChannel(t, 'instagram', igUserId, token);
    const media = uniqueId();
    graph.addPost(uniqueId(), media, 'Konsert i parken @ekeby.kommun');
    graph.revokedTokens.add(token);
    const pageId = uniqueId();
    const fb = await makeMetaChannel(t, 'facebook', pageId, 'EAAtoken-page-run-00000000000');
    const comment = aPageComment(pageId, { message: 'Var kan jag parkera vid konserten?' });
    const commentId = (comment.entry as any)[0].changes[0].value.comment_id; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const body of [instagramMentionDelivery({ igUserId, mediaId: media }), comment]) {
      const { payload, headers } = signDelivery(body, APP_SECRET);
      expect((await post(payload, headers)).statusCode).toBe(200);
    }
    // One pending run for the whole burst, not one job per delivery.
    expect((await metaJobs()).filter((j) => j.key === 'meta:deliveries')).toHaveLength(1);

    await expect(processPendingMetaDeliveries(t.ctx)).rejects.toThrow(/no longer accepts the access token/);
    expect(await itemOf(fb.id, commentId)).toMatchObject({ text: 'Var kan jag parkera vid konserten?' });
    expect(await itemOf(ig.id, media)).toBeUndefined();

    graph.revokedTokens.delete(token);
    expect(await processPendingMetaDeliveries(t.ctx)).toMatchObject({ more: false });
    expect(await itemOf(ig.id, media)).toMatchObject({ kind: 'mention' });
    expect(
      await t.db.selectFrom('meta_webhook_deliveries').select('id').where('status', '=', 'pending').execute(),
    ).toEqual([]);
  });
});
