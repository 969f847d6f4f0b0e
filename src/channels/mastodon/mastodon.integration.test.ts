/**
 * The Mastodon channel through the whole desk (real PostgreSQL, in-process app) against the fake
 * Mastodon: connect, sync mentions and a direct message into conversations, answer through a
 * requested action and its job, back off on a rate limit without double-posting, and turn
 * unhealthy when the token is revoked — then backfill what came in meanwhile.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../../test-support/factories.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { pendingJobs } from '../channel-fixtures.js';
import { performActionJob } from '../channel.jobs.js';
import * as repo from '../channels.repository.js';
import { performAction } from '../perform-action.js';
import { syncChannel } from '../sync-channel.js';
import { startFakeMastodon, type FakeMastodon } from './fake-mastodon-server.js';
import { REVOKED, resetMastodonThrottles } from './mastodon-client.js';

let t: TestApp;
let fake: FakeMastodon;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());
beforeEach(async () => {
  resetMastodonThrottles();
  fake = await startFakeMastodon();
});
afterEach(async () => fake?.close());

interface Desk {
  workspaceId: string;
  channelId: string;
  url: string;
  adminId: string;
  admin: TestClient;
  responder: TestClient;
  viewer: TestClient;
}

/** A workspace whose admin connects a Mastodon channel to the fake server through the API. */
async function connectMastodon(): Promise<Desk> {
  const ws = await makeWorkspace(t.db);
  const adminUser = await makeMember(t.db, ws.id, ['admin']);
  const admin = await t.login(adminUser.email);
  const responder = await t.login((await makeMember(t.db, ws.id, ['responder'])).email);
  const viewer = await t.login((await makeMember(t.db, ws.id, ['viewer'])).email);
  const res = await admin.post(`/api/workspaces/${ws.id}/channels`, {
    kind: 'mastodon',
    name: 'Mastodon',
    credentials: { instanceUrl: fake.url, accessToken: fake.token },
  });
  if (res.statusCode !== 201) throw new Error(`connect failed: ${res.statusCode} ${res.body}`);
  const channelId = (res.json() as { id: string }).id;
  return {
    workspaceId: ws.id,
    channelId,
    url: `/api/workspaces/${ws.id}/channels/${channelId}`,
    adminId: adminUser.id,
    admin,
    responder,
    viewer,
  };
}

const run = (actionId: string, attempt = 1) =>
  performAction(t.ctx, actionId, { attempt, maxAttempts: performActionJob.maxAttempts });

async function items(desk: Desk) {
  const res = await desk.viewer.get(`${desk.url}/items`);
  expect(res.statusCode).toBe(200);
  const list = res.json().items as Array<{
    platformId: string;
    kind: string;
    text: string;
    author: { handle: string };
    conversationId: string;
  }>;
  // Statuses made in the same millisecond share a time: order by id (Mastodon ids grow with time).
  return list.sort((a, b) => (BigInt(a.platformId) < BigInt(b.platformId) ? -1 : 1));
}

describe('a Mastodon channel in the desk', () => {
  it('syncs mentions and a direct message into conversations and answers one through the action queue', async () => {
    const desk = await connectMastodon();
    const shown = (await desk.viewer.get(desk.url)).json();
    expect(shown).toMatchObject({
      kind: 'mastodon',
      handle: 'ekebykommun@fake.social',
      externalId: fake.me.id,
      health: 'healthy',
      profile: { displayName: 'Ekeby kommun', followers: 1234 },
    });
    expect(shown.capabilities.actions.hide).toEqual({
      supported: false,
      reason: 'Mastodon cannot hide a reply from someone else.',
    });
    expect(JSON.stringify(shown)).not.toContain(fake.token);
    const ours = fake.post('Vinterväghållningen startar i natt.');
    const anna = fake.account('anna', { remoteHost: 'other.social', displayName: 'Anna A' });
    const reply = fake.mention(anna, 'Plogas <b>Storgatan</b> också?', { inReplyTo: ours });
    const dm = fake.mention(anna, 'Kan jag få ringa er?', { visibility: 'direct' });

    expect(await syncChannel(t.ctx, desk.channelId)).toMatchObject({ status: 'synced', newItems: 2 });
    const received = await items(desk);
    expect(received.map((i) => [i.platformId, i.kind, i.author.handle])).toEqual([
      [reply.status.id, 'reply', 'anna@other.social'],
      [dm.status.id, 'direct_message', 'anna@other.social'],
    ]);
    expect(received[0]!.text).toBe('@ekebykommun Plogas <b>Storgatan</b> också?'); // escaped HTML stays text
    expect(received[0]!.conversationId).not.toBe(received[1]!.conversationId);
    const conversation = await t.db
      .selectFrom('conversations')
      .select(['kind', 'thread_context'])
      .where('id', '=', received[0]!.conversationId)
      .executeTakeFirstOrThrow();
    expect(conversation.kind).toBe('public');

    // Nothing new: a second sync stores nothing twice.
    expect(await syncChannel(t.ctx, desk.channelId)).toMatchObject({ status: 'synced', newItems: 0 });

    const requested = await desk.responder.post(`${desk.url}/actions`, {
      kind: 'publicReply',
      targetPlatformId: reply.status.id,
      text: 'Ja, Storgatan plogas före sju.',
    });
    expect(requested.statusCode).toBe(202);
    const actionId = requested.json().action.id as string;
    await run(actionId);
    const sent = await repo.findOutboundActionById(t.db, actionId);
    expect(sent).toMatchObject({ status: 'sent' });
    const post = fake.calls('POST', /^\/api\/v1\/statuses$/)[0]!;
    expect(post.headers['idempotency-key']).toBe(actionId);
    expect(post.body).toMatchObject({
      status: '@anna@other.social Ja, Storgatan plogas före sju.',
      in_reply_to_id: reply.status.id,
      visibility: 'public',
    });
    expect(fake.statuses.get(sent!.platform_id!)).toMatchObject({ in_reply_to_id: reply.status.id });

    // A second run of the same job (a redelivery) posts nothing new.
    await run(actionId, 2);
    expect(fake.calls('POST', /^\/api\/v1\/statuses$/)).toHaveLength(1);

    const privately = await desk.responder.post(`${desk.url}/actions`, {
      kind: 'privateReply',
      targetPlatformId: dm.status.id,
      text: 'Ring 0123-456 789.',
    });
    expect(privately.statusCode).toBe(202);
    await run(privately.json().action.id);
    expect(fake.calls('POST', /^\/api\/v1\/statuses$/)[1]!.body).toMatchObject({
      status: '@anna@other.social Ring 0123-456 789.',
      visibility: 'direct',
      in_reply_to_id: dm.status.id,
    });
  });

  it('takes in a backlog bigger than a page in one sync, every item once', async () => {
    const desk = await connectMastodon();
    const anna = fake.account('anna');
    fake.mention(anna, 'Första');
    await syncChannel(t.ctx, desk.channelId);
    const backlog = Array.from({ length: 170 }, (_, i) => fake.mention(anna, `Fråga ${i}`).status.id);
    expect(await syncChannel(t.ctx, desk.channelId)).toMatchObject({ status: 'synced', newItems: 170 });
    const polls = fake.calls('GET', /^\/api\/v1\/notifications$/).slice(1);
    expect(polls.map((p) => p.query.get('limit'))).toEqual(['80', '80', '80']); // 80 + 80 + 10
    const rows = await t.db
      .selectFrom('items')
      .select('platform_id')
      .where('channel_id', '=', desk.channelId)
      .execute();
    const stored = rows.map((r) => r.platform_id!).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    expect(stored.slice(1)).toEqual(backlog);
  });

  it('refuses to connect with a bad token (400 with the reason) or the same account twice (409)', async () => {
    const desk = await connectMastodon();
    const post = (credentials: Record<string, string>) =>
      desk.admin.post(`/api/workspaces/${desk.workspaceId}/channels`, { kind: 'mastodon', name: 'M2', credentials });
    const bad = await post({ instanceUrl: fake.url, accessToken: 'wrong' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^Could not connect to Mastodon: The access token was revoked/);
    const missing = await post({ instanceUrl: fake.url });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toMatch(/accessToken/);
    const twice = await post({ instanceUrl: fake.url, accessToken: fake.token });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses to hide on Mastodon with the reason', async () => {
    const desk = await connectMastodon();
    const anna = fake.account('anna');
    const { status } = fake.mention(anna, 'Hej');
    await syncChannel(t.ctx, desk.channelId);
    const moderator = await t.login((await makeMember(t.db, desk.workspaceId, ['moderator'])).email);
    const res = await moderator.post(`${desk.url}/actions`, { kind: 'hide', targetPlatformId: status.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Mastodon cannot hide a reply from someone else.');
  });

  it('lists the locked account’s follow requests, authorises one and rejects one through requested actions', async () => {
    const desk = await connectMastodon();
    const moderator = await t.login((await makeMember(t.db, desk.workspaceId, ['moderator'])).email);
    const anna = fake.account('anna', { remoteHost: 'other.social' });
    const bertil = fake.account('bertil');
    fake.requestFollow(anna);
    fake.requestFollow(bertil);
    const listed = await moderator.get(`${desk.url}/follow-requests`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().requests.map((r: { platformId: string; handle: string }) => [r.platformId, r.handle])).toEqual(
      [
        [bertil.id, 'bertil'],
        [anna.id, 'anna@other.social'],
      ],
    );
    for (const [kind, who] of [
      ['authorizeFollow', anna],
      ['rejectFollow', bertil],
    ] as const) {
      const res = await moderator.post(`${desk.url}/actions`, { kind, targetPlatformId: who.id });
      expect(res.statusCode).toBe(202);
      await run(res.json().action.id);
      expect(await repo.findOutboundActionById(t.db, res.json().action.id)).toMatchObject({ status: 'sent' });
    }
    expect(fake.followRequests).toEqual([]);
    expect((await moderator.get(`${desk.url}/follow-requests`)).json().requests).toEqual([]);
    expect(fake.me.followers_count).toBe(1235);
    expect(fake.calls('POST', /follow_requests/).map((r) => r.path)).toEqual([
      `/api/v1/follow_requests/${anna.id}/authorize`,
      `/api/v1/follow_requests/${bertil.id}/reject`,
    ]);
  });

  it('publishes a post with an image through the queue', async () => {
    const desk = await connectMastodon();
    const manager = await t.login((await makeMember(t.db, desk.workspaceId, ['manager'])).email);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const res = await manager.post(`${desk.url}/actions`, {
      kind: 'publish',
      text: 'Nya cykelvägen är öppen.',
      media: [{ mimeType: 'image/png', dataBase64: png, alt: 'Cykelväg längs ån' }],
    });
    expect(res.statusCode).toBe(202);
    await run(res.json().action.id);
    const sent = await repo.findOutboundActionById(t.db, res.json().action.id);
    expect(sent).toMatchObject({ status: 'sent' });
    const status = fake.statuses.get(sent!.platform_id!)!;
    expect(status.visibility).toBe('public');
    expect(status.media_attachments).toHaveLength(1);
    expect(fake.media.get(status.media_attachments[0]!.id)).toMatchObject({ description: 'Cykelväg längs ån' });
  });

  it('backs off on a rate limit from the queue and posts once when the budget is back', async () => {
    const desk = await connectMastodon();
    const anna = fake.account('anna');
    const { status } = fake.mention(anna, 'Hej?');
    await syncChannel(t.ctx, desk.channelId);
    const res = await desk.responder.post(`${desk.url}/actions`, {
      kind: 'publicReply',
      targetPlatformId: status.id,
      text: 'Hej Anna!',
    });
    const actionId = res.json().action.id as string;

    fake.exhaustRateLimit(60_000);
    await run(actionId);
    const waiting = await repo.findOutboundActionById(t.db, actionId);
    expect(waiting).toMatchObject({ status: 'queued' });
    expect(waiting!.error).toMatch(
      /Rate limited by the network; trying again at .*Rate limited by the Mastodon server/,
    );
    // Back in the queue at the reset time Mastodon gave, without using up an attempt.
    const resetAt = Date.now() + 60_000;
    expect(Math.abs(waiting!.next_attempt_at!.getTime() - resetAt)).toBeLessThan(10_000);
    const job = (await pendingJobs(t)).filter((j) => j.task_identifier === 'channels.perform-action').at(-1);
    expect(Math.abs(job!.run_at.getTime() - resetAt)).toBeLessThan(10_000);
    expect((await repo.findChannelById(t.db, desk.channelId))!.throttled_until).not.toBeNull();
    expect([...fake.statuses.values()].filter((s) => s.account.id === fake.me.id)).toHaveLength(0);

    // The reset time passes (on Mastodon, in the adapter and on the channel).
    fake.setRemaining(100);
    resetMastodonThrottles();
    await t.db
      .updateTable('channels')
      .set({ throttled_until: new Date(Date.now() - 1000) })
      .where('id', '=', desk.channelId)
      .execute();
    await run(actionId);
    expect(await repo.findOutboundActionById(t.db, actionId)).toMatchObject({ status: 'sent' });
    expect([...fake.statuses.values()].filter((s) => s.account.id === fake.me.id)).toHaveLength(1);
    expect(fake.calls('POST', /^\/api\/v1\/statuses$/).map((r) => r.headers['idempotency-key'])).toEqual([actionId]);
  });

  it('a rate-limited poll throttles the channel until X-RateLimit-Reset, and the next poll clears it', async () => {
    const desk = await connectMastodon();
    const anna = fake.account('anna');
    fake.exhaustRateLimit(120_000);
    const throttled = await syncChannel(t.ctx, desk.channelId);
    expect(throttled.status).toBe('throttled');
    expect(throttled.nextInMs).toBeGreaterThanOrEqual(110_000);
    const row = await repo.findChannelById(t.db, desk.channelId);
    expect(row!.throttled_until!.getTime()).toBeGreaterThan(Date.now() + 100_000);
    expect(row!.health).toBe('healthy'); // slow down is not broken

    fake.mention(anna, 'Efter pausen');
    fake.setRemaining(100);
    resetMastodonThrottles(); // the reset time has passed
    expect(await syncChannel(t.ctx, desk.channelId)).toMatchObject({ status: 'synced', newItems: 1 });
    expect(await repo.findChannelById(t.db, desk.channelId)).toMatchObject({ throttled_until: null });
  });

  it('turns unhealthy when the token is revoked and backfills the outage after reconnecting', async () => {
    const desk = await connectMastodon();
    const anna = fake.account('anna');
    fake.mention(anna, 'Före');
    await syncChannel(t.ctx, desk.channelId);

    fake.revokeToken();
    const during = [fake.mention(anna, 'Under 1').status.id, fake.mention(anna, 'Under 2').status.id];
    expect(await syncChannel(t.ctx, desk.channelId)).toMatchObject({ status: 'unhealthy' });
    const channel = await repo.findChannelById(t.db, desk.channelId);
    expect(channel).toMatchObject({ health: 'unhealthy', health_reason: REVOKED });
    const alarms = await t.db
      .selectFrom('notifications')
      .select(['kind', 'data'])
      .where('user_id', '=', desk.adminId)
      .execute();
    expect(alarms).toEqual([
      { kind: 'channel.unhealthy', data: expect.objectContaining({ channelId: desk.channelId, reason: REVOKED }) },
    ]);

    // The admin reconnects with a new token; the kept cursor picks up exactly what was missed.
    const reconnected = await desk.admin.post(`${desk.url}/reconnect`, {
      credentials: { instanceUrl: fake.url, accessToken: fake.issueToken() },
    });
    expect(reconnected.statusCode).toBe(200);
    expect(await syncChannel(t.ctx, desk.channelId)).toMatchObject({ status: 'synced', newItems: 2 });
    expect((await items(desk)).map((i) => i.platformId).slice(1)).toEqual(during);
    expect(await repo.findChannelById(t.db, desk.channelId)).toMatchObject({ health: 'healthy' });
  });
});
