/**
 * The `samtal` command as processes: configuration errors, `samtal migrate`, and the API and the
 * worker started as separate processes on one shared database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../test-support/empty-database.js';
import { freePort } from '../test-support/free-port.js';
import { getHealth, spawnSamtal, type SamtalProcess, waitUntil } from '../test-support/samtal-process.js';

const SECRET = Buffer.alloc(32, 3).toString('base64');
let dataDir: string;
const processes: SamtalProcess[] = [];
const databases: EmptyDatabase[] = [];

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'samtal-cli-'));
});
afterEach(() => {
  for (const p of processes.splice(0)) p.kill();
});
afterAll(async () => {
  for (const db of databases.splice(0)) await db.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

function samtal(args: string[], env: Record<string, string> = {}) {
  const proc = spawnSamtal(args, { SAMTAL_DATA_DIR: dataDir, SAMTAL_SECRET_KEY: SECRET, LOG_LEVEL: 'info', ...env });
  processes.push(proc);
  return proc;
}

async function freshDatabase() {
  const db = await createEmptyDatabase();
  databases.push(db);
  return db;
}

describe('samtal (process)', () => {
  it('refuses an invalid configuration with a message naming the variable', async () => {
    const proc = samtal(['start'], { PORT: 'abc', SAMTAL_WORKER_CONCURRENCY: '0' });
    const code = await proc.exited();
    expect(code).not.toBe(0);
    expect(proc.output()).toMatch(/PORT: must be a whole number/);
    expect(proc.output()).toMatch(/SAMTAL_WORKER_CONCURRENCY:/);
    expect(proc.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('refuses to start in production without SAMTAL_SECRET_KEY', async () => {
    const proc = samtal(['start'], { NODE_ENV: 'production', SAMTAL_SECRET_KEY: '' });
    expect(await proc.exited()).not.toBe(0);
    expect(proc.output()).toContain('SAMTAL_SECRET_KEY: required when NODE_ENV=production');
  });

  it('rejects an unknown service name', async () => {
    const proc = samtal(['start', '--services', 'api,mailer']);
    expect(await proc.exited()).not.toBe(0);
    expect(proc.output()).toMatch(/SAMTAL_SERVICES: must be a comma-separated list of: api, worker/);
  });

  it('migrates a fresh database, then reports it up to date', async () => {
    const db = await freshDatabase();
    const first = samtal(['migrate'], { DATABASE_URL: db.url });
    expect(await first.exited(60_000)).toBe(0);
    expect(first.stdout()).toMatch(/^Applied: 0001_foundation\.sql/m);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM schema_migrations');
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    } finally {
      await client.end();
    }

    const second = samtal(['migrate'], { DATABASE_URL: db.url });
    expect(await second.exited(60_000)).toBe(0);
    expect(second.stdout()).toContain('The database is up to date.');
  });

  it('reports an unreachable database readably', async () => {
    const port = await freePort();
    const proc = samtal(['migrate'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nothing` });
    expect(await proc.exited()).toBe(1);
    expect(proc.output()).toMatch(/samtal: .*ECONNREFUSED/);
  });

  it('runs the API and the worker as separate processes on one shared database', async () => {
    const db = await freshDatabase(); // both processes migrate it themselves
    const port = await freePort();
    const shared = { DATABASE_URL: db.url, PORT: String(port), SAMTAL_DEMO: 'false' };

    const api = samtal(['start', '--services', 'api'], shared);
    const alone = await waitUntil('the API to answer', () => getHealth(port), { timeoutMs: 60_000, process: api });
    expect(alone.status).toBe(200);
    // No worker yet: the API process does not run jobs itself.
    expect(alone.body).toMatchObject({
      status: 'degraded',
      database: { status: 'up' },
      jobQueue: { status: 'up', workersSeen: 0 },
    });

    // Same PORT on purpose: a worker-only process must not try to listen.
    const worker = samtal(['start', '--services', 'worker'], shared);
    const withWorker = await waitUntil(
      'the worker to send a heartbeat',
      async () => {
        const health = await getHealth(port);
        return health && (health.body.jobQueue.workersSeen ?? 0) >= 1 ? health : undefined;
      },
      { timeoutMs: 60_000, process: worker },
    );
    expect(withWorker.status).toBe(200);
    expect(withWorker.body.status).toBe('ok');

    worker.child.kill('SIGTERM');
    expect(await worker.exited()).toBe(0);
    // A cleanly stopped worker removes its heartbeat at once.
    expect((await getHealth(port))!.body.jobQueue.workersSeen).toBe(0);

    api.child.kill('SIGTERM');
    expect(await api.exited()).toBe(0);
    expect(await getHealth(port)).toBeUndefined();
  });
});
