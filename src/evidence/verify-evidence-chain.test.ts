/**
 * The evidence chain holds: intact chains verify (API function and `samtal evidence verify` as a
 * child process); normal changes are refused by the append-only triggers; an attacker with database
 * access (triggers bypassed with session_replication_role = replica) who alters one artifact byte, a
 * record field, or deletes a record is caught, and the broken record is named. Deleting the newest
 * records (or all), or rewriting a record with a recomputed hash, leaves a consistent chain; the
 * cross-check with the audit log's `evidence.captured` entries catches those.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel, type ChannelFixture } from '../channels/channel-fixtures.js';
import { injectSandboxEvent } from '../channels/sandbox/sandbox-network.js';
import { syncChannel } from '../channels/sync-channel.js';
import type { Tx } from '../db/database.js';
import type { EvidenceRecord } from '../db/schema-moderation.js';
import { closeHeadlessBrowser } from '../shared/headless-browser.js';
import { runSamtal } from '../test-support/samtal-process.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { captureEvidence } from './capture-evidence.js';
import { evidenceHash } from './evidence-hash.js';
import { verifyEvidenceChain } from './verify-evidence-chain.js';

let t: TestApp;
let fx: ChannelFixture;
let slug: string;
const records: EvidenceRecord[] = [];

/** What an attacker with database access can do: triggers off for this transaction only. */
function asAttacker(work: (trx: Tx) => Promise<unknown>) {
  return t.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await work(trx);
  });
}

const verifyCli = () => runSamtal(['evidence', 'verify', '--workspace', slug], { databaseUrl: t.database.url });

beforeAll(async () => {
  t = await createTestApp();
  fx = await makeSandboxChannel(t);
  slug = (await t.db.selectFrom('workspaces').select('slug').where('id', '=', fx.workspaceId).executeTakeFirstOrThrow())
    .slug;
  const event = await injectSandboxEvent(t.db, fx, { text: 'Jag ska döda dig, jag vet var du bor.' });
  await syncChannel(t.ctx, fx.channelId);
  const item = await t.db
    .selectFrom('items')
    .select('id')
    .where('platform_id', '=', event.platformId)
    .executeTakeFirstOrThrow();
  const actor = { id: null, label: 'test' };
  for (const reason of ['before hide', 'on demand', 'police report'])
    records.push(await captureEvidence(t.ctx, { workspaceId: fx.workspaceId, itemId: item.id, actor, reason }));
});
afterAll(async () => {
  await closeHeadlessBrowser();
  await t?.close();
});

describe('evidence chain', { timeout: 120_000 }, () => {
  it('verifies an intact chain, in code and with `samtal evidence verify`', async () => {
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({ ok: true, records: 3 });
    const run = await verifyCli();
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('Evidence chain intact: 3 records in 1 workspaces.');
    expect(run.code).toBe(0);
  });

  it('refuses normal updates and deletes (append-only triggers)', async () => {
    await expect(
      t.db.updateTable('evidence_records').set({ reason: 'changed' }).where('id', '=', records[0]!.id).execute(),
    ).rejects.toThrow(/evidence is append-only: UPDATE on evidence_records/);
    await expect(
      t.db.deleteFrom('evidence_artifacts').where('record_id', '=', records[0]!.id).execute(),
    ).rejects.toThrow(/evidence is append-only: DELETE on evidence_artifacts/);
  });

  it('names the record when one byte of one stored artifact was altered', async () => {
    const target = records[1]!;
    const position = target.manifest.findIndex((m) => m.filename === 'screenshot.png');
    expect(position).toBeGreaterThan(0);
    const original = (await t.db
      .selectFrom('evidence_artifacts')
      .select('content')
      .where('record_id', '=', target.id)
      .where('position', '=', position)
      .executeTakeFirstOrThrow())!.content;
    const altered = Buffer.from(original);
    const at = altered.length - 20;
    altered.writeUInt8(altered.readUInt8(at) ^ 0x01, at);
    const setContent = (content: Buffer) =>
      asAttacker((trx) =>
        trx
          .updateTable('evidence_artifacts')
          .set({ content })
          .where('record_id', '=', target.id)
          .where('position', '=', position)
          .execute(),
      );
    await setContent(altered);
    const problem = 'artifact screenshot.png: content does not match its SHA-256';
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({
      ok: false,
      broken: { workspaceId: fx.workspaceId, recordId: target.id, seq: '2', problem },
    });
    const run = await verifyCli();
    expect(run.stdout.trim()).toBe(
      `Evidence chain BROKEN at record #2 (${target.id}) in workspace ${slug}: ${problem}`,
    );
    expect(run.code).toBe(1);
    await setContent(original);
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({ ok: true });
  });

  it('names the record when one of its fields was altered', async () => {
    const target = records[0]!;
    const setReason = (reason: string) =>
      asAttacker((trx) => trx.updateTable('evidence_records').set({ reason }).where('id', '=', target.id).execute());
    await setReason('nothing to see');
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({
      ok: false,
      broken: { recordId: target.id, seq: '1', problem: expect.stringContaining('do not match its hash') },
    });
    await setReason(target.reason);
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({ ok: true });
  });

  it('keeps the chain unbroken when captures run at the same time (advisory lock)', async () => {
    const deps = { ...t.ctx, config: { ...t.ctx.config, chromiumPath: '/nonexistent/chromium' } };
    const itemId = records[0]!.item_id!;
    const parallel = await Promise.all(
      [1, 2, 3].map((n) =>
        captureEvidence(deps, {
          workspaceId: fx.workspaceId,
          itemId,
          actor: { id: null, label: 'test' },
          reason: `parallel ${n}`,
        }),
      ),
    );
    expect(parallel.map((r) => r.seq).sort()).toEqual(['4', '5', '6']);
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({ ok: true, records: 6 });
  });

  it('names the newest record when it was rewritten with a recomputed hash (audit log cross-check)', async () => {
    const newest = await newestRecord();
    const forged = { ...fieldsOf(newest), reason: 'nothing to see' };
    const setRow = (reason: string, hash: string) =>
      asAttacker((trx) =>
        trx.updateTable('evidence_records').set({ reason, hash }).where('id', '=', newest.id).execute(),
      );
    await setRow(forged.reason, evidenceHash(newest.prev_hash, forged));
    const result = await verifyEvidenceChain(t.db, fx.workspaceId);
    expect(result).toMatchObject({
      ok: false,
      records: 6,
      broken: { recordId: newest.id, seq: '6', problem: expect.stringContaining(`recorded at its capture at `) },
    });
    expect(!result.ok && result.broken.problem).toContain(`with hash ${newest.hash}`);
    await setRow(newest.reason, newest.hash);
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({ ok: true, records: 6 });
  });

  it('names the newest record when it is deleted, in code and with `samtal evidence verify`', async () => {
    const newest = await newestRecord();
    const audit = await t.db
      .selectFrom('audit_log')
      .select('created_at')
      .where('action', '=', 'evidence.captured')
      .where('subject_id', '=', newest.id)
      .executeTakeFirstOrThrow();
    await deleteRecords([newest.id]);
    const problem = `record #6 is missing: the audit log recorded its capture at ${audit.created_at.toISOString()} with hash ${newest.hash}`;
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({
      ok: false,
      records: 5,
      broken: { workspaceId: fx.workspaceId, recordId: newest.id, seq: '6', problem },
    });
    const run = await verifyCli();
    expect(run.stdout.trim()).toBe(
      `Evidence chain BROKEN at record #6 (${newest.id}) in workspace ${slug}: ${problem}`,
    );
    expect(run.code).toBe(1);
  });

  it('breaks when a record is deleted', async () => {
    const target = records[1]!;
    await asAttacker(async (trx) => {
      await trx.deleteFrom('evidence_custody_events').where('record_id', '=', target.id).execute();
      await trx.deleteFrom('evidence_artifacts').where('record_id', '=', target.id).execute();
      await trx.deleteFrom('evidence_records').where('id', '=', target.id).execute();
    });
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({
      ok: false,
      broken: { recordId: records[2]!.id, seq: '3', problem: 'record #2 is missing (the next one is #3)' },
    });
    const run = await verifyCli();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Evidence chain BROKEN at record #3 (${records[2]!.id})`);
  });

  it('names record #1 when every record was deleted', async () => {
    const left = await t.db
      .selectFrom('evidence_records')
      .select('id')
      .where('workspace_id', '=', fx.workspaceId)
      .execute();
    await deleteRecords(left.map((r) => r.id));
    expect(await verifyEvidenceChain(t.db, fx.workspaceId)).toMatchObject({
      ok: false,
      records: 0,
      broken: { recordId: records[0]!.id, seq: '1', problem: expect.stringMatching(/^record #1 is missing: /) },
    });
    const run = await verifyCli();
    expect(run.stdout).toContain(`Evidence chain BROKEN at record #1 (${records[0]!.id}) in workspace ${slug}`);
    expect(run.code).toBe(1);
  });
});

function newestRecord() {
  return t.db
    .selectFrom('evidence_records')
    .selectAll()
    .where('workspace_id', '=', fx.workspaceId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

function fieldsOf(r: EvidenceRecord) {
  return {
    id: r.id,
    workspaceId: r.workspace_id,
    seq: String(r.seq),
    itemId: r.item_id,
    channelId: r.channel_id,
    itemPlatformId: r.item_platform_id,
    itemUrl: r.item_url,
    reason: r.reason,
    legalHoldReason: r.legal_hold_reason,
    capturedBy: r.captured_by,
    capturedByLabel: r.captured_by_label,
    capturedAt: r.captured_at,
    manifest: r.manifest,
    captureErrors: r.capture_errors as Array<{ kind: string; message: string }>,
  };
}

function deleteRecords(ids: string[]) {
  return asAttacker(async (trx) => {
    await trx.deleteFrom('evidence_custody_events').where('record_id', 'in', ids).execute();
    await trx.deleteFrom('evidence_artifacts').where('record_id', 'in', ids).execute();
    await trx.deleteFrom('evidence_records').where('id', 'in', ids).execute();
  });
}
