/**
 * Inbox query benchmark: 1,000,000 conversations with 5,000,000 items (sv/nl/en texts from a phrase
 * list, so full-text search has realistic hit rates), then the inbox lists and search measured
 * through the real use case (src/inbox/list-conversations.ts), 200 runs each.
 *
 *   npx tsx bench/inbox-query.bench.ts [conversations] [--reuse] [--explain] [--only=inbox,rare] [--runs=200]
 *   (DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; creates and drops its own database)
 *
 * Targets: list p95 ≤ 30 ms, full-text search p95 ≤ 100 ms.
 */
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { openDatabase, type Db } from '../src/db/database.js';
import { migrate, readMigrationFiles } from '../src/db/migrate.js';
import { listConversations } from '../src/inbox/list-conversations.js';
import { ListConversationsQuery } from '../src/inbox/inbox.schema.js';
import { countConversations } from '../src/inbox/inbox.repository.js';

const args = process.argv.slice(2);
const CONVERSATIONS = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
/** --reuse: keep the generated database and use it again when it has the right size. */
const REUSE = args.includes('--reuse');
/** --explain: print EXPLAIN (ANALYZE, BUFFERS) of each measured query once. */
const EXPLAIN = args.includes('--explain');
/** --only=<part of a label>[,…]: measure only these queries. */
const ONLY = (args.find((a) => a.startsWith('--only='))?.slice(7) ?? '').split(',').filter(Boolean);
const ITEMS_PER_CONVERSATION = 5;
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 200);
const USERS = 20;
const KEEP = REUSE || process.env.BENCH_KEEP === '1';

const PHRASES: Record<'sv' | 'nl' | 'en', string[]> = {
  sv: [
    'Var är min faktura för förra månaden?',
    'Leveransen är försenad igen, vad händer?',
    'Tack för snabb hjälp med bygglovet!',
    'Soptunnan har inte tömts på två veckor',
    'När öppnar biblioteket i sommar?',
    'Jag vill klaga på snöröjningen på vår gata',
    'Skolan har fortfarande inte svarat på mitt mejl',
    'Hur ansöker jag om parkeringstillstånd?',
    'Bussen kom inte i morse och jag missade jobbet',
    'Fantastiskt fint i parken nu, bra jobbat',
    'Varför har avgiften höjts så mycket?',
    'Kan någon ringa mig om ärendet?',
  ],
  nl: [
    'Waar blijft mijn fiets? Ik wacht al twee weken',
    'De factuur klopt niet, er staat te veel op',
    'Top service in de winkel, dank jullie wel!',
    'Mijn band is weer lek na de reparatie',
    'Wanneer is de winkel open op zondag?',
    'Ik wil mijn bestelling annuleren',
    'De levering is vertraagd, wat is er aan de hand?',
    'Kan iemand mij terugbellen over de garantie?',
  ],
  en: [
    'Where is my invoice for last month?',
    'The delivery is late again, what is going on?',
    'Thanks for the quick help with my bike!',
    'I want a refund for the broken lock',
    'When does the shop open on Sunday?',
    'Nobody has answered my email about the warranty',
    'Great service, really friendly staff',
    'Can someone call me back about my order?',
  ],
};
/** A rare word (about one item in a thousand), to measure a selective search too. */
const RARE = 'reklamationsärende';

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed(label: string, fn: () => Promise<unknown>) {
  const started = performance.now();
  await fn();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Drop an index-heavy table's secondary indexes for the bulk load; returns their definitions. */
async function dropIndexes(db: Db, table: string) {
  const { rows } = await sql<{ indexname: string; indexdef: string }>`
    SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = ${table}
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(db);
  for (const row of rows) await sql`DROP INDEX ${sql.id(row.indexname)}`.execute(db);
  return rows.map((r) => r.indexdef);
}

async function generate(db: Db) {
  const ws = await sql<{ id: string }>`
    INSERT INTO workspaces (slug, name, country, time_zone, default_language)
    VALUES ('bench', 'Bench kommun', 'SE', 'Europe/Stockholm', 'sv') RETURNING id`.execute(db);
  const workspaceId = ws.rows[0]!.id;
  const authorCount = Math.max(1, Math.floor(CONVERSATIONS / 5));
  await sql`
    INSERT INTO users (email, name, password_hash)
    SELECT 'r' || g || '@bench.test', 'Responder ' || g, 'x' FROM generate_series(1, ${USERS}) g`.execute(db);
  await sql`
    INSERT INTO memberships (workspace_id, user_id, roles)
    SELECT ${workspaceId}, id, ARRAY['responder'] FROM users WHERE email LIKE '%@bench.test'`.execute(db);
  await sql`
    INSERT INTO channels (workspace_id, kind, name, handle, settings)
    SELECT ${workspaceId}, 'sandbox', 'Channel ' || g, 'ch' || g, '{}' FROM generate_series(1, 4) g`.execute(db);
  await sql`
    INSERT INTO authors (workspace_id, network, platform_id, handle, first_seen_at, last_seen_at, item_count)
    SELECT ${workspaceId}, 'sandbox', 'a' || g, '@author' || g, now() - interval '400 days', now(), 5
      FROM generate_series(1, ${authorCount}) g`.execute(db);

  const conversationIndexes = await dropIndexes(db, 'conversations');
  const itemIndexes = await dropIndexes(db, 'items');
  await timed(`${CONVERSATIONS.toLocaleString('en')} conversations`, () =>
    sql`
      WITH ch AS (SELECT array_agg(id ORDER BY name) AS ids FROM channels WHERE workspace_id = ${workspaceId}),
           us AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE '%@bench.test'),
           g AS (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
                   FROM generate_series(1, ${CONVERSATIONS}) g),
           s AS (
             SELECT g.*,
               CASE WHEN r1 < 0.08 THEN 'new' WHEN r1 < 0.20 THEN 'open' WHEN r1 < 0.25 THEN 'waiting'
                    WHEN r1 < 0.70 THEN 'resolved' ELSE 'closed' END AS status,
               CASE WHEN r2 < 0.60 THEN 'sv' WHEN r2 < 0.85 THEN 'en' ELSE 'nl' END AS language,
               now() - r3 * interval '365 days' AS activity
             FROM g)
      INSERT INTO conversations (workspace_id, channel_id, kind, conversation_key, author_id, status, closed_reason,
        priority, assignee_id, language, sentiment, intent, severity, preview, item_count, awaiting_since,
        last_activity_at, due_at, resolution_due_at, sla_state, tags, created_at)
      SELECT ${workspaceId}, ch.ids[1 + (g % 4)], CASE WHEN g % 10 = 0 THEN 'private' ELSE 'public' END, 'k' || g,
        au.id, status, CASE WHEN status = 'closed' THEN 'spam' END,
        CASE WHEN r5 < 0.02 THEN 'urgent' WHEN r5 < 0.10 THEN 'high' ELSE 'normal' END,
        CASE WHEN r4 < 0.70 THEN us.ids[1 + (g % ${USERS})] END,
        language,
        CASE WHEN r6 < 0.25 THEN 'negative' WHEN r6 < 0.80 THEN 'neutral' ELSE 'positive' END,
        (ARRAY['question', 'complaint', 'praise', 'request'])[1 + (g % 4)],
        CASE WHEN r5 < 0.02 THEN 'critical' WHEN r5 < 0.10 THEN 'high' WHEN r5 > 0.9 THEN 'low' ELSE 'normal' END,
        'preview ' || g, ${ITEMS_PER_CONVERSATION},
        CASE WHEN status IN ('new', 'open') OR (status = 'resolved' AND r4 > 0.97) THEN activity END,
        CASE WHEN status IN ('new', 'open') THEN now() - interval '12 hours' + r3 * 1000 * interval '60 hours'
             ELSE activity END,
        CASE WHEN status IN ('new', 'open') THEN now() - interval '6 hours' + r4 * interval '72 hours' END,
        CASE WHEN status IN ('new', 'open') THEN activity + interval '3 days' END,
        CASE WHEN status IN ('new', 'open') THEN 'ok' ELSE 'none' END,
        CASE WHEN g % 50 = 0 THEN ARRAY['vip'] ELSE '{}' END,
        activity
      FROM s CROSS JOIN ch CROSS JOIN us
      JOIN authors au ON au.workspace_id = ${workspaceId} AND au.network = 'sandbox'
        AND au.platform_id = 'a' || (1 + s.g % ${authorCount})`.execute(db),
  );
  // Phrases as array literals indexed by a cheap integer mix of the row numbers: no per-row subquery.
  const arrays = Object.fromEntries(
    (Object.entries(PHRASES) as Array<[string, string[]]>).map(([language, list]) => [language, sql`${list}::text[]`]),
  );
  await timed(`${(CONVERSATIONS * ITEMS_PER_CONVERSATION).toLocaleString('en')} items`, () =>
    sql`
      WITH c AS (
        SELECT c.*, row_number() OVER () AS rn,
          CASE c.language WHEN 'sv' THEN ${arrays.sv} WHEN 'nl' THEN ${arrays.nl} ELSE ${arrays.en} END AS texts
        FROM conversations c)
      INSERT INTO items (workspace_id, channel_id, conversation_id, direction, kind, platform_id, author_platform_id,
        author_handle, author_id, text, language, occurred_at, received_at, raw, sentiment, severity)
      SELECT c.workspace_id, c.channel_id, c.id, 'inbound', 'comment', c.conversation_key || '-' || s.k, 'a', '@a',
        c.author_id,
        CASE WHEN (c.rn * 5 + s.k) % 1000 = 0 THEN c.texts[1 + (c.rn * 7 + s.k) % cardinality(c.texts)] || ' ' || ${RARE}
             ELSE c.texts[1 + (c.rn * 7 + s.k * 3) % cardinality(c.texts)] || ' '
               || c.texts[1 + (c.rn * 13 + s.k * 5) % cardinality(c.texts)] END,
        c.language, c.last_activity_at - (5 - s.k) * interval '1 hour', c.last_activity_at, '{}', c.sentiment, c.severity
      FROM c CROSS JOIN generate_series(1, ${ITEMS_PER_CONVERSATION}) AS s(k)`.execute(db),
  );
  await timed('indexes', async () => {
    for (const def of [...conversationIndexes, ...itemIndexes]) await sql.raw(def).execute(db);
  });
  return workspaceId;
}

async function main() {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = REUSE ? `samtal_inbox_bench_${CONVERSATIONS}` : `samtal_inbox_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const database = openDatabase(url.toString(), { max: 4 });
  try {
    if (exists) {
      // A migration edited since the data was generated (only the unreleased, idempotent index
      // migrations are edited) runs again instead of failing the checksum check.
      const files = readMigrationFiles();
      const { rows } = await database.pool.query<{ name: string; checksum: string }>(
        'SELECT name, checksum FROM schema_migrations',
      );
      for (const row of rows) {
        if (files.find((f) => f.name === row.name)?.checksum !== row.checksum) {
          console.log(`Re-running changed migration ${row.name}`);
          await database.pool.query('DELETE FROM schema_migrations WHERE name = $1', [row.name]);
        }
      }
    }
    await migrate(database.pool);
    let workspaceId = exists
      ? (
          await sql<{ id: string; n: string }>`
            SELECT w.id, (SELECT count(*) FROM conversations c WHERE c.workspace_id = w.id) AS n
              FROM workspaces w WHERE w.slug = 'bench'`.execute(database.db)
        ).rows.find((r) => Number(r.n) === CONVERSATIONS)?.id
      : undefined;
    if (workspaceId) {
      console.log(`Reusing ${dbName} (${CONVERSATIONS.toLocaleString('en')} conversations)`);
      // Indexes added to migrations since the data was generated are built by migrate() above.
      await sql`ANALYZE`.execute(database.db);
    } else {
      if (exists) throw new Error(`${dbName} exists with another size: drop it first`);
      console.log('Generating (set-based SQL):');
      const started = performance.now();
      // One connection for the load, with bulk-friendly settings; foreign keys are known to hold.
      workspaceId = await database.db.connection().execute(async (db) => {
        await sql`SET maintenance_work_mem = '1GB'`.execute(db);
        await sql`SET synchronous_commit = off`.execute(db);
        await sql`SET session_replication_role = replica`.execute(db);
        return generate(db as Db);
      });
      await timed('VACUUM ANALYZE', () => sql`VACUUM ANALYZE`.execute(database.db));
      console.log(`  total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }

    const users = (
      await database.db.selectFrom('users').select('id').where('email', 'like', '%@bench.test').execute()
    ).map((u) => u.id);
    const ws = { workspaceId, defaultLanguage: 'sv' };
    const cases: Array<{ label: string; target: number; query: (i: number) => Record<string, string> }> = [
      { label: 'default inbox (time left)', target: 30, query: () => ({}) },
      { label: 'mine', target: 30, query: () => ({ view: 'mine' }) },
      { label: 'critical + negative', target: 30, query: () => ({ severity: 'critical', sentiment: 'negative' }) },
      {
        label: 'channel + status open, newest',
        target: 30,
        query: () => ({ view: 'all', status: 'open', sort: 'newest' }),
      },
      { label: 'unanswered (any status)', target: 30, query: () => ({ view: 'unanswered', sort: 'oldest' }) },
      { label: 'inbox page 2 (cursor)', target: 30, query: () => ({ cursor: '' }) },
      {
        label: 'full text, common words (inbox)',
        target: 100,
        query: (i) => ({ q: ['fakturan', 'leveransen', 'fiets', 'refund', 'biblioteket'][i % 5]! }),
      },
      {
        label: 'full text, common word (all)',
        target: 100,
        query: (i) => ({ view: 'all', q: ['faktura', 'bussen', 'invoice'][i % 3]! }),
      },
      { label: 'full text, rare word (all)', target: 100, query: () => ({ view: 'all', q: RARE }) },
    ];
    const channelId = (await database.db.selectFrom('channels').select('id').executeTakeFirstOrThrow()).id;
    const firstPage = await listConversations(
      database.db,
      { ...ws, userId: users[0]! },
      ListConversationsQuery.parse({}),
    );
    // The hit ratio printed at the end is the one of the measured queries, not of the load.
    await sql`SELECT pg_stat_reset()`.execute(database.db);
    console.log(`\n${RUNS} runs each, limit 50 (ms):`);
    console.log('  query                                  p50     p95     max   rows  target');
    const inputFor = (c: (typeof cases)[number], i: number) => {
      const raw = c.query(i);
      if ('cursor' in raw) raw.cursor = firstPage.nextCursor!;
      if (c.label.startsWith('channel')) raw.channelId = channelId;
      return ListConversationsQuery.parse(raw);
    };
    for (const c of cases.filter((c) => ONLY.length === 0 || ONLY.some((o) => c.label.includes(o)))) {
      if (EXPLAIN) {
        // The SQL the use case sends, captured through Kysely's log, explained with its parameters.
        let captured: { sql: string; parameters: readonly unknown[] } | undefined;
        const logged = new Kysely<Database>({
          dialect: new PostgresDialect({ pool: database.pool }),
          log: (event) => {
            if (event.query.sql.includes('"conversations" as "c"')) captured = event.query;
          },
        });
        await listConversations(logged, { ...ws, userId: users[0]! }, inputFor(c, 0));
        const plan = await database.pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${captured!.sql}`, [
          ...captured!.parameters,
        ]);
        console.log(
          `\n${c.label}:\n${plan.rows.map((r: Record<string, string>) => `    ${r['QUERY PLAN']}`).join('\n')}`,
        );
      }
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const input = inputFor(c, i);
        const started = performance.now();
        const page = await listConversations(database.db, { ...ws, userId: users[i % users.length]! }, input);
        times.push(performance.now() - started);
        rows = page.rows.length;
      }
      times.sort((a, b) => a - b);
      const p95 = pct(times, 95);
      console.log(
        `  ${c.label.padEnd(36)} ${pct(times, 50).toFixed(1).padStart(6)}  ${p95.toFixed(1).padStart(6)}  ${times.at(-1)!.toFixed(1).padStart(6)}  ${String(rows).padStart(5)}  ≤${c.target} ${p95 <= c.target ? 'ok' : 'MISSED'}`,
      );
    }
    const countTimes: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await countConversations(database.db, workspaceId, users[i % users.length]!);
      countTimes.push(performance.now() - started);
    }
    countTimes.sort((a, b) => a - b);
    console.log(
      `  counts (5 badges, 50 runs)            ${pct(countTimes, 50).toFixed(1).padStart(6)}  ${pct(countTimes, 95).toFixed(1).padStart(6)}`,
    );

    const size = await sql<{
      db: string;
      conversations: string;
      items: string;
      search: string;
      hit: string | null;
      buffers: string;
    }>`
      SELECT pg_database_size(current_database()) AS db,
             pg_total_relation_size('conversations') AS conversations,
             pg_total_relation_size('items') AS items,
             pg_relation_size('items_search_idx') AS search,
             current_setting('shared_buffers') AS buffers,
             (SELECT round(100.0 * blks_hit / nullif(blks_hit + blks_read, 0), 1) FROM pg_stat_database
               WHERE datname = current_database()) AS hit`.execute(database.db);
    const s = size.rows[0]!;
    console.log(
      `\nMemory/disk: database ${mb(Number(s.db))} (conversations ${mb(Number(s.conversations))}, items ${mb(Number(s.items))}, of which search index ${mb(Number(s.search))}); shared_buffers ${s.buffers}, hit ratio ${s.hit}%; Node RSS ${mb(process.memoryUsage().rss)}`,
    );
  } finally {
    await database.close();
    if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    else console.log(`kept database ${dbName}`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
