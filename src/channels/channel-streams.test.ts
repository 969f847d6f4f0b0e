/** Stream listeners in the worker: Mastodon's notification stream pulls the next poll forward. */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { pendingJobs, waitFor } from './channel-fixtures.js';
import { startChannelStreams } from './channel-streams.js';
import { startFakeMastodon, type FakeMastodon } from './mastodon/fake-mastodon-server.js';
import { resetMastodonThrottles } from './mastodon/mastodon-client.js';

let t: TestApp;
let fake: FakeMastodon;
beforeAll(async () => {
  t = await createTestApp();
  resetMastodonThrottles();
  fake = await startFakeMastodon();
});
afterAll(async () => {
  await fake?.close();
  await t?.close();
});

const syncJob = async (channelId: string) =>
  (await pendingJobs(t)).find((j) => j.key === `sync:${channelId}` && j.attempts === 0);

describe('channel streams', () => {
  it('listens per connected Mastodon channel, syncs at once on a mention, and follows reconnects and disconnects', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await t.login((await makeMember(t.db, ws.id, ['admin'])).email);
    const res = await admin.post(`/api/workspaces/${ws.id}/channels`, {
      kind: 'mastodon',
      name: 'Mastodon',
      credentials: { instanceUrl: fake.url, accessToken: fake.token },
    });
    expect(res.statusCode).toBe(201);
    const channelId = res.json().id as string;
    // The next poll is far away, as between two polls.
    await t.database.pool.query(
      `UPDATE graphile_worker._private_jobs SET run_at = now() + interval '1 hour' WHERE key = $1`,
      [`sync:${channelId}`],
    );

    const streams = startChannelStreams({ ...t.ctx, log: pino({ level: 'silent' }) }, { refreshMs: 60_000 });
    try {
      await waitFor(async () => fake.streams.size === 1, 30_000);
      expect(streams.active()).toEqual([channelId]);
      expect((await syncJob(channelId))!.run_at.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);

      fake.mention(fake.account('anna'), 'Hej, är simhallen öppen?');
      await waitFor(
        async () => ((await syncJob(channelId))?.run_at.getTime() ?? Infinity) < Date.now() + 5_000,
        30_000,
      );

      // Reconnecting with a new token restarts the listener with it.
      const token = fake.issueToken();
      const again = await admin.post(`/api/workspaces/${ws.id}/channels/${channelId}/reconnect`, {
        credentials: { instanceUrl: fake.url, accessToken: token },
      });
      expect(again.statusCode).toBe(200);
      await streams.refresh();
      await waitFor(
        async () =>
          fake.calls('GET', /streaming/).some((c) => c.headers.authorization === `Bearer ${token}`) &&
          fake.streams.size === 1,
        30_000,
      );

      // Disconnecting stops it.
      expect((await admin.delete(`/api/workspaces/${ws.id}/channels/${channelId}`)).statusCode).toBeLessThan(300);
      await streams.refresh();
      expect(streams.active()).toEqual([]);
      await waitFor(async () => fake.streams.size === 0, 30_000);
    } finally {
      streams.stop();
    }
  });
});
