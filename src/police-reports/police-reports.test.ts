import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel, type ChannelFixture } from '../channels/channel-fixtures.js';
import type { EvidenceRecord } from '../db/schema-moderation.js';
import { captureEvidence } from '../evidence/capture-evidence.js';
import { closeHeadlessBrowser } from '../shared/headless-browser.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { createPoliceReport } from './create-police-report.js';
import { ingestSandboxItem, pdfText, REPORTER, sha256sumCheck } from './police-reports.test-support.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const THREAT = 'Jag ska döda dig, jag vet var du bor.';
const URL = 'https://sandbox.example/ekebykommun/posts/4711';

let t: TestApp;
let f: ChannelFixture;
let record: EvidenceRecord;
let reportsUrl: string;
let report: {
  id: string;
  reference: string;
  pdfSha256: string;
  zipSha256: string;
  downloadUrl: string;
  pdfUrl: string;
};

const body = (overrides: Record<string, unknown> = {}) => ({
  jurisdiction: 'SE',
  language: 'sv',
  offenceCategory: 'unlawful_threat',
  description: 'Hotet skrevs som svar på kommunens inlägg om biblioteket.',
  reporter: REPORTER,
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  f = await makeSandboxChannel(t);
  reportsUrl = `/api/workspaces/${f.workspaceId}/police-reports`;
  const item = await ingestSandboxItem(t, f, {
    platformId: 'sbx-threat-1',
    text: THREAT,
    url: URL,
    occurredAt: '2026-11-24T08:15:00.000Z',
    author: { platformId: 'u-hotare', handle: 'arg.granne', name: 'Arg Granne' },
  });
  record = await captureEvidence(t.ctx, {
    workspaceId: f.workspaceId,
    itemId: item.id,
    actor: { id: null, label: 'Moderator Test <mod@example.test>' },
    reason: 'before hide',
  });
  const res = await f.as.moderator.post(reportsUrl, body({ recordIds: [record.id] }));
  expect(res.statusCode, res.body).toBe(201);
  report = res.json().report;
}, 60_000);
afterAll(async () => t?.close());

async function download(url: string) {
  const res = await f.as.moderator.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

describe('creating a police report', () => {
  it('answers with the report: a SAMTAL reference, the offence with its law and the download links', async () => {
    expect(report).toMatchObject({
      reference: expect.stringMatching(/^SAMTAL-\d{8}-[A-Z]{4}$/),
      jurisdiction: 'SE',
      language: 'sv',
      offenceCategory: 'unlawful_threat',
      offenceLabel: 'Olaga hot (BrB 4 kap. 5 §)',
      reporter: REPORTER,
      recordIds: [record.id],
      downloadUrl: `${reportsUrl}/${report.id}/package`,
      pdfUrl: `${reportsUrl}/${report.id}/pdf`,
    });
    const list = (await f.as.manager.get(reportsUrl)).json().reports;
    expect(list.map((r: { id: string }) => r.id)).toEqual([report.id]);
    const custody = await t.db
      .selectFrom('evidence_custody_events')
      .selectAll()
      .where('report_id', '=', report.id)
      .execute();
    expect(custody).toEqual([
      expect.objectContaining({
        event: 'report_created',
        record_id: record.id,
        details: expect.objectContaining({ reference: report.reference }),
      }),
    ]);
  });

  it('lays the PDF out as a Swedish polisanmälan holding the text, URL, time, every hash and the reporter', async () => {
    const pdf = (await download(report.pdfUrl)).rawPayload;
    expect(sha256(pdf)).toBe(report.pdfSha256);
    const text = await pdfText(pdf);
    for (const heading of ['Polisanmälan', 'Anmälare', 'Händelse (brottsrubricering)', 'Tid och plats'])
      expect(text).toContain(heading);
    for (const heading of ['Misstänkt gärningsperson', 'Händelseförlopp', 'Bevisning', 'Underskrift'])
      expect(text).toContain(heading);
    expect(text).toContain(THREAT);
    expect(text).toContain(URL);
    expect(text).toContain('2026-11-24 08:15:00 UTC');
    expect(text).toContain('2026-11-24 09:15:00 (Europe/Stockholm)');
    expect(text).toContain('Olaga hot (BrB 4 kap. 5 §)');
    expect(text).toContain('arg.granne');
    expect(text).toContain(report.reference);
    expect(text).toMatch(/Sida 1 av \d/);
    for (const value of [REPORTER.name, REPORTER.email, REPORTER.phone, REPORTER.organisation])
      expect(text).toContain(value);
    const artifacts = await t.db
      .selectFrom('evidence_artifacts')
      .selectAll()
      .where('record_id', '=', record.id)
      .execute();
    expect(artifacts.map((a) => a.kind)).toContain('screenshot');
    for (const a of artifacts) expect(text).toContain(a.sha256);
    expect(text).toContain(record.hash);
    expect(text).toContain(record.prev_hash);
  });

  it('packs a ZIP whose manifest and SHA256SUMS match the stored evidence and the files', async () => {
    const zip = (await download(report.downloadUrl)).rawPayload;
    expect(sha256(zip)).toBe(report.zipSha256);
    const files = unzipSync(new Uint8Array(zip));
    const folder = `evidence/${record.seq}-${record.id.slice(0, 8)}`;
    expect(sha256(files['report.pdf']!)).toBe(report.pdfSha256);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));
    expect(manifest).toMatchObject({
      reference: report.reference,
      jurisdiction: 'SE',
      offenceCategory: 'unlawful_threat',
      reportPdfSha256: report.pdfSha256,
      records: [
        { id: record.id, seq: String(record.seq), hash: record.hash, prevHash: record.prev_hash, item: { url: URL } },
      ],
    });
    const rows = await t.db
      .selectFrom('evidence_artifacts')
      .selectAll()
      .where('record_id', '=', record.id)
      .orderBy('position')
      .execute();
    const listed = manifest.records[0].artifacts as Array<{ path: string; sha256: string; size: number }>;
    expect(listed.map((a) => [a.path, a.sha256, a.size])).toEqual(
      rows.map((r) => [`${folder}/${r.filename}`, r.sha256, r.content.length]),
    );
    for (const a of listed) expect(sha256(files[a.path]!)).toBe(a.sha256);
    const sums = Buffer.from(files['SHA256SUMS']!).toString('utf8').trimEnd().split('\n');
    const names = Object.keys(files)
      .filter((name) => name !== 'SHA256SUMS')
      .sort();
    expect(sums.map((line) => line.slice(66)).sort()).toEqual(names);
    for (const line of sums) {
      const [, hash, path] = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!;
      expect(sha256(files[path!]!), path).toBe(hash);
    }
    expect(Buffer.from(files['README.txt']!).toString('utf8')).toContain('sha256sum -c SHA256SUMS');
    expect(await sha256sumCheck(files)).toContain(`${folder}/screenshot.png: OK`);
  });

  it('hands out the same bytes on every download and logs each on the chain of custody and in the audit log', async () => {
    const first = (await download(report.downloadUrl)).rawPayload;
    const second = await download(report.downloadUrl);
    expect(second.rawPayload.equals(first)).toBe(true);
    expect(second.headers['content-type']).toBe('application/zip');
    expect(second.headers['content-disposition']).toBe(`attachment; filename="${report.reference}.zip"`);
    const pdf = await download(report.pdfUrl);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const detail = (await f.as.admin.get(`${reportsUrl}/${report.id}`)).json();
    const downloads = detail.custody.filter((e: { event: string }) => e.event === 'report_downloaded');
    const before = downloads.length;
    await download(report.pdfUrl);
    const after = (await f.as.admin.get(`${reportsUrl}/${report.id}`)).json().custody;
    expect(after.filter((e: { event: string }) => e.event === 'report_downloaded')).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ event: 'report_downloaded', recordId: record.id, details: { file: 'pdf' } });
    expect(after.at(-1).actor.label).toMatch(/Test User/);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', f.workspaceId)
      .where('subject_id', '=', report.id)
      .execute();
    expect(audit.filter((a) => a.action === 'police_report.downloaded')).toHaveLength(before + 1);
    expect(audit.filter((a) => a.action === 'police_report.created')).toHaveLength(1);
  });
});

describe('a Dutch aangifte for an item', () => {
  it(
    'captures evidence for an item that has none and lays the PDF out as an aangifte in Dutch',
    { timeout: 60_000 },
    async () => {
      const item = await ingestSandboxItem(t, f, {
        platformId: 'sbx-dreiging-1',
        text: 'Ik weet waar je woont en ik kom je halen.',
        url: 'https://sandbox.example/ekebykommun/posts/4712',
        occurredAt: '2026-11-23T19:05:30.000Z',
        author: { platformId: 'u-boos', handle: 'boze.buur', name: 'Boze Buur' },
      });
      const res = await f.as.moderator.post(
        reportsUrl,
        body({
          itemIds: [item.id],
          recordIds: [record.id],
          jurisdiction: 'NL',
          language: 'nl',
          offenceCategory: 'unlawful_threat',
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json().report;
      expect(created.offenceLabel).toBe('Bedreiging (art. 285 Sr)');
      const captured = await t.db.selectFrom('evidence_records').selectAll().where('item_id', '=', item.id).execute();
      expect(captured).toEqual([expect.objectContaining({ reason: 'police report' })]);
      expect(created.recordIds).toEqual([record.id, captured[0]!.id]); // in chain order
      const text = await pdfText((await download(created.pdfUrl)).rawPayload);
      for (const heading of [
        'Aangifte',
        'Aangever',
        'Wat is er gebeurd',
        'Wanneer',
        'Waar',
        'Verdachte',
        'Bewijs',
        'Ondertekening',
      ]) {
        expect(text).toContain(heading);
      }
      expect(text).not.toContain('Polisanmälan');
      expect(text).toContain('Bericht 2');
      expect(text).toContain(THREAT);
      expect(text).toContain('Ik weet waar je woont en ik kom je halen.');
      expect(text).toContain('2026-11-23 19:05:30 UTC');
      expect(text).toContain('https://sandbox.example/ekebykommun/posts/4712');
      expect(text).toContain(captured[0]!.hash);
      for (const a of captured[0]!.manifest) expect(text).toContain(a.sha256);
    },
  );
});

describe('refusals', () => {
  it('answers 400 with a clear message when there is no evidence, or it is unknown or another workspace’s', async () => {
    const none = await f.as.moderator.post(reportsUrl, body({ recordIds: [] }));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/needs evidence/);
    const unknown = '00000000-0000-4000-8000-000000000001';
    const missing = await f.as.moderator.post(reportsUrl, body({ recordIds: [record.id, unknown] }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe(`These evidence records were not found in this workspace: ${unknown}.`);
    const other = await makeSandboxChannel(t);
    const elsewhere = await other.as.admin.post(
      `/api/workspaces/${other.workspaceId}/police-reports`,
      body({ recordIds: [record.id] }),
    );
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.message).toContain(record.id);
    const item = await other.as.admin.post(
      `/api/workspaces/${other.workspaceId}/police-reports`,
      body({ itemIds: [record.item_id] }),
    );
    expect(item.statusCode).toBe(400);
    expect(item.json().error.message).toMatch(/items were not found in this workspace/);
    expect(
      (await other.as.admin.get(`/api/workspaces/${other.workspaceId}/police-reports/${report.id}/package`)).statusCode,
    ).toBe(404);
    expect(
      await t.db.selectFrom('police_reports').select('id').where('workspace_id', '=', other.workspaceId).execute(),
    ).toEqual([]);
  });

  it('lets moderators, managers and admins in; a responder gets 403', async () => {
    expect((await f.as.responder.post(reportsUrl, body({ recordIds: [record.id] }))).statusCode).toBe(403);
    expect((await f.as.responder.get(reportsUrl)).statusCode).toBe(403);
    expect((await f.as.responder.get(report.downloadUrl)).statusCode).toBe(403);
    expect((await f.as.viewer.get(report.pdfUrl)).statusCode).toBe(403);
  });

  it('lists offence categories with their law per jurisdiction and language', async () => {
    const nl = (await f.as.moderator.get(`${reportsUrl}/offence-categories?jurisdiction=NL&language=en`)).json();
    expect(nl.categories).toContainEqual({
      key: 'hate_speech',
      label: 'Group defamation / incitement to hatred',
      law: 'art. 137c/137d Sr',
    });
    const se = (await f.as.moderator.get(`${reportsUrl}/offence-categories`)).json(); // the workspace: SE, sv
    expect(se.categories).toContainEqual({
      key: 'privacy_violation',
      label: 'Olaga integritetsintrång',
      law: 'BrB 4 kap. 6 c §',
    });
    expect(se.categories).toHaveLength(7);
  });
});

describe('without Chromium', () => {
  it('answers 503 saying the PDF renderer is missing, and stores nothing', async () => {
    await closeHeadlessBrowser(); // the shared browser would otherwise be reused whatever the path
    const before = await t.db.selectFrom('police_reports').select('id').execute();
    const deps = { ...t.ctx, config: { ...t.ctx.config, chromiumPath: '/nonexistent/chromium' } };
    const member = await t.db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', f.workspaceId)
      .executeTakeFirstOrThrow();
    const request = {
      workspaceId: f.workspaceId,
      actor: { id: member.user_id, label: 'test' },
      userId: member.user_id,
    };
    const failure = createPoliceReport(deps, request, {
      recordIds: [record.id],
      jurisdiction: 'SE',
      language: 'en',
      offenceCategory: 'other',
      reporter: REPORTER,
    });
    await expect(failure).rejects.toMatchObject({
      statusCode: 503,
      message: expect.stringMatching(
        /^The police report could not be made: Chromium is not installed at \/nonexistent/,
      ),
    });
    expect(await t.db.selectFrom('police_reports').select('id').execute()).toEqual(before);
  });
});
