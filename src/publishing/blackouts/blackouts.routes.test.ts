import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../audit/audit-actor.js';
import { makeMember, makeUser, makeWorkspace } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { backfillDefaultBlackouts, blackoutAt, nextAllowedInstant, seedDefaultBlackouts } from './blackout-windows.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const window = (over: Record<string, unknown> = {}) => ({
  title: 'Koningsdag',
  reason: 'No campaign posts on the national holiday.',
  startsLocal: '2026-04-27T09:00',
  durationMinutes: 600,
  timeZone: 'Europe/Amsterdam',
  rrule: 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=27',
  ...over,
});

async function setup() {
  const ws = await makeWorkspace(t.db, { country: 'NL', timeZone: 'Europe/Amsterdam', defaultLanguage: 'nl' });
  const admin = await makeMember(t.db, ws.id, ['admin']);
  const responder = await makeMember(t.db, ws.id, ['responder']);
  return {
    ws,
    asAdmin: await t.login(admin.email),
    asResponder: await t.login(responder.email),
    base: `/api/workspaces/${ws.id}/publishing/blackouts`,
  };
}

const auditActions = async (workspaceId: string) =>
  (
    await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', workspaceId)
      .where('action', 'like', 'blackout_window.%')
      .orderBy('seq')
      .execute()
  ).map((row) => row.action);

describe('blackout window routes', () => {
  it('an admin creates, edits and deletes a window, each change audited; a responder reads but cannot create', async () => {
    const { ws, asAdmin, asResponder, base } = await setup();
    const created = await asAdmin.post(base, window());
    expect(created.statusCode).toBe(201);
    const { window: json } = created.json();
    expect(json).toMatchObject({ title: 'Koningsdag', source: 'custom', enabled: true, channelId: null });
    expect(Date.parse(json.nextOccurrence.start)).toBeGreaterThan(Date.now() - 86_400_000);
    expect(new Date(json.nextOccurrence.start).getUTCHours()).toBe(7); // 09:00 CEST

    const listed = await asResponder.get(base);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().windows.map((w: { id: string }) => w.id)).toEqual([json.id]);
    expect((await asResponder.post(base, window({ title: 'Nope' }))).statusCode).toBe(403);
    expect((await asResponder.patch(`${base}/${json.id}`, { enabled: false })).statusCode).toBe(403);

    const edited = await asAdmin.patch(`${base}/${json.id}`, { enabled: false, rrule: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().window).toMatchObject({ enabled: false, rrule: null, title: 'Koningsdag' });
    expect((await asAdmin.delete(`${base}/${json.id}`)).statusCode).toBe(200);
    expect((await asAdmin.delete(`${base}/${json.id}`)).statusCode).toBe(404);
    expect(await auditActions(ws.id)).toEqual([
      'blackout_window.created',
      'blackout_window.updated',
      'blackout_window.deleted',
    ]);
  });

  it('refuses a bad rule, time zone or start with a readable 400, and audits nothing', async () => {
    const { ws, asAdmin, base } = await setup();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ rrule: 'FREQ=YEARLY;BYDAY=XX' }, 'BYDAY=XX is not a weekday'],
      [{ timeZone: 'Europe/Atlantis' }, 'not a known time zone'],
      [{ startsLocal: '2026-02-30T10:00' }, 'not a real date'],
      [{ startsLocal: '4 May 19:55' }, 'startsLocal'],
      [{ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }, 'finds no date'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
    ];
    for (const [over, message] of cases) {
      const res = await asAdmin.post(base, window(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(res.json().error.message).toContain(message);
    }
    expect(await auditActions(ws.id)).toEqual([]);
  });

  it('refuses a bad rule on edit too, and a channel of another workspace', async () => {
    const { asAdmin, base } = await setup();
    const id = (await asAdmin.post(base, window())).json().window.id;
    const bad = await asAdmin.patch(`${base}/${id}`, { rrule: 'FREQ=SECONDLY' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('FREQ=SECONDLY is not supported');
    const foreign = await asAdmin.post(base, window({ channelId: '00000000-0000-4000-8000-000000000000' }));
    expect(foreign.statusCode).toBe(404);
  });

  it("another workspace's window is not found: no reading, editing or deleting it", async () => {
    const a = await setup();
    const b = await setup();
    const id = (await b.asAdmin.post(b.base, window())).json().window.id;
    expect((await a.asAdmin.get(`${a.base}/${id}`)).statusCode).toBe(404);
    expect((await a.asAdmin.patch(`${a.base}/${id}`, { enabled: false })).statusCode).toBe(404);
    expect((await a.asAdmin.delete(`${a.base}/${id}`)).statusCode).toBe(404);
    expect((await b.asAdmin.get(`${b.base}/${id}`)).json().window.enabled).toBe(true);
  });

  it('lists occurrences in a range (at most 400 days) and the templates of every country', async () => {
    const { ws, asResponder, base } = await setup();
    await t.db.transaction().execute((trx) => seedDefaultBlackouts(trx, ws));
    const res = await asResponder.get(`${base}/occurrences?from=2027-05-01T00:00:00Z&to=2027-06-01T00:00:00Z`);
    expect(res.statusCode).toBe(200);
    expect(res.json().occurrences).toEqual([
      expect.objectContaining({
        title: 'Dodenherdenking',
        start: '2027-05-04T17:55:00.000Z',
        end: '2027-05-04T18:05:00.000Z',
      }),
    ]);
    const tooLong = await asResponder.get(`${base}/occurrences?from=2027-01-01T00:00:00Z&to=2028-03-01T00:00:00Z`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toContain('400 days');
    expect((await asResponder.get(`${base}/occurrences?from=yesterday&to=today`)).statusCode).toBe(400);
    const templates = (await asResponder.get(`${base}/templates`)).json().templates;
    expect(templates.map((tpl: { country: string }) => tpl.country).sort()).toEqual(['BE', 'GB', 'GB', 'NL']);
  });
});

describe('default windows', () => {
  it('a new Dutch workspace gets Dodenherdenking in the same transaction; a Swedish one gets none', async () => {
    const user = await makeUser(t.db);
    const client = await t.login(user.email);
    const create = (country: string, timeZone: string, defaultLanguage: string) =>
      client.post('/api/workspaces', {
        name: `Blackouts ${country}`,
        slug: `blackouts-${country.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`,
        country,
        timeZone,
        defaultLanguage,
      });
    const nl = await create('NL', 'Europe/Amsterdam', 'nl');
    expect(nl.statusCode).toBe(200);
    const nlId = nl.json().id;
    const windows = (await client.get(`/api/workspaces/${nlId}/publishing/blackouts`)).json().windows;
    expect(windows).toEqual([
      expect.objectContaining({
        title: 'Dodenherdenking',
        source: 'default',
        timeZone: 'Europe/Amsterdam',
        rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
        durationMinutes: 10,
      }),
    ]);
    const se = await create('SE', 'Europe/Stockholm', 'sv');
    const seId = se.json().id;
    expect((await client.get(`/api/workspaces/${seId}/publishing/blackouts`)).json().windows).toEqual([]);
  });

  it('seeding twice adds nothing; GB gets Armistice Day and Remembrance Sunday', async () => {
    const ws = await makeWorkspace(t.db, { country: 'GB', timeZone: 'Europe/London', defaultLanguage: 'en' });
    await t.db.transaction().execute((trx) => seedDefaultBlackouts(trx, ws));
    await t.db.transaction().execute((trx) => seedDefaultBlackouts(trx, ws));
    const rows = await t.db.selectFrom('blackout_windows').select('title').where('workspace_id', '=', ws.id).execute();
    expect(rows.map((row) => row.title).sort()).toEqual(['Armistice Day', 'Remembrance Sunday']);
  });

  it('the backfill seeds workspaces that have no default window yet, once', async () => {
    const ws = await makeWorkspace(t.db, { country: 'BE', timeZone: 'Europe/Brussels', defaultLanguage: 'nl' });
    const other = await makeWorkspace(t.db, { country: 'SE' });
    // Limited to these workspaces: other tests' workspaces in the shared database stay as they are.
    expect(await backfillDefaultBlackouts(t.db, { only: [ws.id, other.id], actor: CLI_ACTOR })).toEqual([
      { workspaceId: ws.id, slug: ws.slug, added: 1 },
    ]);
    const titles = async () =>
      (await t.db.selectFrom('blackout_windows').select('title').where('workspace_id', '=', ws.id).execute()).map(
        (row) => row.title,
      );
    expect(await titles()).toEqual(['Wapenstilstand / Armistice']);
    expect(await backfillDefaultBlackouts(t.db, { only: [ws.id], actor: CLI_ACTOR })).toEqual([]);
    expect(await titles()).toEqual(['Wapenstilstand / Armistice']);
  });

  it('blackoutAt and nextAllowedInstant read the database: 4 May 2027 18:00Z moves to 18:05Z', async () => {
    const ws = await makeWorkspace(t.db, { country: 'NL', timeZone: 'Europe/Amsterdam', defaultLanguage: 'nl' });
    await t.db.transaction().execute((trx) => seedDefaultBlackouts(trx, ws));
    const channelId = '00000000-0000-4000-8000-000000000000';
    const inside = new Date('2027-05-04T18:00:00Z');
    expect((await blackoutAt(t.db, ws.id, channelId, inside))?.title).toBe('Dodenherdenking');
    const moved = await nextAllowedInstant(t.db, ws.id, channelId, inside);
    expect(moved.at.toISOString()).toBe('2027-05-04T18:05:00.000Z');
    expect(await blackoutAt(t.db, ws.id, channelId, new Date('2027-05-04T18:05:00Z'))).toBeNull();
    await t.db.updateTable('blackout_windows').set({ enabled: false }).where('workspace_id', '=', ws.id).execute();
    expect((await nextAllowedInstant(t.db, ws.id, channelId, inside)).at).toEqual(inside);
  });
});
