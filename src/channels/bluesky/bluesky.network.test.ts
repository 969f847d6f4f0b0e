/**
 * The Bluesky adapter against a real local AT Protocol network (PLC, PDS, AppView, Ozone from
 * @atproto/dev-env): our account and two others post, reply, mention and quote; the desk ingests,
 * answers, hides, blocks, mutes, reports and publishes, and we check the result on the network.
 * The tests run in order and share the network (starting one takes seconds to a minute).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AppBskyFeedDefs, AppBskyRichtextFacet } from '@atproto/api';
import {
  startBlueskyNetwork,
  type BlueskyNetwork,
  type BlueskyTestAccount,
} from '../../test-support/bluesky-network.js';
import { makeMember, makeWorkspace } from '../../test-support/factories.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { toChannelAccount } from '../channel-account.js';
import { ChannelRegistry } from '../channel-registry.js';
import { ChannelError, type ChannelAdapter } from '../channel.js';
import { waitFor } from '../channel-fixtures.js';
import * as repo from '../channels.repository.js';
import { performAction } from '../perform-action.js';
import { syncChannel } from '../sync-channel.js';
import { createBlueskyAdapter } from './bluesky.adapter.js';
import { parseAtUri } from './bluesky-map.js';

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let net: BlueskyNetwork;
let t: TestApp;
let us: BlueskyTestAccount;
let anna: BlueskyTestAccount;
let bo: BlueskyTestAccount;
let appPassword: { name: string; password: string };
let workspaceId: string;
let channelId: string;
let admin: TestClient;
let adapter: ChannelAdapter;
let root: { uri: string; cid: string };
let annaReply: { uri: string; cid: string };

beforeAll(async () => {
  [net, t] = await Promise.all([startBlueskyNetwork({ postgresUrl: inject('pgAdminUrl') }), createTestApp()]);
  [us, anna, bo] = await Promise.all([net.createAccount('kommun'), net.createAccount('anna'), net.createAccount('bo')]);
  appPassword = await net.createAppPassword(us);
  await us.agent.upsertProfile((p) => ({ ...p, displayName: 'Ekeby kommun', description: 'Vi svarar vardagar 8–17.' }));
  await bo.agent.follow(us.did);
  // Connecting reads our profile from the AppView, which sees new accounts only once it has indexed them.
  await net.waitIndexed();

  const ws = await makeWorkspace(t.db);
  workspaceId = ws.id;
  const adminUser = await makeMember(t.db, ws.id, ['admin']);
  admin = await t.login(adminUser.email);
  const credentials = { identifier: us.handle, appPassword: appPassword.password, serviceUrl: net.pdsUrl };
  const res = await admin.post(`/api/workspaces/${ws.id}/channels`, { kind: 'bluesky', name: 'Bluesky', credentials });
  expect(res.statusCode, res.body).toBe(201);
  channelId = (res.json() as { id: string }).id;
  adapter = t.ctx.channels.get('bluesky');
  root = await us.agent.post({ text: 'Sophämtningen flyttas till tisdag den här veckan.' });
  await net.waitIndexed();
}, 180_000);

afterAll(async () => {
  await t?.close();
  await net?.close();
});

const url = () => `/api/workspaces/${workspaceId}/channels/${channelId}`;
const account = async () => toChannelAccount((await repo.findChannelById(t.db, channelId))!, t.ctx.secrets);

async function items() {
  return t.db
    .selectFrom('items')
    .select(['platform_id', 'kind', 'text', 'author_platform_id', 'parent_platform_id', 'conversation_id'])
    .where('channel_id', '=', channelId)
    .where('direction', '=', 'inbound')
    .orderBy('occurred_at')
    .execute();
}

/** Ask for an action through the API and run its job, as the worker would. */
async function act(body: Record<string, unknown>) {
  const res = await admin.post(`${url()}/actions`, body);
  expect(res.statusCode, res.body).toBe(202);
  const id = (res.json() as { action: { id: string } }).action.id;
  await performAction(t.ctx, id, { attempt: 1, maxAttempts: 5 });
  const action = (await repo.findOutboundActionById(t.db, id))!;
  expect(action.error).toBeNull();
  expect(action.status).toBe('sent');
  return action;
}

async function threadOf(uri: string) {
  const res = await anna.agent.getPostThread({ uri, depth: 10 });
  return res.data.thread as AppBskyFeedDefs.ThreadViewPost;
}

describe('a Bluesky channel on a real local network', () => {
  it('connects through the API: the account is found by its DID, a wrong password or a second connect is refused', async () => {
    const channel = (await admin.get(url())).json();
    expect(channel).toMatchObject({ kind: 'bluesky', handle: us.handle, externalId: us.did, health: 'healthy' });
    expect(JSON.stringify(channel)).not.toContain(appPassword.password);
    const wrong = await admin.post(`/api/workspaces/${workspaceId}/channels`, {
      kind: 'bluesky',
      name: 'Bluesky 2',
      credentials: { identifier: us.handle, appPassword: 'wrong-pass-word-xxxx', serviceUrl: net.pdsUrl },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(
      /^Could not connect to Bluesky: Bluesky did not accept the app password/,
    );
    const missing = await admin.post(`/api/workspaces/${workspaceId}/channels`, {
      kind: 'bluesky',
      name: 'Bluesky 2',
      credentials: { identifier: us.handle },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/appPassword/);
    const again = await admin.post(`/api/workspaces/${workspaceId}/channels`, {
      kind: 'bluesky',
      name: 'Bluesky 2',
      credentials: { identifier: us.did, appPassword: appPassword.password, serviceUrl: net.pdsUrl },
    });
    expect(again.statusCode).toBe(409);
  });

  it('tests the connection: the profile with DID, handle, followers, posts and bio', async () => {
    const profile = await adapter.testConnection(await account());
    expect(profile).toMatchObject({
      platformId: us.did,
      handle: us.handle,
      displayName: 'Ekeby kommun',
      followers: 1,
      following: 0,
      posts: 1,
      bio: 'Vi svarar vardagar 8–17.',
      url: `https://bsky.app/profile/${us.handle}`,
      locked: false,
    });
  });

  it("fetches another account's public profile for evidence (getProfile)", async () => {
    const profile = await adapter.fetchAuthorProfile!(await account(), bo.did);
    expect(profile).toMatchObject({
      platformId: bo.did,
      handle: bo.handle,
      url: `https://bsky.app/profile/${bo.handle}`,
      following: 1,
      posts: 0,
      raw: expect.objectContaining({ did: bo.did }),
    });
  });

  it('ingests a reply, a mention and a quote into the inbox, oldest first, with the thread context', async () => {
    annaReply = await anna.agent.post({ text: 'Gäller det även Storgatan?', reply: { root, parent: root } });
    await bo.agent.post({
      text: `@${us.handle} varför töms inte containern vid skolan?`,
      facets: [
        {
          index: { byteStart: 0, byteEnd: Buffer.byteLength(`@${us.handle}`) },
          features: [{ $type: 'app.bsky.richtext.facet#mention', did: us.did }],
        },
      ],
    });
    await bo.agent.post({
      text: 'Äntligen besked!',
      embed: { $type: 'app.bsky.embed.record', record: root },
    });
    await anna.agent.like(root.uri, root.cid); // not an inbox item
    await net.waitIndexed();

    // What the adapter hands over, before the pipeline: thread context from the root post.
    const fetched = await adapter.fetchSince!(await account(), null, 50);
    expect(fetched.events.map((e) => e.kind)).toEqual(['reply', 'mention', 'quote']);
    expect(fetched.events[0]).toMatchObject({
      platformId: annaReply.uri,
      author: { platformId: anna.did, handle: anna.handle },
      text: 'Gäller det även Storgatan?',
      parentPlatformId: root.uri,
      threadPlatformId: root.uri,
      threadContext: {
        platformId: root.uri,
        text: 'Sophämtningen flyttas till tisdag den här veckan.',
        authorHandle: us.handle,
      },
    });
    expect(fetched.events[2]!.threadContext).toMatchObject({ platformId: root.uri });

    const result = await syncChannel(t.ctx, channelId);
    expect(result).toMatchObject({ status: 'synced', newItems: 3 });
    const stored = await items();
    expect(stored.map((i) => [i.kind, i.author_platform_id])).toEqual([
      ['reply', anna.did],
      ['mention', bo.did],
      ['quote', bo.did],
    ]);
    expect(stored[0]).toMatchObject({ platform_id: annaReply.uri, parent_platform_id: root.uri });
    const conversation = await t.db
      .selectFrom('conversations')
      .select(['id', 'thread_platform_id'])
      .where('id', '=', stored[0]!.conversation_id)
      .executeTakeFirstOrThrow();
    expect(conversation.thread_platform_id).toBe(root.uri);
    // The responder sees the post the reply hangs under, on the conversation page.
    const page = await admin.get(`/api/workspaces/${workspaceId}/conversations/${conversation.id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().conversation.threadContext).toEqual({
      platformId: root.uri,
      text: 'Sophämtningen flyttas till tisdag den här veckan.',
      url: `https://bsky.app/profile/${us.did}/post/${parseAtUri(root.uri)!.rkey}`,
      authorHandle: us.handle,
      postedAt: expect.any(String),
    });
    expect(page.json().conversation.channelCapabilities.actions.privateReply).toEqual({
      supported: false,
      reason: expect.stringMatching(/chat service/),
    });
    expect((await syncChannel(t.ctx, channelId)).newItems).toBe(0);
  });

  it('backfills what was posted while the desk was not polling: no gaps, no duplicates', async () => {
    const before = (await items()).length;
    const posted: string[] = [];
    for (let i = 0; i < 7; i++) {
      const author = i % 2 ? anna : bo;
      posted.push((await author.agent.post({ text: `Under driftstoppet ${i}`, reply: { root, parent: root } })).uri);
    }
    await net.waitIndexed();
    // Small pages: the backlog arrives over several pages, each stored with its cursor.
    const result = await syncChannel(t.ctx, channelId, { pageSize: 3 });
    expect(result).toMatchObject({ status: 'synced', newItems: 7 });
    const after = await items();
    expect(after).toHaveLength(before + 7);
    expect(after.slice(before).map((i) => i.platform_id)).toEqual(posted);
    expect(new Set(after.map((i) => i.platform_id)).size).toBe(after.length);

    // A lost cursor (or a redelivery) changes nothing.
    await t.db.updateTable('channels').set({ sync_cursor: null }).where('id', '=', channelId).execute();
    expect((await syncChannel(t.ctx, channelId)).newItems).toBe(0);
    expect(await items()).toHaveLength(before + 7);
  });

  it('takes a reply that the network sorts before the newest one taken (slow indexing, a client clock behind)', async () => {
    const on = await anna.agent.post({ text: 'I tid', reply: { root, parent: root } });
    await net.waitIndexed();
    expect((await syncChannel(t.ctx, channelId)).newItems).toBe(1);
    // listNotifications orders by the earlier of createdAt and indexing time: this one lands behind.
    const late = await bo.agent.post({
      text: 'Sent indexerad',
      reply: { root, parent: root },
      createdAt: new Date(Date.now() - 4 * 60_000).toISOString(),
    });
    await net.waitIndexed();
    const listed = await us.agent.app.bsky.notification.listNotifications({ limit: 100 });
    const order = listed.data.notifications.map((n) => n.uri);
    expect(order.indexOf(on.uri)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(late.uri)).toBeGreaterThan(order.indexOf(on.uri));
    expect((await syncChannel(t.ctx, channelId)).newItems).toBe(1);
    expect((await items()).map((i) => i.platform_id)).toContain(late.uri);
  });

  it('replies in the thread with root and parent references and facets; a retry does not post twice', async () => {
    const text = `@${anna.handle} Ja, Storgatan också. Mer på https://ekeby.example/sopor`;
    const action = await act({ kind: 'publicReply', targetPlatformId: annaReply.uri, text });
    expect(action.platform_id).toMatch(new RegExp(`^at://${us.did}/app\\.bsky\\.feed\\.post/`));
    await net.waitIndexed();

    const thread = await threadOf(root.uri);
    const annaNode = thread.replies!.find(
      (r) => (r as AppBskyFeedDefs.ThreadViewPost).post.uri === annaReply.uri,
    ) as AppBskyFeedDefs.ThreadViewPost;
    const ours = annaNode.replies!.map((r) => (r as AppBskyFeedDefs.ThreadViewPost).post);
    expect(ours.map((p) => p.uri)).toEqual([action.platform_id]);
    const record = ours[0]!.record as {
      text: string;
      reply: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
      facets: AppBskyRichtextFacet.Main[];
    };
    expect(record.text).toBe(text);
    expect(record.reply).toEqual({
      root: { uri: root.uri, cid: root.cid },
      parent: { uri: annaReply.uri, cid: annaReply.cid },
    });
    const features = record.facets.flatMap((f) => f.features);
    expect(features).toContainEqual({ $type: 'app.bsky.richtext.facet#mention', did: anna.did });
    expect(features).toContainEqual({ $type: 'app.bsky.richtext.facet#link', uri: 'https://ekeby.example/sopor' });

    // The worker crashed after posting: the job runs again with the same action (idempotency key).
    await t.db.updateTable('outbound_actions').set({ status: 'queued' }).where('id', '=', action.id).execute();
    await performAction(t.ctx, action.id, { attempt: 2, maxAttempts: 5 });
    expect((await repo.findOutboundActionById(t.db, action.id))!.platform_id).toBe(action.platform_id);
    const again = await adapter.perform(await account(), {
      action: 'publicReply',
      targetPlatformId: annaReply.uri,
      text,
      idempotencyKey: action.id,
    });
    expect(again.platformId).toBe(action.platform_id);
    await net.waitIndexed();
    const feed = await us.agent.getAuthorFeed({ actor: us.did, filter: 'posts_with_replies' });
    expect(feed.data.feed.filter((f) => (f.post.record as { text: string }).text === text)).toHaveLength(1);
  });

  it('hides a reply through the thread gate of our post and shows it again', async () => {
    const gateRkey = parseAtUri(root.uri)!.rkey;
    const gate = async () =>
      (
        await us.agent.com.atproto.repo.getRecord({
          repo: us.did,
          collection: 'app.bsky.feed.threadgate',
          rkey: gateRkey,
        })
      ).data.value as { post: string; hiddenReplies: string[]; allow?: unknown };

    await act({ kind: 'hide', targetPlatformId: annaReply.uri });
    expect(await gate()).toMatchObject({ post: root.uri, hiddenReplies: [annaReply.uri] });
    expect((await gate()).allow).toBeUndefined(); // hiding does not close the thread to replies
    await net.waitIndexed();
    const thread = await threadOf(root.uri);
    expect(thread.post.threadgate?.record).toMatchObject({ hiddenReplies: [annaReply.uri] });

    await act({ kind: 'unhide', targetPlatformId: annaReply.uri });
    expect((await gate()).hiddenReplies).toEqual([]);
    await expect(
      adapter.perform(await account(), { action: 'hide', targetPlatformId: root.uri, idempotencyKey: 'h-root' }),
    ).rejects.toThrow(/not a reply/);
  });

  it('reports a reply to the moderation service', async () => {
    const action = await act({ kind: 'report', targetPlatformId: annaReply.uri, reason: 'Personuppgifter i svaret.' });
    expect(action.platform_id).toMatch(/^report:\d+$/);
    const ozone = net.network.ozone.getClient();
    const events = await ozone.tools.ozone.moderation.queryEvents(
      { types: ['tools.ozone.moderation.defs#modEventReport'] },
      { headers: await net.network.ozone.modHeaders('tools.ozone.moderation.queryEvents') },
    );
    expect(events.data.events).toContainEqual(
      expect.objectContaining({
        subject: expect.objectContaining({ uri: annaReply.uri }),
        event: expect.objectContaining({ comment: 'Personuppgifter i svaret.' }),
        createdBy: us.did,
      }),
    );
  });

  it('blocks and mutes the author of an item', async () => {
    const boItem = (await items()).find((i) => i.author_platform_id === bo.did)!;
    await act({ kind: 'mute', targetPlatformId: boItem.platform_id });
    const block = await act({ kind: 'block', targetPlatformId: boItem.platform_id });
    expect(block.platform_id).toMatch(new RegExp(`^at://${us.did}/app\\.bsky\\.graph\\.block/`));
    await net.waitIndexed();
    const viewer = (await us.agent.getProfile({ actor: bo.did })).data.viewer!;
    expect(viewer.muted).toBe(true);
    expect(viewer.blocking).toBe(block.platform_id);
  });

  it('publishes a post with an image and alt text, and deletes it', async () => {
    const text = 'Nya tider för återvinningscentralen, se bilden.';
    const media = [{ mimeType: 'image/png', dataBase64: PNG_1X1, alt: 'Tabell med öppettider' }];
    const action = await act({ kind: 'publish', text, media });
    const published = { platformId: action.platform_id! };
    // A retry with the same key (the job ran twice) finds the post instead of publishing it again.
    const retried = await adapter.perform(await account(), {
      action: 'publish',
      text,
      media,
      idempotencyKey: action.id,
    });
    expect(retried.platformId).toBe(published.platformId);
    await net.waitIndexed();
    const [post] = (await anna.agent.getPosts({ uris: [published.platformId] })).data.posts;
    expect(post!.embed).toMatchObject({
      $type: 'app.bsky.embed.images#view',
      images: [expect.objectContaining({ alt: 'Tabell med öppettider' })],
    });

    await act({ kind: 'delete', targetPlatformId: published.platformId });
    await expect(
      us.agent.com.atproto.repo.getRecord({
        repo: us.did,
        collection: 'app.bsky.feed.post',
        rkey: parseAtUri(published.platformId)!.rkey,
      }),
    ).rejects.toThrow(/not found|Could not locate/i);
    await expect(
      adapter.perform(await account(), { action: 'delete', targetPlatformId: annaReply.uri, idempotencyKey: 'd-2' }),
    ).rejects.toThrow(/only its own posts/);
  });

  it('says why it cannot send private replies or ban', async () => {
    const res = await admin.post(`${url()}/actions`, {
      kind: 'privateReply',
      targetPlatformId: annaReply.uri,
      text: 'Hej!',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/chat service/);
    await expect(
      adapter.perform(await account(), { action: 'ban', authorPlatformId: bo.did, idempotencyKey: 'ban-1' }),
    ).rejects.toThrow(/no bans/);
  });

  it('turns unhealthy when the app password is revoked, and loses nothing once reconnected', async () => {
    // A worker with a signed-in session that it re-checks on every use (the app's: every few minutes).
    const worker = {
      ...t.ctx,
      channels: new ChannelRegistry().register(createBlueskyAdapter({ config: t.config, sessionRecheckMs: 0 })),
    };
    expect((await syncChannel(worker, channelId)).status).toBe('synced');

    await us.agent.com.atproto.server.revokeAppPassword({ name: appPassword.name });
    const during = await anna.agent.post({ text: 'Hallå, någon där?', reply: { root, parent: root } });
    await net.waitIndexed();

    // The revocation is noticed by the cached session, not only by a fresh sign-in.
    expect((await syncChannel(worker, channelId)).status).toBe('unhealthy');
    const channel = (await admin.get(url())).json();
    expect(channel.health).toBe('unhealthy');
    expect(channel.healthReason).toMatch(/app password/);
    const revoked = await adapter.testConnection(await account()).catch((e: unknown) => e);
    expect(revoked).toBeInstanceOf(ChannelError);
    expect(revoked).toMatchObject({ retryable: false, options: { unhealthy: true } });
    expect(await items()).not.toContainEqual(expect.objectContaining({ platform_id: during.uri }));

    // Reconnected with a new app password: the reply made during the outage comes in.
    const fresh = await net.createAppPassword(us);
    const reconnected = await admin.post(`${url()}/reconnect`, {
      credentials: { identifier: us.did, appPassword: fresh.password, serviceUrl: net.pdsUrl },
    });
    expect(reconnected.statusCode, reconnected.body).toBe(200);
    const resumed = await waitFor(async () => {
      const r = await syncChannel(worker, channelId);
      return r.status === 'synced' ? r : null;
    }, 30_000);
    expect(resumed.newItems).toBe(1);
    expect((await items()).map((i) => i.platform_id)).toContain(during.uri);
    expect((await admin.get(url())).json()).toMatchObject({ health: 'healthy', healthReason: null });
  });

  // Last: the AppView stops indexing for the rest of the file.
  it('connects a brand-new account the AppView has not indexed yet, with the profile from the PDS', async () => {
    await net.stopIndexing();
    const fresh = await net.createAccount('forening');
    await fresh.agent.upsertProfile((p) => ({ ...p, displayName: 'Ekeby hembygdsförening', description: 'Ny här.' }));
    const password = await net.createAppPassword(fresh);
    await expect(fresh.agent.getProfile({ actor: fresh.did })).rejects.toThrow(/^Profile not found$/);

    const res = await admin.post(`/api/workspaces/${workspaceId}/channels`, {
      kind: 'bluesky',
      name: 'Föreningen',
      credentials: { identifier: fresh.handle, appPassword: password.password, serviceUrl: net.pdsUrl },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { id: string }).id;
    expect((await admin.get(`/api/workspaces/${workspaceId}/channels/${id}`)).json()).toMatchObject({
      handle: fresh.handle,
      externalId: fresh.did,
      health: 'healthy',
    });
    const profile = await admin.get(`/api/workspaces/${workspaceId}/channels/${id}/profile`);
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json().profile).toMatchObject({
      displayName: 'Ekeby hembygdsförening',
      bio: 'Ny här.',
      url: `https://bsky.app/profile/${fresh.handle}`,
      followers: 0,
      posts: null,
    });
  });
});
