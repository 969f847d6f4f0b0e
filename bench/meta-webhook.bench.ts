/**
 * Meta webhook benchmark: how fast signed Facebook deliveries are acknowledged over real HTTP
 * (signature check, store, enqueue — one transaction each), and how fast the worker turns them into
 * inbox items through the one-at-a-time `meta.deliveries` queue. Then every delivery is replayed:
 * all must be answered as duplicates and add nothing.
 *
 *   npx tsx bench/meta-webhook.bench.ts [deliveries=2000] [concurrency=16]
 *   (DATABASE_URL or an embedded PostgreSQL; the Graph API is the local fake server)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createContext } from '../src/app/runtime.js';
import * as channels from '../src/channels/channels.repository.js';
import { FakeGraphServer } from '../src/channels/meta/fake-graph-server.js';
import { pageCommentDelivery, signDelivery } from '../src/channels/meta/fixtures/meta-fixtures.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrate.js';
import { buildApp } from '../src/http/app.js';
import { allJobs } from '../src/jobs/registry.js';
import { startWorker } from '../src/jobs/worker.js';
import { freePort } from '../src/test-support/free-port.js';
import { insertWorkspace } from '../src/workspaces/workspaces.repository.js';

const COUNT = Number(process.argv[2] ?? 2_000);
const CONCURRENCY = Number(process.argv[3] ?? 16);
const APP_SECRET = 'bench-app-secret-0123456789';
const PAGE_ID = '1000000000001';
const TOKEN = 'EAAbench-token-000000000000';
const POSTS = 20;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function postAll(url: string, bodies: string[]): Promise<{ latencies: number[]; statuses: Map<number, number> }> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const workerLoop = async () => {
    while (next < bodies.length) {
      const { payload, headers } = signDelivery(bodies[next++]!, APP_SECRET);
      const started = performance.now();
      const res = await fetch(url, { method: 'POST', headers, body: payload });
      await res.arrayBuffer();
      latencies.push(performance.now() - started);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, workerLoop));
  return { latencies: latencies.sort((a, b) => a - b), statuses };
}

async function main() {
  let adminUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let tempDir: string | null = null;
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'samtal-bench-'));
    chmodSync(tempDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort(), persistent: false });
    adminUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const dbName = `samtal_bench_meta_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const database = openDatabase(url.toString(), { max: 20 });
  const graph = await new FakeGraphServer().start();
  try {
    await migrate(database.pool);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      SAMTAL_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
      SAMTAL_META_APP_SECRET: APP_SECRET,
      SAMTAL_META_VERIFY_TOKEN: 'bench-verify-token',
      SAMTAL_META_GRAPH_URL: graph.url,
      LOG_LEVEL: 'silent',
    });
    const log = pino({ level: 'silent' });
    const ctx = createContext(config, database, log, null);
    const ws = await insertWorkspace(ctx.db, {
      slug: 'bench',
      name: 'Bench kommun',
      country: 'SE',
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
    });
    graph.addPage(PAGE_ID, { name: 'Bench kommun' }, TOKEN);
    const postIds = Array.from({ length: POSTS }, (_, i) => `${PAGE_ID}_${2000 + i}`);
    for (const id of postIds) graph.addPost(PAGE_ID, id, `Inlägg ${id}: nya öppettider från måndag.`);
    const channel = await channels.insertChannel(ctx.db, {
      workspaceId: ws.id,
      kind: 'facebook',
      name: 'Bench (Facebook)',
      handle: 'benchkommun',
      settings: {},
      credentialsEncrypted: ctx.secrets.seal(JSON.stringify({ pageId: PAGE_ID, pageAccessToken: TOKEN })),
    });
    await ctx.db.updateTable('channels').set({ external_id: PAGE_ID }).where('id', '=', channel.id).execute();

    const app = await buildApp(ctx, { logger: false, serveWeb: false });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const bodies = Array.from({ length: COUNT }, (_, i) =>
      JSON.stringify(
        pageCommentDelivery({
          pageId: PAGE_ID,
          postId: postIds[i % POSTS]!,
          commentId: `${postIds[i % POSTS]}_${900000 + i}`,
          from: { id: String(5000 + (i % 400)), name: `Person ${i % 400}` },
          message: `Hej! Fråga nummer ${i}: när öppnar simhallen igen efter renoveringen?`,
        }),
      ),
    );

    console.log(`Meta webhook: ${COUNT} signed Page-comment deliveries, ${CONCURRENCY} concurrent senders`);
    const ackStarted = performance.now();
    const acks = await postAll(`${base}/api/webhooks/meta`, bodies);
    const ackSeconds = (performance.now() - ackStarted) / 1000;
    console.log(
      `  acknowledged: ${(COUNT / ackSeconds).toFixed(0)}/s; latency p50 ${ms(pct(acks.latencies, 50))}, p95 ${ms(pct(acks.latencies, 95))}, p99 ${ms(pct(acks.latencies, 99))}, max ${ms(acks.latencies.at(-1)!)}; statuses ${JSON.stringify(Object.fromEntries(acks.statuses))}`,
    );

    const worker = await startWorker({
      database,
      jobs: allJobs,
      deps: ctx,
      concurrency: 4,
      log,
      pollInterval: 100,
    });
    const processStarted = performance.now();
    const processed = async () =>
      Number(
        (
          await database.pool.query<{ n: string }>(
            `SELECT count(*) AS n FROM meta_webhook_deliveries WHERE status <> 'pending'`,
          )
        ).rows[0]!.n,
      );
    while ((await processed()) < COUNT) {
      if (performance.now() - processStarted > 30 * 60_000) throw new Error('processing took over 30 minutes');
      await new Promise((r) => setTimeout(r, 200));
    }
    const processSeconds = (performance.now() - processStarted) / 1000;
    await worker.stop();
    const items = await ctx.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('channel_id', '=', channel.id)
      .executeTakeFirstOrThrow();
    console.log(
      `  processed into the inbox: ${(COUNT / processSeconds).toFixed(0)} deliveries/s (${processSeconds.toFixed(1)} s, in arrival order, batches of up to 100); items ${items.n} (expected ${COUNT})`,
    );

    const replay = await postAll(`${base}/api/webhooks/meta`, bodies);
    const after = await ctx.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('channel_id', '=', channel.id)
      .executeTakeFirstOrThrow();
    console.log(
      `  replay of all ${COUNT}: statuses ${JSON.stringify(Object.fromEntries(replay.statuses))}, items after ${after.n} (unchanged: ${after.n === items.n})`,
    );
    console.log(
      `  RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB; load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    await app.close();
  } finally {
    await graph.close();
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded?.();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
