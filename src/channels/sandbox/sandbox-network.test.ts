import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { makeSandboxChannel } from '../channel-fixtures.js';
import { backfillSandbox, generateForElapsedTime, readFeedPage } from './sandbox-network.js';
import { sandboxGenerateJob } from './sandbox.jobs.js';
import { pendingJobs } from '../channel-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const feedCount = async (channelId: string) => (await readFeedPage(t.db, channelId, null, 10_000)).events.length;

describe('the sandbox traffic generator', () => {
  it('appends events at the channel rate for the elapsed time, carrying fractions over', async () => {
    const f = await makeSandboxChannel(t, { ratePerMinute: 12 });
    const start = new Date('2030-01-01T10:00:00Z');
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    expect(await generateForElapsedTime(t.db, f.channelId, { defaultRatePerMinute: 6, now: start })).toEqual({
      appended: 0,
      active: true,
    });
    expect((await generateForElapsedTime(t.db, f.channelId, { defaultRatePerMinute: 6, now: at(30) })).appended).toBe(
      6,
    ); // 12/min × 0.5 min
    expect((await generateForElapsedTime(t.db, f.channelId, { defaultRatePerMinute: 6, now: at(32) })).appended).toBe(
      0,
    ); // 0.4 carried
    expect((await generateForElapsedTime(t.db, f.channelId, { defaultRatePerMinute: 6, now: at(35) })).appended).toBe(
      1,
    ); // 0.4 + 0.6
    const page = await readFeedPage(t.db, f.channelId, null, 100);
    expect(page.events).toHaveLength(7);
    expect(
      page.events.every(
        (e) => Date.parse(e.occurredAt) >= start.getTime() && Date.parse(e.occurredAt) <= at(35).getTime(),
      ),
    ).toBe(true);
  });

  it('uses the configured default rate, stops at rate 0 and when disconnected', async () => {
    const f = await makeSandboxChannel(t, {});
    const start = new Date('2030-01-01T10:00:00Z');
    await generateForElapsedTime(t.db, f.channelId, { defaultRatePerMinute: 6, now: start });
    expect(
      (
        await generateForElapsedTime(t.db, f.channelId, {
          defaultRatePerMinute: 6,
          now: new Date(start.getTime() + 60_000),
        })
      ).appended,
    ).toBe(6);
    expect(
      await generateForElapsedTime(t.db, f.channelId, {
        defaultRatePerMinute: 0,
        now: new Date(start.getTime() + 120_000),
      }),
    ).toEqual({ appended: 0, active: false });
    await f.as.admin.delete(f.url);
    expect(await generateForElapsedTime(t.db, f.channelId, { defaultRatePerMinute: 6 })).toEqual({
      appended: 0,
      active: false,
    });
  });

  it('the job appends, asks for a sync at once and reschedules itself', async () => {
    const f = await makeSandboxChannel(t, { ratePerMinute: 600 });
    await generateForElapsedTime(t.db, f.channelId, { defaultRatePerMinute: 6, now: new Date(Date.now() - 3_000) });
    await t.database.pool.query(
      `UPDATE graphile_worker._private_jobs SET run_at = now() + interval '1 hour' WHERE key = $1`,
      [`sync:${f.channelId}`],
    );
    await sandboxGenerateJob.handler({ workspaceId: f.workspaceId, channelId: f.channelId }, t.ctx, {
      jobId: '1',
      attempt: 1,
    });
    expect(await feedCount(f.channelId)).toBeGreaterThanOrEqual(25); // ~30 for 3 s at 10/s
    const jobs = await pendingJobs(t);
    const sync = jobs.find((j) => j.key === `sync:${f.channelId}`)!;
    expect(sync.run_at.getTime()).toBeLessThan(Date.now() + 1_000);
    const next = jobs.find((j) => j.key === `sandbox:${f.channelId}`)!;
    expect(next.run_at.getTime()).toBeGreaterThan(Date.now() + 3_000);
  });

  it('backfills a past window for a lively start', async () => {
    const f = await makeSandboxChannel(t);
    const to = new Date();
    const from = new Date(to.getTime() - 6 * 3_600_000);
    expect(await backfillSandbox(t.db, f.channelId, { count: 30, from, to })).toBe(30);
    const page = await readFeedPage(t.db, f.channelId, null, 100);
    expect(page.events).toHaveLength(30);
    const times = page.events.map((e) => Date.parse(e.occurredAt));
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(3 * 3_600_000);
  });
});
