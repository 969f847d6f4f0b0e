import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel, type ChannelFixture } from '../channels/channel-fixtures.js';
import { injectSandboxEvent, injectSandboxEvents } from '../channels/sandbox/sandbox-network.js';
import { syncChannel } from '../channels/sync-channel.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let f: ChannelFixture;
let api: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await makeSandboxChannel(t);
  api = `/api/workspaces/${f.workspaceId}/moderation`;
});
afterAll(async () => t?.close());

async function ingest(text: string, author = { platformId: 'u-anna', handle: 'anna', name: 'Anna' }) {
  const event = await injectSandboxEvent(t.db, f, { text, author, language: 'sv' });
  await syncChannel(t.ctx, f.channelId);
  const item = await t.db
    .selectFrom('items')
    .select(['id'])
    .where('channel_id', '=', f.channelId)
    .where('platform_id', '=', event.platformId)
    .executeTakeFirstOrThrow();
  return item.id;
}

const queueEntryOf = (itemId: string) =>
  t.db.selectFrom('moderation_queue').selectAll().where('item_id', '=', itemId).executeTakeFirst();
const hitsOf = (itemId: string) =>
  t.db.selectFrom('moderation_rule_hits').selectAll().where('item_id', '=', itemId).execute();

describe('screening on ingestion', () => {
  it('queues a Swedish threat from the analysis with the suggested rule "threats"', async () => {
    const itemId = await ingest('Jag ska döda dig, jag vet var du bor.');
    const res = await f.as.moderator.get(`${api}/queue?status=pending&source=analysis`);
    expect(res.statusCode).toBe(200);
    const entry = res.json().entries.find((e: { item: { id: string } }) => e.item.id === itemId);
    expect(entry).toMatchObject({
      status: 'pending',
      sources: ['analysis'],
      suggestedRuleKey: 'threats',
      reasons: [expect.objectContaining({ source: 'analysis', code: 'threat' })],
      item: {
        text: 'Jag ska döda dig, jag vet var du bor.',
        authorHandle: 'anna',
        network: 'sandbox',
        moderationState: null,
      },
      evidenceCount: 0,
      actions: [],
    });
    // A friendly question is not queued.
    const fine = await ingest('Hej! När öppnar biblioteket på lördag?');
    expect(await queueEntryOf(fine)).toBeUndefined();
  });

  it('screens an edited item again: an edit that adds a threat queues it', async () => {
    const author = { platformId: 'u-edit', handle: 'redigerare', name: 'Red' };
    const original = await injectSandboxEvent(t.db, f, { text: 'Fint väder idag', author, language: 'sv' });
    await syncChannel(t.ctx, f.channelId);
    const item = await t.db
      .selectFrom('items')
      .select('id')
      .where('platform_id', '=', original.platformId)
      .executeTakeFirstOrThrow();
    expect(await queueEntryOf(item.id)).toBeUndefined();
    await injectSandboxEvent(t.db, f, {
      platformId: original.platformId,
      text: 'Jag ska döda er alla',
      author,
      language: 'sv',
      change: 'edited',
      editedAt: new Date().toISOString(),
    });
    await syncChannel(t.ctx, f.channelId);
    expect(await queueEntryOf(item.id)).toMatchObject({ sources: ['analysis'], suggested_rule_key: 'threats' });
  });

  it('an active word rule queues with source "rule"; a dry-run rule only records its hits', async () => {
    const active = await f.as.moderator.post(`${api}/rules`, {
      name: 'Sopor',
      mode: 'active',
      condition: { type: 'words', language: 'sv', words: ['sopbil'] },
      guidelineRuleKey: 'off_topic',
    });
    expect(active.statusCode).toBe(201);
    const dry = await f.as.moderator.post(`${api}/rules`, {
      name: 'Parkering',
      condition: { type: 'words', words: ['parkering'] },
    });
    expect(dry.json().rule).toMatchObject({ mode: 'dry_run', hits: { dryRun: 0, active: 0, last7Days: 0 } });

    const caught = await ingest('Varför kom SOPBILEN inte? Sopbil saknas igen.');
    const entry = await queueEntryOf(caught);
    expect(entry).toMatchObject({ sources: ['rule'], suggested_rule_key: 'off_topic', status: 'pending' });
    expect(entry!.reasons).toEqual([
      expect.objectContaining({
        source: 'rule',
        ruleId: active.json().rule.id,
        ruleName: 'Sopor',
        matched: ['sopbil'],
      }),
    ]);

    const parking = await ingest('Parkeringen är full, var ska man ställa bilen? Parkering saknas.');
    expect(await queueEntryOf(parking)).toBeUndefined();
    expect(await hitsOf(parking)).toEqual([
      expect.objectContaining({ rule_id: dry.json().rule.id, mode: 'dry_run', matched: ['parkering'] }),
    ]);

    const rules = (await f.as.moderator.get(`${api}/rules`)).json().rules;
    expect(rules.find((r: { name: string }) => r.name === 'Parkering').hits).toEqual({
      dryRun: 1,
      active: 0,
      last7Days: 1,
    });
    expect(rules.find((r: { name: string }) => r.name === 'Sopor').hits).toEqual({
      dryRun: 0,
      active: 1,
      last7Days: 1,
    });
    const hits = await f.as.moderator.get(`${api}/rules/${dry.json().rule.id}/hits?limit=5`);
    expect(hits.json().hits).toEqual([
      expect.objectContaining({
        mode: 'dry_run',
        matched: ['parkering'],
        item: expect.objectContaining({ id: parking }),
      }),
    ]);
  });

  it('flooding: an author over the limit is queued by an active rule', async () => {
    const rule = await f.as.moderator.post(`${api}/rules`, {
      name: 'Flood',
      mode: 'active',
      condition: { type: 'flooding', maxItems: 2, withinMinutes: 10 },
    });
    const author = { platformId: 'u-flood', handle: 'flooder', name: 'Flood' };
    const at = (min: number) => new Date(Date.now() - min * 60_000).toISOString();
    await injectSandboxEvents(t.db, f, [
      { text: 'ett', author, occurredAt: at(3) },
      { text: 'två', author, occurredAt: at(2) },
      { text: 'tre', author, occurredAt: at(1) },
    ]);
    await syncChannel(t.ctx, f.channelId);
    await f.as.moderator.patch(`${api}/rules/${rule.json().rule.id}`, { mode: 'off' });
    const hits = await t.db
      .selectFrom('moderation_rule_hits as h')
      .innerJoin('items as i', 'i.id', 'h.item_id')
      .select(['i.text', 'h.matched', 'h.mode'])
      .where('h.rule_id', '=', rule.json().rule.id)
      .execute();
    expect(hits).toEqual([{ text: 'tre', matched: ['3 items in 10 min'], mode: 'active' }]); // only the third is over
  });
});

describe('live updates', () => {
  it('publishes moderation.updated when ingestion queues an item', async () => {
    const client = await t.database.pool.connect();
    const events: Array<{ type: string; workspaceId: string }> = [];
    client.on('notification', (n) => events.push(JSON.parse(n.payload ?? '{}')));
    await client.query('LISTEN samtal_live');
    try {
      await ingest('Jag ska döda er alla');
      await new Promise((r) => setTimeout(r, 200));
      expect(events).toContainEqual(
        expect.objectContaining({ type: 'moderation.updated', workspaceId: f.workspaceId }),
      );
    } finally {
      await client.query('UNLISTEN samtal_live');
      client.release();
    }
  });
});

describe('queue paging', () => {
  it('pages through entries queued in the same instant without losing or repeating one', async () => {
    await injectSandboxEvents(t.db, f, [
      { text: 'Jag ska döda er alla', language: 'sv' },
      { text: 'Jag ska spränga kommunhuset', language: 'sv' },
      { text: 'Ik maak je af', language: 'nl' },
    ]);
    await syncChannel(t.ctx, f.channelId);
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const page: { entries: Array<{ id: string }>; nextBefore: string | null } = (
        await f.as.moderator.get(`${api}/queue?limit=2${before ? `&before=${before}` : ''}`)
      ).json();
      seen.push(...page.entries.map((e: { id: string }) => e.id));
      before = page.nextBefore;
    } while (before);
    const pending = await t.db
      .selectFrom('moderation_queue')
      .select('id')
      .where('workspace_id', '=', f.workspaceId)
      .where('status', '=', 'pending')
      .execute();
    expect(pending.length).toBeGreaterThanOrEqual(4);
    expect(seen.sort()).toEqual(pending.map((p) => p.id).sort());
    expect((await f.as.moderator.get(`${api}/queue?before=nonsense`)).statusCode).toBe(400);
  });
});

describe('rules', () => {
  it('refuses a bad or catastrophic regex with a 400, audits changes, and deletes', async () => {
    const bad = await f.as.moderator.post(`${api}/rules`, {
      name: 'x',
      condition: { type: 'pattern', pattern: '(abc' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/not a valid regular expression/);
    const slow = await f.as.moderator.post(`${api}/rules`, {
      name: 'x',
      condition: { type: 'pattern', pattern: '(a+)+b' },
    });
    expect(slow.statusCode).toBe(400);
    expect((await f.as.responder.get(`${api}/rules`)).statusCode).toBe(403);

    const created = await f.as.manager.post(`${api}/rules`, {
      name: 'Länkar',
      condition: {
        type: 'any',
        conditions: [
          { type: 'pattern', pattern: 'bit\\.ly', flags: 'i' },
          { type: 'classifier', hasLink: true },
        ],
      },
    });
    const id = created.json().rule.id;
    const patched = await f.as.manager.patch(`${api}/rules/${id}`, { mode: 'active', name: 'Kortlänkar' });
    expect(patched.json().rule).toMatchObject({ mode: 'active', name: 'Kortlänkar' });
    expect((await f.as.manager.delete(`${api}/rules/${id}`)).statusCode).toBe(204);
    expect((await f.as.manager.delete(`${api}/rules/${id}`)).statusCode).toBe(404);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('workspace_id', '=', f.workspaceId)
      .where('subject_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'moderation_rule.created',
      'moderation_rule.updated',
      'moderation_rule.deleted',
    ]);
  });

  it('a dry run over history shows what an unsaved condition would have caught', async () => {
    const res = await f.as.moderator.post(`${api}/rules/dry-run`, {
      condition: { type: 'words', words: ['doda dig'] },
      days: 7,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.scanned).toBeGreaterThanOrEqual(5);
    expect(body.matched).toBe(1);
    expect(body.items).toEqual([
      { item: expect.objectContaining({ text: 'Jag ska döda dig, jag vet var du bor.' }), matched: ['doda dig'] },
    ]);
  });
});

describe('flags and dismissal', () => {
  it('a responder flags an item; a moderator dismisses it; both are audited', async () => {
    const itemId = await ingest('Tack för svaret, men jag håller inte med.');
    const flag = await f.as.responder.post(`${api}/flags`, { itemId, note: 'Kolla tonen' });
    expect(flag.statusCode).toBe(201);
    const entry = flag.json().entry;
    expect(entry).toMatchObject({
      sources: ['flag'],
      status: 'pending',
      reasons: [expect.objectContaining({ source: 'flag', note: 'Kolla tonen' })],
    });
    expect((await f.as.viewer.post(`${api}/flags`, { itemId })).statusCode).toBe(403);
    expect((await f.as.responder.post(`${api}/queue/${entry.id}/dismiss`, {})).statusCode).toBe(403);

    const detail = await f.as.moderator.get(`${api}/queue/${entry.id}`);
    expect(detail.json()).toMatchObject({
      entry: { id: entry.id },
      thread: [expect.objectContaining({ id: itemId })],
      evidence: [],
    });

    const dismissed = await f.as.moderator.post(`${api}/queue/${entry.id}/dismiss`, { note: 'Okej ton' });
    expect(dismissed.json().entry).toMatchObject({ status: 'dismissed', decidedAt: expect.any(String) });
    expect((await f.as.moderator.post(`${api}/queue/${entry.id}/dismiss`, {})).statusCode).toBe(409);
    const pending = (await f.as.moderator.get(`${api}/queue?status=pending`)).json().entries;
    expect(pending.some((e: { id: string }) => e.id === entry.id)).toBe(false);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('subject_id', '=', entry.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['moderation.flagged', 'moderation.dismissed']);
  });
});
