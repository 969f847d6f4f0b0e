/**
 * Publishing benchmark: COUNT variants due in the same minute across sandbox channels (a quarter of
 * the channels have a blackout window over that minute), published by a real worker child process
 * (`samtal start --services worker`). Prints lateness after the due time (after the window's end for
 * moved ones), posts published inside a window (must be 0) and duplicates (must be 0). With "kill",
 * the worker is SIGKILLed and restarted several times while it publishes.
 *
 *   npx tsx bench/publishing.bench.ts [count=10000] [normal|kill] [channels=20] [worker processes=1]
 *   (DATABASE_URL of a PostgreSQL whose user may create databases)
 */
import os from 'node:os';
import pg from 'pg';
import pino from 'pino';
import { createContext } from '../src/app/runtime.js';
import { connectChannel } from '../src/channels/connect-channel.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { scheduleVariant } from '../src/publishing/sending/schedule-variant.js';
import { offsetAt } from '../src/sla/zoned-time.js';
import { spawnSamtal, type SamtalProcess } from '../src/test-support/samtal-process.js';
import { insertWorkspace } from '../src/workspaces/workspaces.repository.js';

const COUNT = Number(process.argv[2] ?? 10_000);
const KILL = process.argv[3] === 'kill';
const CHANNELS = Number(process.argv[4] ?? 20);
const PROCESSES = Number(process.argv[5] ?? 1);
const KILLS = 4;
const TZ = 'Europe/Amsterdam';
const SECRET = Buffer.alloc(32, 1).toString('base64');

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Set DATABASE_URL (a PostgreSQL whose user may create databases).');
  const dbName = `samtal_bench_pub_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const database = openDatabase(url.toString(), { max: 10 });
  let workers: SamtalProcess[] = [];
  try {
    await migrate(database.pool);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      SAMTAL_SECRET_KEY: SECRET,
      LOG_LEVEL: 'silent',
    });
    const ctx = createContext(config, database, pino({ level: 'silent' }), null);
    const ws = await insertWorkspace(ctx.db, {
      slug: 'bench',
      name: 'Bench',
      country: 'NL',
      timeZone: TZ,
      defaultLanguage: 'nl',
    });
    const channelIds: string[] = [];
    for (let c = 0; c < CHANNELS; c++) {
      const channel = await connectChannel(
        ctx,
        ws.id,
        { id: null, label: 'bench' },
        {
          kind: 'sandbox',
          name: `Bench ${c}`,
          handle: `bench${c}`,
          settings: { ratePerMinute: 0 },
        },
      );
      channelIds.push(channel.id);
    }
    await database.pool.query('DELETE FROM graphile_worker._private_jobs'); // the channels' polls would only add noise

    // Posts first (pending), then "the same minute" far enough ahead for scheduling and the worker's start.
    const posts = await ctx.db
      .insertInto('posts')
      .values(
        Array.from({ length: COUNT }, (_, i) => ({
          workspace_id: ws.id,
          title: `Bench ${i}`,
          status: 'scheduled' as const,
        })),
      )
      .returning('id')
      .execute();
    const variants: Array<{ id: string; workspace_id: string; channel_id: string; text: string }> = [];
    for (let i = 0; i < COUNT; i += 1000) {
      const rows = await ctx.db
        .insertInto('post_variants')
        .values(
          posts.slice(i, i + 1000).map((p, j) => ({
            post_id: p.id,
            workspace_id: ws.id,
            channel_id: channelIds[(i + j) % CHANNELS]!,
            text: `Bench post #${i + j}`,
          })),
        )
        .returning(['id', 'workspace_id', 'channel_id', 'text'])
        .execute();
      variants.push(...rows);
    }
    const minute = Math.ceil((Date.now() + 90_000) / 60_000) * 60_000;
    // A window over the whole minute on a quarter of the channels: their posts move to its end.
    const windowed = new Set(channelIds.filter((_, c) => c % 4 === 0));
    const windowStart = minute;
    const windowEnd = minute + 60_000;
    for (const channelId of windowed) {
      await ctx.db
        .insertInto('blackout_windows')
        .values({
          workspace_id: ws.id,
          channel_id: channelId,
          title: 'Bench silence',
          reason: 'benchmark',
          starts_local: new Date(windowStart + offsetAt(TZ, windowStart)).toISOString().slice(0, 16),
          duration_minutes: 1,
          time_zone: TZ,
          rrule: null,
        })
        .execute();
    }
    const dueOf = new Map<string, number>();
    for (let i = 0; i < variants.length; i += 500) {
      await ctx.db.transaction().execute(async (trx) => {
        for (const [j, v] of variants.slice(i, i + 500).entries()) {
          const due = minute + ((i + j) % 60) * 1000;
          dueOf.set(v.text, due);
          await scheduleVariant(trx, { id: v.id, workspace_id: v.workspace_id, due_at: new Date(due) });
        }
      });
    }
    const channelOf = new Map(variants.map((v) => [v.text, v.channel_id]));
    console.log(
      `${COUNT} variants on ${CHANNELS} channels due ${new Date(minute).toISOString()} … +59 s; ${windowed.size} channels in a window; ${PROCESSES} worker process(es); ${KILL ? `${KILLS} SIGKILLs` : 'no kills'}`,
    );

    const start = () =>
      spawnSamtal(['start', '--services', 'worker'], {
        DATABASE_URL: url.toString(),
        SAMTAL_SECRET_KEY: SECRET,
        SAMTAL_DEMO: 'false',
        SAMTAL_WORKER_CONCURRENCY: process.env.SAMTAL_WORKER_CONCURRENCY ?? '30',
        LOG_LEVEL: 'warn',
      });
    workers = Array.from({ length: PROCESSES }, start);
    const finished = async () =>
      Number(
        (await database.pool.query(`SELECT count(*) FROM post_variants WHERE status IN ('published','failed')`)).rows[0]
          .count,
      );
    let kills = 0;
    const deadline = Date.now() + Math.max(600_000, COUNT * 60);
    while (Date.now() < deadline && (await finished()) < COUNT) {
      await sleep(1000);
      const busy = Date.now() > minute && (await finished()) < COUNT;
      if (KILL && busy && kills < KILLS && Date.now() > minute + kills * 8_000) {
        const victim = kills % workers.length; // with several processes, each in turn
        workers[victim]!.child.kill('SIGKILL');
        await workers[victim]!.exited();
        kills++;
        workers[victim] = start();
      }
    }

    const { rows: sent } = await database.pool.query<{ text: string; created_at: Date; n: number }>(
      `SELECT payload->>'text' AS text, min(created_at) AS created_at, count(*)::int AS n
         FROM sandbox_actions WHERE action = 'publish' GROUP BY 1`,
    );
    const lateness: number[] = [];
    const onTime: number[] = []; // due outside every window: lateness after the due time
    const released: number[] = []; // due inside a window: lateness after the window's end (all at once)
    let inside = 0;
    let duplicates = 0;
    for (const row of sent) {
      const due = dueOf.get(row.text)!;
      const inWindow = windowed.has(channelOf.get(row.text)!);
      const at = row.created_at.getTime();
      if (inWindow && at >= windowStart && at < windowEnd) inside++;
      const late = at - (inWindow ? Math.max(due, windowEnd) : due);
      lateness.push(late);
      (inWindow ? released : onTime).push(late);
      duplicates += row.n - 1;
    }
    const byKey = await database.pool.query(
      `SELECT count(*) FROM (SELECT idempotency_key FROM sandbox_actions GROUP BY 1 HAVING count(*) > 1) d`,
    );
    const states = await database.pool.query(
      `SELECT status, count(*)::int AS n FROM post_variants GROUP BY 1 ORDER BY 1`,
    );
    for (const list of [lateness, onTime, released]) list.sort((a, b) => a - b);
    const spread = (list: number[]) =>
      list.length ? `${sec(pct(list, 50))} / ${sec(pct(list, 99))} / ${sec(list.at(-1)!)}` : '-';
    console.table({
      mode: KILL ? `kill (${kills} SIGKILLs + restarts)` : 'normal',
      posts: COUNT,
      published: sent.length,
      'lateness p50': sec(pct(lateness, 50)),
      'lateness p99': sec(pct(lateness, 99)),
      'lateness max': sec(lateness.at(-1) ?? 0),
      [`due outside a window (${onTime.length}) p50/p99/max`]: spread(onTime),
      [`released at a window's end (${released.length}) p50/p99/max`]: spread(released),
      'published inside a window': inside,
      'duplicates per variant': duplicates,
      'duplicates per idempotency key': Number(byKey.rows[0].count),
      'variant states': states.rows.map((r) => `${r.status} ${r.n}`).join(', '),
      cpus: os.cpus().length,
      'worker processes': PROCESSES,
    });
  } finally {
    for (const worker of workers) worker.kill();
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
