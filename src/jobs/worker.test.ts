import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { defineJob, enqueue } from './job.js';
import { startWorker, type WorkerService } from './worker.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const log = pino({ level: 'silent' });

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const jobRow = async (identifier: string) =>
  (
    await sql<{ attempts: number; max_attempts: number; last_error: string | null }>`
      SELECT attempts, max_attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = ${identifier}`.execute(
      database.db,
    )
  ).rows[0];

describe('startWorker', () => {
  it('registers a heartbeat while running and removes it on stop', async () => {
    const worker = await startWorker({ database, jobs: [], deps: {}, concurrency: 1, log });
    const beats = () => sql<{ worker_id: string }>`SELECT worker_id FROM worker_heartbeats`.execute(database.db);
    expect((await beats()).rows.map((r) => r.worker_id)).toContain(worker.id);
    await worker.stop();
    expect((await beats()).rows.map((r) => r.worker_id)).not.toContain(worker.id);
  });

  it('lets an in-flight job finish before stop() resolves', async () => {
    const events: string[] = [];
    const slow = defineJob({
      id: 'test.slow',
      payload: z.object({ label: z.string() }),
      maxAttempts: 1,
      handler: async (payload: { label: string }) => {
        events.push(`started ${payload.label}`);
        await new Promise((r) => setTimeout(r, 1_500));
        events.push(`finished ${payload.label}`);
      },
    });
    const worker: WorkerService = await startWorker({
      database,
      jobs: [slow],
      deps: {},
      concurrency: 2,
      log,
      pollInterval: 100,
    });
    await enqueue(database.db, slow, { label: 'a' });
    await waitFor('the job to start', async () => events.includes('started a'));

    await worker.stop();
    expect(events).toEqual(['started a', 'finished a']);
    // Completed jobs are deleted by graphile-worker: nothing is left to retry.
    expect(await jobRow('test.slow')).toBeUndefined();
  });

  it('fails a job whose payload does not match its contract, with a readable error', async () => {
    let ran = false;
    const strict = defineJob({
      id: 'test.strict',
      payload: z.object({ channelId: z.uuid() }),
      maxAttempts: 1,
      handler: async () => {
        ran = true;
      },
    });
    const worker = await startWorker({ database, jobs: [strict], deps: {}, concurrency: 1, log, pollInterval: 100 });
    try {
      // enqueue() validates, so a bad payload can only come from outside (old code, manual SQL).
      await sql`SELECT graphile_worker.add_job('test.strict', '{"channelId": 42}'::json, max_attempts => 1)`.execute(
        database.db,
      );
      const row = await waitFor('the job to fail', async () => {
        const r = await jobRow('test.strict');
        return r && r.attempts >= 1 && r.last_error ? r : undefined;
      });
      expect(row.last_error).toContain('Invalid payload for job test.strict');
      expect(row.last_error).toContain('channelId');
      expect(row.attempts).toBe(row.max_attempts); // given up, not retried forever
      expect(ran).toBe(false);
    } finally {
      await worker.stop();
    }
  });

  it('refuses to enqueue an invalid payload in the first place', async () => {
    const strict = defineJob({
      id: 'test.enqueue',
      payload: z.object({ n: z.number() }),
      maxAttempts: 1,
      handler: async () => {},
    });
    await expect(enqueue(database.db, strict, { n: 'one' } as unknown as { n: number })).rejects.toThrow();
    expect(await jobRow('test.enqueue')).toBeUndefined();
  });
});
