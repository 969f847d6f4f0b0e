/**
 * Retention purge and data-subject erasure on ingested sandbox items: items with evidence are under
 * legal hold and survive both, with the reason recorded in the chain of custody; the rest goes.
 */
import { parseCrontab } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel, type ChannelFixture } from '../channels/channel-fixtures.js';
import { injectSandboxEvent, type SandboxEventInput } from '../channels/sandbox/sandbox-network.js';
import { syncChannel } from '../channels/sync-channel.js';
import { captureEvidence } from '../evidence/capture-evidence.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { allJobs, crontab } from '../jobs/registry.js';
import { purgeRetentionJob } from './privacy.jobs.js';
import { purgeRetention } from './purge-retention.js';

let t: TestApp;
let fx: ChannelFixture;
const DAY = 24 * 3600_000;
const actor = { id: null, label: 'test' };

async function ingest(input: SandboxEventInput): Promise<{ id: string; conversation_id: string }> {
  const event = await injectSandboxEvent(t.db, fx, input);
  await syncChannel(t.ctx, fx.channelId);
  return t.db
    .selectFrom('items')
    .select(['id', 'conversation_id'])
    .where('platform_id', '=', event.platformId)
    .executeTakeFirstOrThrow();
}

const setStatus = (conversationId: string, status: 'open' | 'closed' | 'resolved') =>
  t.db.updateTable('conversations').set({ status }).where('id', '=', conversationId).execute();

/** Evidence without a screenshot (no Chromium needed): the hold is what matters here. */
const hold = (itemId: string, legalHoldReason: string) =>
  captureEvidence(
    { ...t.ctx, config: { ...t.ctx.config, chromiumPath: '/nonexistent/chromium' } },
    { workspaceId: fx.workspaceId, itemId, actor, reason: 'before remove', legalHoldReason },
  );

const exists = async (itemId: string) =>
  !!(await t.db.selectFrom('items').select('id').where('id', '=', itemId).executeTakeFirst());

const custody = (event: 'purge_skipped' | 'erasure_skipped') =>
  t.db
    .selectFrom('evidence_custody_events')
    .select(['record_id', 'details', 'actor_label'])
    .where('workspace_id', '=', fx.workspaceId)
    .where('event', '=', event)
    .execute();

beforeAll(async () => {
  t = await createTestApp();
  fx = await makeSandboxChannel(t);
});
afterAll(async () => t?.close());

describe('retention', () => {
  it('runs as a registered daily job', () => {
    expect(allJobs).toContain(purgeRetentionJob);
    const item = parseCrontab(crontab).find((i) => i.task === purgeRetentionJob.id);
    const at = (hour: number, min: number) =>
      (item!.match as (digest: object) => boolean)({ min, hour, date: 24, month: 11, dow: 2 });
    expect([at(3, 17), at(3, 18), at(4, 17)]).toEqual([true, false, false]);
  });

  it('lets admins set the retention period (at least 30 days, or null)', async () => {
    const url = `/api/workspaces/${fx.workspaceId}/privacy/retention`;
    expect((await fx.as.admin.get(url)).json()).toEqual({ retentionDays: null });
    expect((await fx.as.admin.put(url, { retentionDays: 10 })).statusCode).toBe(400);
    expect((await fx.as.manager.put(url, { retentionDays: 60 })).statusCode).toBe(403);
    const set = await fx.as.admin.put(url, { retentionDays: 60 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ retentionDays: 60 });
    expect((await fx.as.admin.get(url)).json()).toEqual({ retentionDays: 60 });
  });

  it('purges old items of closed conversations, skipping items under legal hold', async () => {
    const old = new Date(Date.now() - 90 * DAY).toISOString();
    const author = (n: string) => ({ platformId: `u-${n}`, handle: n, name: n });
    const held = await ingest({ text: 'Gammalt hot', occurredAt: old, author: author('held') });
    const free = await ingest({ text: 'Gammal fråga', occurredAt: old, author: author('free') });
    const open = await ingest({ text: 'Gammal men öppen', occurredAt: old, author: author('open') });
    const recent = await ingest({ text: 'Ny fråga', author: author('recent') });
    expect(new Set([held, free, open, recent].map((i) => i.conversation_id)).size).toBe(4);
    await setStatus(held.conversation_id, 'closed');
    await setStatus(free.conversation_id, 'resolved');
    await setStatus(open.conversation_id, 'open');
    await setStatus(recent.conversation_id, 'closed');
    const record = await hold(held.id, 'Threat; police report SAMTAL-1');

    const [result] = await purgeRetention(t.ctx);
    expect(result).toEqual({ workspaceId: fx.workspaceId, purgedItems: 1, heldItems: 1 });
    expect(await exists(free.id)).toBe(false);
    const conversation = (id: string) =>
      t.db.selectFrom('conversations').select('id').where('id', '=', id).executeTakeFirst();
    expect(await conversation(free.conversation_id)).toBeUndefined(); // no preview of the text left behind
    expect(await conversation(held.conversation_id)).toBeDefined();
    expect(await exists(held.id)).toBe(true);
    expect(await exists(open.id)).toBe(true);
    expect(await exists(recent.id)).toBe(true);
    expect(await custody('purge_skipped')).toEqual([
      {
        record_id: record.id,
        actor_label: 'system',
        details: {
          itemId: held.id,
          retentionDays: 60,
          reason: 'Threat; police report SAMTAL-1',
          evidenceRecordIds: [record.id],
        },
      },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('workspace_id', '=', fx.workspaceId)
      .where('action', '=', 'privacy.retention_purged')
      .execute();
    expect(audit).toEqual([
      { action: 'privacy.retention_purged', data: expect.objectContaining({ purgedItems: 1, heldItems: 1 }) },
    ]);
  });
});

describe('data-subject erasure', () => {
  const authorOf = (itemId: string) =>
    t.db
      .selectFrom('items')
      .innerJoin('authors', 'authors.id', 'items.author_id')
      .select(['authors.id', 'authors.handle'])
      .where('items.id', '=', itemId)
      .executeTakeFirstOrThrow();

  it("deletes the author's unheld items, keeps held ones with the reason and anonymises the author", async () => {
    const who = { platformId: 'u-troll', handle: 'troll', name: 'Tr Oll' };
    const threat = await ingest({ text: 'Jag vet var du bor.', author: who });
    const other = await ingest({ text: 'Hej igen.', author: who });
    const record = await hold(threat.id, 'Unlawful threat; kept for the police');
    const { id: authorId } = await authorOf(threat.id);
    const url = `/api/workspaces/${fx.workspaceId}/privacy/erasure`;

    expect((await fx.as.manager.post(url, { authorId })).statusCode).toBe(403);
    const res = await fx.as.admin.post(url, { authorId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      erasedItems: 1,
      heldItems: [
        { itemId: threat.id, evidenceRecordIds: [record.id], legalHoldReason: 'Unlawful threat; kept for the police' },
      ],
      author: 'anonymised',
    });
    expect(await exists(other.id)).toBe(false);
    expect(await exists(threat.id)).toBe(true);
    const author = await t.db.selectFrom('authors').selectAll().where('id', '=', authorId).executeTakeFirstOrThrow();
    expect([author.handle, author.name]).toEqual(['erased', 'erased']);
    expect(await custody('erasure_skipped')).toEqual([
      {
        record_id: record.id,
        actor_label: expect.stringContaining('@'),
        details: expect.objectContaining({
          itemId: threat.id,
          authorId,
          reason: 'Unlawful threat; kept for the police',
        }),
      },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['data'])
      .where('workspace_id', '=', fx.workspaceId)
      .where('action', '=', 'privacy.erasure')
      .executeTakeFirstOrThrow();
    expect(audit.data).toEqual({ erasedItems: 1, heldItems: [threat.id], author: 'anonymised' });
    expect(JSON.stringify(audit.data)).not.toContain('troll');
  });

  it('deletes the author row when nothing is held, and answers 404 for an unknown author', async () => {
    const item = await ingest({ text: 'Radera mig.', author: { platformId: 'u-gdpr', handle: 'gdpr', name: 'G' } });
    const { id: authorId } = await authorOf(item.id);
    const url = `/api/workspaces/${fx.workspaceId}/privacy/erasure`;
    const res = await fx.as.admin.post(url, { authorId });
    expect(res.json()).toEqual({ erasedItems: 1, heldItems: [], author: 'deleted' });
    expect(await exists(item.id)).toBe(false);
    expect(await t.db.selectFrom('authors').select('id').where('id', '=', authorId).executeTakeFirst()).toBeUndefined();
    expect((await fx.as.admin.post(url, { authorId })).statusCode).toBe(404);
  });
});
