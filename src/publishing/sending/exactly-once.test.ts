/**
 * Exactly once under a killed worker: a real `samtal start --services worker` child process is
 * SIGKILLed while the network is answering a publish it has already recorded; a new worker frees the
 * dead one's jobs at start, retries with the same idempotency key, and the post exists once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnSamtal, waitUntil, type SamtalProcess } from '../../test-support/samtal-process.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { scheduleVariant } from './schedule-variant.js';
import { makeSendingChannel, makeVariant, setSandboxSettings, variantRow } from './sending.test-support.js';

let t: TestApp;
const processes: SamtalProcess[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const p of processes) p.kill();
  await t?.close();
});

const startWorker = () => {
  const p = spawnSamtal(['start', '--services', 'worker'], {
    DATABASE_URL: t.database.url,
    SAMTAL_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    SAMTAL_DEMO: 'false',
    LOG_LEVEL: 'warn',
  });
  processes.push(p);
  return p;
};

it('publishes once when the worker is SIGKILLed mid-call and another worker takes over', async () => {
  const f = await makeSendingChannel(t);
  await setSandboxSettings(t, f.channelId, { delayMs: 120_000 });
  const { variant } = await makeVariant(t, f, 'Eén keer, ook na een crash.');
  await scheduleVariant(t.db, { ...variant, due_at: new Date() });
  const recorded = () =>
    t.db
      .selectFrom('sandbox_actions')
      .selectAll()
      .where('channel_id', '=', f.channelId)
      .where('action', '=', 'publish')
      .execute();

  const first = startWorker();
  // The network has the post, but its answer is slow: the worker dies before hearing it.
  await waitUntil('the network to record the post', async () => (await recorded()).length === 1, {
    timeoutMs: 45_000,
    process: first,
  });
  first.child.kill('SIGKILL');
  expect(await first.exited()).toBe('SIGKILL');
  expect((await variantRow(t, variant.id)).status).toBe('sending');

  await setSandboxSettings(t, f.channelId, { delayMs: 0 });
  const second = startWorker();
  const published = await waitUntil(
    'the variant to be published by the second worker',
    async () => {
      const v = await variantRow(t, variant.id);
      return v.status === 'published' ? v : null;
    },
    { timeoutMs: 60_000, process: second },
  ).catch(async (error: Error) => {
    const jobs = await t.database.pool.query(
      'SELECT task_id, locked_by, locked_at, attempts, run_at, last_error FROM graphile_worker._private_jobs',
    );
    const beats = await t.database.pool.query('SELECT * FROM worker_heartbeats');
    throw new Error(
      `${error.message}\n${JSON.stringify({ jobs: jobs.rows, beats: beats.rows, out: second.output() }, null, 1)}`,
    );
  });
  const posts = await recorded();
  expect(posts).toHaveLength(1);
  expect(published.platform_id).toBe(posts[0]!.platform_id);
  expect(posts[0]!.idempotency_key).toBe(published.outbound_action_id);
  const actions = await t.db.selectFrom('outbound_actions').selectAll().where('channel_id', '=', f.channelId).execute();
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({ status: 'sent', attempts: 2 });
}, 120_000);
