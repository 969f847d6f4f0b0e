import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { ChannelError, type ChannelAdapter, type FetchResult, type OutboundResult } from './channel.js';
import { makeSandboxChannel, pendingJobs } from './channel-fixtures.js';
import { performActionJob } from './channel.jobs.js';
import * as repo from './channels.repository.js';
import { performAction } from './perform-action.js';
import { syncChannel } from './sync-channel.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.ctx.channels.register(network);
});
afterAll(async () => t?.close());

/** A network whose next answers the test scripts: an error to throw, or go ahead. */
const script = { perform: [] as Array<ChannelError | null>, fetch: [] as Array<ChannelError | null> };
let performCalls = 0;
const network: ChannelAdapter = {
  kind: 'mastodon',
  capabilities: () => ({
    actions: Object.fromEntries(
      ['publicReply', 'privateReply', 'hide', 'delete', 'block', 'mute', 'report', 'ban', 'followRequests']
        .concat(['publish', 'publishMedia', 'nativeScheduling', 'profileFields'])
        .map((k) => [k, { supported: true }]),
    ) as never,
    maxLength: 500,
    ingest: ['poll'],
    pollIntervalMs: 1000,
  }),
  testConnection: async () => ({ platformId: 'acct', handle: 'ekeby', displayName: 'Ekeby', followers: 1 }),
  async fetchSince(): Promise<FetchResult> {
    const next = script.fetch.shift();
    if (next) throw next;
    return { events: [], cursor: 'c', hasMore: false };
  },
  async perform(): Promise<OutboundResult> {
    performCalls++;
    const next = script.perform.shift();
    if (next) throw next;
    return { platformId: `status-${performCalls}` };
  },
};

async function rateLimitedChannel() {
  const f = await makeSandboxChannel(t);
  const row = await repo.insertChannel(t.db, {
    workspaceId: f.workspaceId,
    kind: 'mastodon',
    name: 'Mastodon',
    handle: 'ekeby',
    settings: {},
    credentialsEncrypted: null,
  });
  return { ...f, channelId: row.id, url: `/api/workspaces/${f.workspaceId}/channels/${row.id}` };
}

const run = (actionId: string, attempt = 1) =>
  performAction(t.ctx, actionId, { attempt, maxAttempts: performActionJob.maxAttempts });

describe('rate limits', () => {
  it('an action the network rate-limits waits as long as asked, visibly, without using up an attempt', async () => {
    const f = await rateLimitedChannel();
    const { action } = (
      await f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Simhallen öppnar' })
    ).json();
    script.perform.push(new ChannelError('Too many requests.', true, { retryAfterMs: 120_000 }));
    const before = Date.now();
    await run(action.id, performActionJob.maxAttempts); // even on the "last" attempt it is not given up
    const calls = performCalls;

    const listed = (await f.as.viewer.get(`${f.url}/actions`)).json().actions[0];
    expect(listed).toMatchObject({ id: action.id, status: 'queued', attempts: 0, completedAt: null });
    expect(listed.error).toMatch(
      /^Rate limited by the network; trying again at \d\d:\d\d UTC\. \(Too many requests\.\)$/,
    );
    const next = Date.parse(listed.nextAttemptAt);
    expect(next).toBeGreaterThanOrEqual(before + 120_000);
    expect(next).toBeLessThan(Date.now() + 125_000);
    expect(listed.error).toContain(new Date(next).toISOString().slice(11, 16));
    const channel = (await f.as.viewer.get(f.url)).json();
    expect(Date.parse(channel.throttledUntil)).toBe(next);
    const jobs = (await pendingJobs(t)).filter(
      (j) =>
        j.task_identifier === 'channels.perform-action' && (j.payload as { actionId: string }).actionId === action.id,
    );
    expect(jobs.map((j) => j.run_at.getTime())).toContain(next); // the re-run waits until then

    // Another action meanwhile does not call the network while it is throttled.
    const other = (await f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Nästa' })).json().action;
    await run(other.id);
    expect(performCalls).toBe(calls);
    expect((await repo.findOutboundActionById(t.db, other.id))!).toMatchObject({ status: 'queued', attempts: 0 });

    // Time passes: the throttle ends, the re-run sends and clears it.
    await t.db
      .updateTable('channels')
      .set({ throttled_until: new Date(Date.now() - 1000) })
      .where('id', '=', f.channelId)
      .execute();
    await run(action.id);
    const sent = (await f.as.viewer.get(`${f.url}/actions`))
      .json()
      .actions.find((a: { id: string }) => a.id === action.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, error: null, nextAttemptAt: null });
    expect((await f.as.viewer.get(f.url)).json().throttledUntil).toBeNull();
  });

  it('a plain retryable error still goes back to the queue with backoff and counts', async () => {
    const f = await rateLimitedChannel();
    const { action } = (await f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Hej' })).json();
    script.perform.push(new ChannelError('The server answered 503.', true));
    await expect(run(action.id)).rejects.toThrow(/503/);
    expect(await repo.findOutboundActionById(t.db, action.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      next_attempt_at: null,
    });
    expect((await f.as.viewer.get(f.url)).json().throttledUntil).toBeNull();
  });

  it('a rate-limited poll throttles the channel and waits; the next good poll clears it', async () => {
    const f = await rateLimitedChannel();
    script.fetch.push(new ChannelError('Slow down.', true, { retryAfterMs: 300_000 }));
    const throttled = await syncChannel(t.ctx, f.channelId);
    expect(throttled.status).toBe('throttled');
    expect(throttled.nextInMs).toBeGreaterThanOrEqual(300_000);
    const channel = (await f.as.viewer.get(f.url)).json();
    expect(Date.parse(channel.throttledUntil)).toBeGreaterThan(Date.now() + 290_000);
    expect(channel.health).toBe('healthy');

    expect((await syncChannel(t.ctx, f.channelId)).status).toBe('synced');
    expect((await f.as.viewer.get(f.url)).json().throttledUntil).toBeNull();
  });
});
