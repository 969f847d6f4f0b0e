/**
 * Evidence capture on a sandbox item that came in through real ingestion: artifacts in order with
 * hashes that match the stored bytes, a real non-blank screenshot, media copies (and a failing URL
 * recorded, not fatal), the hash chain, custody events, and the evidence routes.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../audit/audit-actor.js';
import { makeSandboxChannel, type ChannelFixture } from '../channels/channel-fixtures.js';
import { injectSandboxEvent, type SandboxEventInput } from '../channels/sandbox/sandbox-network.js';
import { syncChannel } from '../channels/sync-channel.js';
import { closeHeadlessBrowser } from '../shared/headless-browser.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { captureEvidence, listEvidenceForItem } from './capture-evidence.js';
import { EVIDENCE_GENESIS_HASH, evidenceHash, sha256Hex } from './evidence-hash.js';
import { distinctColours, isPng } from './png-pixels.test-support.js';

const PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const THREAT = 'Jag ska döda dig, jag vet var du bor. <script>alert(1)</script>';

let t: TestApp;
let fx: ChannelFixture;
let media: Server;
let mediaUrl: string;
let itemId: string;
const actor = { id: null, label: 'Moa Moderator <moa@example.test>' };

const artifactsOf = (recordId: string) =>
  t.db.selectFrom('evidence_artifacts').selectAll().where('record_id', '=', recordId).orderBy('position').execute();

beforeAll(async () => {
  media = createServer((req, res) => {
    if (req.url === '/pic.png') res.writeHead(200, { 'content-type': 'image/png' }).end(PICTURE);
    else res.writeHead(404).end('gone');
  });
  await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
  mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
  t = await createTestApp();
  fx = await makeSandboxChannel(t);
  const root = await injectSandboxEvent(t.db, fx, { text: 'Sophämtningen flyttas till tisdag.', kind: 'comment' });
  const event = await injectSandboxEvent(t.db, fx, {
    text: THREAT,
    kind: 'reply',
    parentPlatformId: root.platformId,
    threadPlatformId: root.platformId,
    author: { platformId: 'u-hotfull', handle: 'hotfull', name: 'Hot Full' },
    // Where a Meta payload carries its media: one copy that works, one URL that is gone.
    media_url: `${mediaUrl}/pic.png`,
    attachments: { data: [{ media: { image: { src: `${mediaUrl}/gone.png` } } }] },
  } as SandboxEventInput);
  await syncChannel(t.ctx, fx.channelId);
  const item = await t.db
    .selectFrom('items')
    .select('id')
    .where('platform_id', '=', event.platformId)
    .executeTakeFirstOrThrow();
  itemId = item.id;
});
afterAll(async () => {
  await closeHeadlessBrowser();
  media?.close();
  await t?.close();
});

describe('captureEvidence', () => {
  it('stores raw, item, thread, author, media and a screenshot, each with the SHA-256 of its stored bytes', async () => {
    const record = await captureEvidence(t.ctx, { workspaceId: fx.workspaceId, itemId, actor, reason: 'before hide' });
    expect(record.manifest.map((m) => m.filename)).toEqual([
      'raw.json',
      'item.json',
      'thread.json',
      'author.json',
      'media-1.png',
      'screenshot.png',
    ]);
    const artifacts = await artifactsOf(record.id);
    expect(artifacts.map((a) => a.kind)).toEqual(['raw', 'item', 'thread', 'author', 'media', 'screenshot']);
    for (const [i, a] of artifacts.entries()) {
      expect(a.sha256).toBe(sha256Hex(a.content));
      expect(record.manifest[i]).toEqual({
        kind: a.kind,
        filename: a.filename,
        contentType: a.content_type,
        size: a.content.length,
        sha256: a.sha256,
      });
    }
    const json = (name: string) => JSON.parse(artifacts.find((a) => a.filename === name)!.content.toString('utf8'));
    expect(json('raw.json')).toMatchObject({ text: THREAT, media_url: `${mediaUrl}/pic.png` });
    expect(json('item.json')).toMatchObject({
      id: itemId,
      text: THREAT,
      kind: 'reply',
      analysis: { intent: 'threat' },
    });
    // The post it answers is in the thread too, above it.
    expect(json('thread.json').items.map((i: { text: string }) => i.text)).toEqual([
      'Sophämtningen flyttas till tisdag.',
      THREAT,
    ]);
    // The sandbox adapter answers fetchAuthorProfile: the profile "as it was", plus what Samtal knew.
    expect(json('author.json')).toMatchObject({
      source: 'network',
      handle: 'hotfull',
      profile: { platformId: 'u-hotfull', displayName: 'Hot Full', posts: 1, followers: expect.any(Number) },
      stored: { itemCount: 1 },
    });
    expect(artifacts[4]!.content.equals(PICTURE)).toBe(true);
    const png = artifacts[5]!.content;
    if (process.env.EVIDENCE_SCREENSHOT_OUT) writeFileSync(process.env.EVIDENCE_SCREENSHOT_OUT, png);
    expect(isPng(png)).toBe(true);
    expect(distinctColours(png)).toBeGreaterThan(10); // text, the highlighted item, the header: not blank
    expect(record.capture_errors).toEqual([
      { kind: 'media', message: expect.stringContaining(`${mediaUrl}/gone.png: the server answered 404`) },
    ]);
    expect(record.legal_hold_reason).toBe(
      'Evidence of a possible offence or rule violation; under legal hold: never purged by retention or erased on request.',
    );
  });

  it('chains records: seq, previous hash and the hash over the record and its manifest', async () => {
    const second = await captureEvidence(t.ctx, {
      workspaceId: fx.workspaceId,
      itemId,
      actor,
      reason: 'before remove',
      legalHoldReason: 'Police report pending',
    });
    const records = await t.db
      .selectFrom('evidence_records')
      .selectAll()
      .where('workspace_id', '=', fx.workspaceId)
      .orderBy('seq')
      .execute();
    expect(records.map((r) => r.seq)).toEqual(['1', '2']);
    expect(records[0]!.prev_hash).toBe(EVIDENCE_GENESIS_HASH);
    expect(records[1]!.prev_hash).toBe(records[0]!.hash);
    expect(second.hash).toBe(
      evidenceHash(records[0]!.hash, {
        id: second.id,
        workspaceId: fx.workspaceId,
        seq: '2',
        itemId,
        channelId: fx.channelId,
        itemPlatformId: second.item_platform_id,
        itemUrl: second.item_url,
        reason: 'before remove',
        legalHoldReason: 'Police report pending',
        capturedBy: null,
        capturedByLabel: actor.label,
        capturedAt: second.captured_at,
        manifest: second.manifest,
        captureErrors: second.capture_errors as never,
      }),
    );
    const custody = await t.db
      .selectFrom('evidence_custody_events')
      .select(['event', 'actor_label'])
      .where('record_id', '=', second.id)
      .execute();
    expect(custody).toEqual([{ event: 'captured', actor_label: actor.label }]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', fx.workspaceId)
      .where('subject_id', '=', second.id)
      .execute();
    expect(audit).toEqual([{ action: 'evidence.captured' }]);
    const listed = await listEvidenceForItem(t.db, fx.workspaceId, itemId);
    expect(listed.map((r) => [r.seq, r.reason, r.legalHoldReason])).toEqual([
      ['2', 'before remove', 'Police report pending'],
      ['1', 'before hide', expect.stringContaining('never purged by retention')],
    ]);
  });

  it('still stores the capture, with a capture error, when Chromium is missing', async () => {
    await closeHeadlessBrowser(); // the shared browser would otherwise still be running
    const deps = { ...t.ctx, config: { ...t.ctx.config, chromiumPath: '/nonexistent/chromium' } };
    const record = await captureEvidence(deps, { workspaceId: fx.workspaceId, itemId, actor, reason: 'no browser' });
    expect(record.manifest.map((m) => m.kind)).toEqual(['raw', 'item', 'thread', 'author', 'media']);
    expect(record.capture_errors).toContainEqual({
      kind: 'screenshot',
      message: expect.stringContaining('Chromium is not installed at /nonexistent/chromium'),
    });
  });
});

describe('evidence routes', () => {
  it('captures on demand, lists, shows with custody, serves artifacts and logs every view and download', async () => {
    const base = `/api/workspaces/${fx.workspaceId}/evidence`;
    const created = await fx.as.moderator.post(base, { itemId, reason: 'threat reported by phone' });
    expect(created.statusCode, created.body).toBe(201);
    const record = created.json().record;
    expect(record).toMatchObject({ reason: 'on demand: threat reported by phone', capturedBy: expect.any(String) });
    expect(record.artifacts.at(-1)).toMatchObject({ filename: 'screenshot.png', contentType: 'image/png' });

    const list = await fx.as.manager.get(`${base}?itemId=${itemId}`);
    expect(list.json().records[0].id).toBe(record.id);
    expect((await fx.as.responder.get(`${base}?itemId=${itemId}`)).statusCode).toBe(403);

    const shot = await fx.as.moderator.get(`${base}/${record.id}/artifacts/${record.artifacts.length - 1}`);
    expect(shot.statusCode).toBe(200);
    expect(shot.headers['content-type']).toBe('image/png');
    expect(shot.headers['content-disposition']).toBe('inline; filename="screenshot.png"');
    expect(sha256Hex(shot.rawPayload)).toBe(record.artifacts.at(-1).sha256);
    const raw = await fx.as.moderator.get(`${base}/${record.id}/artifacts/0`);
    expect(raw.headers['content-disposition']).toBe('attachment; filename="raw.json"');
    expect((await fx.as.moderator.get(`${base}/${record.id}/artifacts/99`)).statusCode).toBe(404);

    const shown = await fx.as.admin.get(`${base}/${record.id}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().custody.map((c: { event: string }) => c.event)).toEqual([
      'captured',
      'artifact_downloaded',
      'artifact_downloaded',
      'viewed',
    ]);
    expect(shown.json().custody[1].details).toMatchObject({ filename: 'screenshot.png' });

    const verify = await fx.as.admin.post(`${base}/verify`);
    expect(verify.json()).toMatchObject({ ok: true, records: 4 });
    expect((await fx.as.moderator.post(`${base}/verify`)).statusCode).toBe(403);
  });
});

it('uses the logged-in user as the capturer', () => {
  expect(userActor({ userId: 'u', name: 'Moa', email: 'moa@example.test' }).label).toBe('Moa <moa@example.test>');
});
