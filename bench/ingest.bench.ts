/**
 * Ingestion benchmark: how fast the poll-with-cursor pipeline (sandbox feed → adapter.fetchSince →
 * src/ingest: authors, conversations, items, edits, analysis, aggregates, routing, SLA, live events;
 * one transaction per page) takes a backlog in, with the analysis on a worker pool, and what a
 * redelivery of everything costs. Then the same through graphile-worker end to end: items put on the
 * network until they are in the desk (inline analysis, as the job runs it).
 *
 *   npx tsx bench/ingest.bench.ts [count=100000] [pageSize=1000] [poolSize=2|0 inline]
 *   (DATABASE_URL or an embedded PostgreSQL)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createAnalysisPool, type AnalysisPool } from '../src/analysis/analysis-pool.js';
import { analysisLookahead } from '../src/ingest/analysis-lookahead.js';
import { createContext } from '../src/app/runtime.js';
import { connectChannel } from '../src/channels/connect-channel.js';
import { injectSandboxEvents } from '../src/channels/sandbox/sandbox-network.js';
import { generateTraffic } from '../src/channels/sandbox/sandbox-traffic.js';
import { syncChannel } from '../src/channels/sync-channel.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrate.js';
import { allJobs } from '../src/jobs/registry.js';
import { startWorker } from '../src/jobs/worker.js';
import { freePort } from '../src/test-support/free-port.js';
import { insertWorkspace } from '../src/workspaces/workspaces.repository.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const PAGE_SIZE = Number(process.argv[3] ?? 1_000);
const POOL_SIZE = Number(process.argv[4] ?? 2);
const WORKER_COUNT = Math.min(5_000, COUNT);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

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
  const dbName = `samtal_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const database = openDatabase(url.toString(), { max: 10 });
  let pool: AnalysisPool | null = null;
  try {
    await migrate(database.pool);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      SAMTAL_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
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
    const channel = await connectChannel(
      ctx,
      ws.id,
      { id: null, label: 'bench' },
      {
        kind: 'sandbox',
        name: 'Bench (sandbox)',
        handle: 'bench',
        settings: { ratePerMinute: 0 },
      },
    );
    const target = { workspaceId: ws.id, channelId: channel.id };
    // The jobs connectChannel queued are not needed here; a worker would race the measurement.
    await database.pool.query('DELETE FROM graphile_worker._private_jobs');

    const to = new Date();
    const from = new Date(to.getTime() - 24 * 3_600_000);
    const events = generateTraffic({
      seed: channel.id,
      startIndex: 0,
      count: COUNT + WORKER_COUNT,
      ourHandle: 'bench',
      context: 'municipality',
      languages: ['sv', 'en', 'nl'],
      from,
      to,
    });
    for (let i = 0; i < COUNT; i += 1000) await injectSandboxEvents(ctx.db, target, events.slice(i, i + 1000));

    // Edits and deletions in the traffic change items instead of adding them.
    const expected = events.slice(0, COUNT).filter((e) => !e.change).length;
    const expectedWorker = events.slice(COUNT).filter((e) => !e.change).length;
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(
      `Samtal ingestion benchmark — ${COUNT} sandbox feed items (${expected} new messages, ${COUNT - expected} edits/deletions), PostgreSQL ${adminUrl.includes('127.0.0.1:5432') ? '(server)' : '(embedded)'}, ${os.availableParallelism()} cores, load average ${load}`,
    );
    pool = POOL_SIZE > 0 ? createAnalysisPool(POOL_SIZE) : null;
    if (pool) await pool.analyze(events.slice(0, 200).map((e) => e.text)); // workers loaded before the clock runs
    const analyze = pool?.analyze;
    const lookahead = pool ? analysisLookahead(pool.analyze) : undefined;
    console.log(
      `  page size ${PAGE_SIZE}, analysis ${pool ? `on ${pool.size} worker threads, one page ahead` : 'inline'}`,
    );

    const pageTimes: number[] = [];
    const timings: Record<string, number> = {};
    let ingested = 0;
    const started = performance.now();
    for (;;) {
      const t0 = performance.now();
      const result = await syncChannel(ctx, channel.id, {
        pageSize: PAGE_SIZE,
        maxPages: 1,
        ingest: { analyze, timings },
        lookahead,
      });
      pageTimes.push(performance.now() - t0);
      ingested += result.newItems;
      if (result.nextInMs !== 0) break;
    }
    const seconds = (performance.now() - started) / 1000;
    if (ingested !== expected) throw new Error(`first ingestion stored ${ingested} new items, expected ${expected}`);
    const sorted = pageTimes.sort((a, b) => a - b);
    console.log(
      `  first ingestion (full pipeline, analysis included): ${(COUNT / seconds).toFixed(0)} items/s sustained over ${COUNT} feed items (${(ingested / seconds).toFixed(0)} new items/s) in ${seconds.toFixed(2)} s; page of ${PAGE_SIZE} (${pageTimes.length} pages): p50 ${pct(sorted, 50).toFixed(0)} ms, p99 ${pct(sorted, 99).toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`,
    );
    const staged = Object.entries(timings)
      .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`)
      .join(', ');
    console.log(`  time per stage (sum over pages): ${staged}`);

    await database.pool.query('UPDATE channels SET sync_cursor = NULL WHERE id = $1', [channel.id]);
    const redeliverStart = performance.now();
    let duplicates = 0;
    for (;;) {
      const result = await syncChannel(ctx, channel.id, { pageSize: PAGE_SIZE, ingest: { analyze } });
      duplicates += result.newItems;
      if (result.nextInMs !== 0) break;
    }
    const redeliverSeconds = (performance.now() - redeliverStart) / 1000;
    const { rows } = await database.pool.query<{ n: string; versions: string }>(
      "SELECT count(*) AS n, (SELECT count(*) FROM item_versions) AS versions FROM items WHERE direction = 'inbound'",
    );
    const versionsBefore = Number(rows[0]!.versions);
    console.log(
      `  full redelivery: ${(COUNT / redeliverSeconds).toFixed(0)} items/s, new items created: ${duplicates} (must be 0), inbound items stored: ${rows[0]!.n} (must be ${expected}: edits and deletions change items), item versions: ${versionsBefore}`,
    );
    if (duplicates !== 0 || Number(rows[0]!.n) !== expected) throw new Error('redelivery was not idempotent');
    await pool?.close();
    pool = null;

    // End to end through graphile-worker: items appear on the network, the poll chain brings them in.
    const worker = await startWorker({ database, jobs: allJobs, deps: ctx, concurrency: 2, log });
    await database.pool.query(
      `SELECT graphile_worker.add_job('channels.sync', json_build_object('workspaceId', $1::text, 'channelId', $2::text), job_key => $3)`,
      [ws.id, channel.id, `sync:${channel.id}`],
    );
    const e2eStart = performance.now();
    for (let i = COUNT; i < COUNT + WORKER_COUNT; i += 500) {
      await injectSandboxEvents(ctx.db, target, events.slice(i, i + 500));
    }
    const deadline = Date.now() + 120_000;
    let stored = 0;
    while (Date.now() < deadline) {
      stored = Number(
        (await database.pool.query<{ n: string }>("SELECT count(*) AS n FROM items WHERE direction = 'inbound'"))
          .rows[0]!.n,
      );
      if (stored >= expected + expectedWorker) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const e2eSeconds = (performance.now() - e2eStart) / 1000;
    const lag = await database.pool.query<{ p50: number; p99: number; max: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT extract(epoch FROM i.received_at - f.created_at) * 1000 AS ms
                 FROM items i JOIN sandbox_feed f ON f.channel_id = i.channel_id AND f.payload->>'platformId' = i.platform_id
                WHERE f.seq > (SELECT min(seq) + $1 - 1 FROM sandbox_feed WHERE channel_id = $2)) x`,
      [COUNT, channel.id],
    );
    await worker.stop();
    const l = lag.rows[0]!;
    console.log(
      `  through the worker: ${WORKER_COUNT} feed items in ${e2eSeconds.toFixed(2)} s (${stored - expected} of ${expectedWorker} new messages arrived), network → desk lag p50 ${Number(l.p50).toFixed(0)} ms, p99 ${Number(l.p99).toFixed(0)} ms, max ${Number(l.max).toFixed(0)} ms (poll interval included)`,
    );
    const mem = process.memoryUsage();
    console.log(`  memory: rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)}`);
  } finally {
    await pool?.close();
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded?.();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

await main();
