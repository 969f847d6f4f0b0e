import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { defineJob, enqueue } from './job.js';
import { startWorker } from './worker.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

describe('enqueue', () => {
  it('never runs a job whose transaction was rolled back, and runs the committed one', async () => {
    const ran: string[] = [];
    const record = defineJob({
      id: 'test.record',
      payload: z.object({ label: z.string() }),
      maxAttempts: 1,
      handler: async (payload: { label: string }) => {
        ran.push(payload.label);
      },
    });

    await expect(
      database.db.transaction().execute(async (trx) => {
        await enqueue(trx, record, { label: 'rolled back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await database.db.transaction().execute(async (trx) => {
      await enqueue(trx, record, { label: 'committed' });
    });

    const worker = await startWorker({
      database,
      jobs: [record],
      deps: {},
      concurrency: 2,
      log: pino({ level: 'silent' }),
      pollInterval: 100,
    });
    try {
      const deadline = Date.now() + 15_000;
      while (!ran.includes('committed') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      // Jobs run in order of run_at; give a stray job more than a poll interval to show up.
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await worker.stop();
    }
    expect(ran).toEqual(['committed']);
    const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM graphile_worker.jobs`.execute(database.db);
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('keeps one pending job per key: a later enqueue replaces it', async () => {
    const noop = defineJob({
      id: 'test.noop',
      payload: z.object({ n: z.number() }),
      maxAttempts: 1,
      handler: async () => {},
    });
    const later = new Date(Date.now() + 3_600_000);
    await enqueue(database.db, noop, { n: 1 }, { jobKey: 'k:1', runAt: later });
    await enqueue(database.db, noop, { n: 2 }, { jobKey: 'k:1', runAt: later });
    const { rows } = await sql<{
      key: string;
    }>`SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'test.noop'`.execute(database.db);
    expect(rows).toEqual([{ key: 'k:1' }]);
    await expect(enqueue(database.db, noop, { n: 'x' } as never)).rejects.toThrow(); // payloads are checked on the way in
  });
});
