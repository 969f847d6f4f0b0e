/**
 * Evidence benchmark: N evidence captures on ingested sandbox items through the real use case
 * (raw, item, thread, author and a Chromium screenshot, one chained record each, one at a time as a
 * moderator would), then `verifyEvidenceChain` over those records and again after appending
 * 5,000 synthetic records (artifacts of a few KB, correctly chained, each with its audit entry).
 *
 *   npx tsx bench/evidence.bench.ts [captures=200] [synthetic=5000]
 *   (DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres; creates and drops its own database)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type Insertable, sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { createContext } from '../src/app/runtime.js';
import { auditHash, GENESIS_HASH } from '../src/audit/audit-hash.js';
import { connectChannel } from '../src/channels/connect-channel.js';
import { injectSandboxEvents } from '../src/channels/sandbox/sandbox-network.js';
import { syncChannel } from '../src/channels/sync-channel.js';
import { loadConfig } from '../src/config/config.js';
import { openDatabase, type Db } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';
import type { EvidenceManifestEntry } from '../src/db/schema-moderation.js';
import { captureEvidence } from '../src/evidence/capture-evidence.js';
import { evidenceHash, sha256Hex } from '../src/evidence/evidence-hash.js';
import * as evidenceRepo from '../src/evidence/evidence.repository.js';
import { verifyEvidenceChain } from '../src/evidence/verify-evidence-chain.js';
import { closeHeadlessBrowser } from '../src/shared/headless-browser.js';
import { insertWorkspace } from '../src/workspaces/workspaces.repository.js';

const CAPTURES = Number(process.argv[2] ?? 200);
const SYNTHETIC = Number(process.argv[3] ?? 5_000);
const BATCH = 250;
const ACTOR = { id: null, label: 'bench' };
const TEXTS = [
  'Jag ska döda dig, jag vet var du bor.',
  'Ni är inkompetenta allihop. Lägg ner och avgå!',
  'Vilka jävla pajasar som jobbar på kommunen.',
  'Ik weet waar je woont, pas maar op.',
  'Jullie klantenservice is een stel idioten, echt waar.',
  'What a bunch of clowns running this town.',
];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs fn while sampling this process's RSS; returns its result, seconds and the peak RSS. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; seconds: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  const started = performance.now();
  try {
    const result = await fn();
    return { result, seconds: (performance.now() - started) / 1000, peakRss };
  } finally {
    clearInterval(timer);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
}

/** Appends `count` records with a few KB of artifacts each, chained after the last real one, plus audit entries. */
async function appendSynthetic(db: Db, workspaceId: string, itemIds: string[], count: number) {
  const lastRecord = await db
    .selectFrom('evidence_records')
    .select(['seq', 'hash'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const lastAudit = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  let seq = BigInt(lastRecord.seq);
  let prevHash = lastRecord.hash;
  let auditSeq = BigInt(lastAudit?.seq ?? '0');
  let auditPrev = lastAudit?.hash ?? GENESIS_HASH;
  for (let done = 0; done < count; done += BATCH) {
    const records: Insertable<Database['evidence_records']>[] = [];
    const artifacts: Insertable<Database['evidence_artifacts']>[] = [];
    const audits: Insertable<Database['audit_log']>[] = [];
    for (let i = done; i < Math.min(count, done + BATCH); i++) {
      const id = randomUUID();
      const itemId = itemIds[i % itemIds.length]!;
      const files = [
        { kind: 'raw', filename: 'raw.json', contentType: 'application/json', content: jsonOf(800, i) },
        { kind: 'item', filename: 'item.json', contentType: 'application/json', content: jsonOf(2000, i) },
        { kind: 'thread', filename: 'thread.json', contentType: 'application/json', content: jsonOf(1500, i) },
        { kind: 'screenshot', filename: 'screenshot.png', contentType: 'image/png', content: randomBytes(4096) },
      ] as const;
      const manifest: EvidenceManifestEntry[] = files.map((f) => ({
        kind: f.kind,
        filename: f.filename,
        contentType: f.contentType,
        size: f.content.length,
        sha256: sha256Hex(f.content),
      }));
      seq++;
      const fields = {
        id,
        workspaceId,
        seq: String(seq),
        itemId,
        channelId: null,
        itemPlatformId: `sbx-synthetic-${i}`,
        itemUrl: `https://sandbox.samtal.local/p/sbx-synthetic-${i}`,
        reason: 'synthetic',
        legalHoldReason: 'bench',
        capturedBy: null,
        capturedByLabel: 'bench',
        capturedAt: new Date(),
        manifest,
        captureErrors: [],
      };
      const hash = evidenceHash(prevHash, fields);
      records.push({
        id,
        workspace_id: workspaceId,
        seq: fields.seq,
        item_id: itemId,
        channel_id: null,
        item_platform_id: fields.itemPlatformId,
        item_url: fields.itemUrl,
        reason: fields.reason,
        legal_hold_reason: fields.legalHoldReason,
        captured_by: null,
        captured_by_label: fields.capturedByLabel,
        captured_at: fields.capturedAt,
        manifest: JSON.stringify(manifest),
        capture_errors: '[]',
        prev_hash: prevHash,
        hash,
      });
      files.forEach((f, position) =>
        artifacts.push({
          record_id: id,
          position,
          kind: f.kind,
          filename: f.filename,
          content_type: f.contentType,
          content: f.content,
          sha256: manifest[position]!.sha256,
        }),
      );
      prevHash = hash;
      auditSeq++;
      const row = {
        workspaceId,
        seq: String(auditSeq),
        actorId: null,
        actorLabel: 'bench',
        action: 'evidence.captured',
        subjectType: 'evidence_record',
        subjectId: id,
        data: { itemId, seq: fields.seq, hash, reason: 'synthetic' },
        createdAt: new Date(),
      };
      const aHash = auditHash(auditPrev, row);
      audits.push({
        workspace_id: workspaceId,
        seq: row.seq,
        actor_id: null,
        actor_label: row.actorLabel,
        action: row.action,
        subject_type: row.subjectType,
        subject_id: id,
        data: JSON.stringify(row.data),
        created_at: row.createdAt,
        prev_hash: auditPrev,
        hash: aHash,
      });
      auditPrev = aHash;
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('evidence_records').values(records).execute();
      await trx.insertInto('evidence_artifacts').values(artifacts).execute();
      await trx.insertInto('audit_log').values(audits).execute();
    });
  }
}

function jsonOf(bytes: number, i: number): Buffer {
  const filler = 'Jag ska döda dig, jag vet var du bor. '.repeat(Math.ceil(bytes / 38)).slice(0, bytes);
  return Buffer.from(JSON.stringify({ n: i, text: filler }, null, 2));
}

async function main() {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `samtal_bench_evidence_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const database = openDatabase(url.toString(), { max: 10 });
  try {
    await migrate(database.pool);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      SAMTAL_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
      SAMTAL_DEMO: 'false',
      LOG_LEVEL: 'silent',
    });
    const ctx = createContext(config, database, pino({ level: 'silent' }), null);
    const ws = await insertWorkspace(ctx.db, {
      slug: 'bench',
      name: 'Bench kommun',
      country: 'SE',
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
    });
    const channel = await connectChannel(ctx, ws.id, ACTOR, {
      kind: 'sandbox',
      name: 'Facebook (sandbox)',
      handle: 'benchkommun',
      settings: { ratePerMinute: 0 },
    });
    const target = { workspaceId: ws.id, channelId: channel.id };
    const events = await injectSandboxEvents(
      ctx.db,
      target,
      Array.from({ length: CAPTURES }, (_, i) => ({
        text: `${TEXTS[i % TEXTS.length]} (#${i})`,
        author: { platformId: `u-bench-${i % 40}`, handle: `bench.person${i % 40}`, name: `Person ${i % 40}` },
      })),
    );
    await syncChannel(ctx, channel.id);
    const items = await ctx.db
      .selectFrom('items')
      .select(['id', 'platform_id'])
      .where('channel_id', '=', channel.id)
      .where(
        'platform_id',
        'in',
        events.map((e) => e.platformId),
      )
      .execute();
    if (items.length !== CAPTURES) throw new Error(`ingested ${items.length} of ${CAPTURES} items`);

    console.log(
      `Evidence: ${CAPTURES} captures with Chromium screenshots, then verification (+${SYNTHETIC} synthetic)`,
    );
    const latencies: number[] = [];
    let screenshotErrors = 0;
    const capture = await measured(async () => {
      for (const item of items) {
        const started = performance.now();
        const record = await captureEvidence(ctx, {
          workspaceId: ws.id,
          itemId: item.id,
          actor: ACTOR,
          reason: 'bench',
        });
        latencies.push(performance.now() - started);
        if (!record.manifest.some((m) => m.kind === 'screenshot')) screenshotErrors++;
      }
    });
    const first = latencies[0]!;
    const sorted = [...latencies].sort((a, b) => a - b);
    const sizes = await ctx.db
      .selectFrom('evidence_artifacts')
      .select((eb) => [
        eb.fn.sum<string>(sql`length(content)`).as('total'),
        eb.fn.sum<string>(sql`CASE WHEN kind = 'screenshot' THEN length(content) ELSE 0 END`).as('png'),
      ])
      .executeTakeFirstOrThrow();

    const verifyReal = await measured(() => verifyEvidenceChain(ctx.db, ws.id));
    const synthetic = await measured(() =>
      appendSynthetic(
        ctx.db,
        ws.id,
        items.map((i) => i.id),
        SYNTHETIC,
      ),
    );
    const verifyAll = await measured(() => verifyEvidenceChain(ctx.db, ws.id));
    for (const v of [verifyReal, verifyAll]) if (!v.result.ok) throw new Error(JSON.stringify(v.result));
    // The audit-log cross-check's share of the verification (its three queries).
    const crossCheck = await measured(async () => {
      await evidenceRepo.findFirstUnmatchedCaptureEntry(ctx.db, ws.id);
      await evidenceRepo.findFirstUnloggedRecord(ctx.db, ws.id);
      await evidenceRepo.countRecordsAndCaptureEntries(ctx.db, ws.id);
    });

    const rows: Array<[string, string]> = [
      ['captures', `${CAPTURES} (screenshot missing in ${screenshotErrors})`],
      ['captures/s (sequential)', (CAPTURES / capture.seconds).toFixed(2)],
      [
        'ms per capture p50 / p95 / max',
        `${sorted.length ? pct(sorted, 50).toFixed(0) : '-'} / ${pct(sorted, 95).toFixed(0)} / ${sorted.at(-1)!.toFixed(0)}`,
      ],
      ['first capture (Chromium start)', `${first.toFixed(0)} ms`],
      ['bytes per record (all artifacts)', kb(Number(sizes.total) / CAPTURES)],
      ['  of which screenshot.png', kb(Number(sizes.png) / CAPTURES)],
      ['peak RSS while capturing (Node)', mb(capture.peakRss)],
      [
        `verify ${verifyReal.result.records} real records`,
        `${verifyReal.seconds.toFixed(2)} s = ${(verifyReal.result.records / verifyReal.seconds).toFixed(0)} records/s, peak RSS ${mb(verifyReal.peakRss)}`,
      ],
      [`insert ${SYNTHETIC} synthetic records`, `${synthetic.seconds.toFixed(1)} s`],
      [
        `verify ${verifyAll.result.records} records`,
        `${verifyAll.seconds.toFixed(2)} s = ${(verifyAll.result.records / verifyAll.seconds).toFixed(0)} records/s, peak RSS ${mb(verifyAll.peakRss)}`,
      ],
      ['  of which the audit-log cross-check', `${(crossCheck.seconds * 1000).toFixed(0)} ms`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  } finally {
    await closeHeadlessBrowser();
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
