import net from 'node:net';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../app/runtime.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/database.js';
import { buildApp } from '../http/app.js';
import { freePort } from '../test-support/free-port.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { checkHealth } from './check-health.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** The real app, on a database that is not there (or never answers). */
async function appWithDatabaseAt(url: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    SAMTAL_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
  });
  const database = openDatabase(url);
  const app = await buildApp(createContext(config, database, pino({ level: 'silent' }), null), {
    logger: false,
    serveWeb: false,
  });
  return {
    app,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

describe('GET /api/health', () => {
  it('reports the database and the job queue, degraded while no worker is alive', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'degraded',
      database: { status: 'up' },
      jobQueue: { status: 'up', pendingJobs: 0, failedJobs: 0, workersSeen: 0 },
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('is ok with a recent worker heartbeat and counts pending jobs', async () => {
    await sql`INSERT INTO worker_heartbeats (worker_id, hostname, pid, started_at, seen_at)
              VALUES ('health-test', 'host', 1, now(), now())`.execute(t.db);
    await sql`INSERT INTO worker_heartbeats (worker_id, hostname, pid, started_at, seen_at)
              VALUES ('long-gone', 'host', 2, now() - interval '1 day', now() - interval '5 minutes')`.execute(t.db);
    await sql`SELECT graphile_worker.add_job('health.test', '{}'::json)`.execute(t.db);

    const res = await t.anonymous().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', jobQueue: { status: 'up', pendingJobs: 1, workersSeen: 1 } });
  });

  it('answers 503 with a reason when the database is down', async () => {
    const port = await freePort(); // nothing listens here
    const down = await appWithDatabaseAt(`postgres://postgres@127.0.0.1:${port}/samtal`);
    try {
      const res = await down.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      const body = res.json();
      expect(body).toMatchObject({ status: 'down', database: { status: 'down' }, jobQueue: { status: 'down' } });
      expect(body.database.error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await down.close();
    }
  });

  it('answers 503 in bounded time when the database accepts connections but never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const hung = await appWithDatabaseAt(`postgres://postgres@127.0.0.1:${port}/samtal`);
    try {
      const started = Date.now();
      const res = await hung.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json().database.status).toBe('down');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await hung.close();
    }
  });
});

describe('checkHealth', () => {
  it('reports the job queue down when its tables stay locked, instead of waiting', async () => {
    const client = await t.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('LOCK TABLE worker_heartbeats IN ACCESS EXCLUSIVE MODE');
      const health = await checkHealth(t.db, { timeoutMs: 300 });
      expect(health.status).toBe('down');
      expect(health.database.status).toBe('up');
      expect(health.jobQueue).toMatchObject({ status: 'down', error: 'the job queue did not answer within 300 ms' });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
