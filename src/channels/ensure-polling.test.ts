import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeSandboxChannel, pendingJobs } from './channel-fixtures.js';
import { ensurePolling } from './ensure-polling.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const jobsOf = async (key: string) => (await pendingJobs(t)).filter((j) => j.key === key);

describe('the polling safety net', () => {
  it('revives a poll chain whose job a killed worker left locked, and leaves healthy chains alone', async () => {
    const stuck = await makeSandboxChannel(t);
    const fine = await makeSandboxChannel(t);
    const gone = await makeSandboxChannel(t);
    await gone.as.admin.delete(gone.url);

    // A worker died while running the sync: the job stays locked (for hours) and nothing follows it.
    await t.database.pool.query(
      `UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'dead-worker' WHERE key = $1`,
      [`sync:${stuck.channelId}`],
    );
    const later = new Date(Date.now() + 60_000);
    await t.database.pool.query(`UPDATE graphile_worker._private_jobs SET run_at = $2 WHERE key = $1`, [
      `sync:${fine.channelId}`,
      later,
    ]);

    await ensurePolling(t.ctx);

    const { rows } = await t.database.pool.query<{ key: string | null; locked_at: Date | null }>(
      `SELECT key, locked_at FROM graphile_worker._private_jobs WHERE payload->>'channelId' = $1 AND task_id = (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'channels.sync')`,
      [stuck.channelId],
    );
    expect(rows.find((r) => r.key === `sync:${stuck.channelId}`)?.locked_at).toBeNull(); // a fresh, runnable poll
    const fineJobs = await jobsOf(`sync:${fine.channelId}`);
    expect(fineJobs).toHaveLength(1);
    expect(fineJobs[0]!.run_at.getTime()).toBe(later.getTime()); // a pending poll keeps its time
    expect(await jobsOf(`sync:${gone.channelId}`)).toHaveLength(0);
    expect(await jobsOf(`sandbox:${gone.channelId}`)).toHaveLength(0);
  });
});
