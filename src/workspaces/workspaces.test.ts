import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeUser, makeWorkspace } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const newWorkspace = (slug: string) => ({
  name: 'Kommunen',
  slug,
  country: 'SE',
  timeZone: 'Europe/Stockholm',
  defaultLanguage: 'sv',
});

const auditActions = async (workspaceId: string) =>
  (
    await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', workspaceId).orderBy('seq').execute()
  ).map((r) => r.action);

describe('creating a workspace', () => {
  it('makes the creator its admin, shows it in /api/auth/me and logs it', async () => {
    const user = await makeUser(t.db);
    const client = await t.login(user.email);
    const res = await client.post('/api/workspaces', newWorkspace('kommunen-a'));
    expect(res.statusCode).toBe(200);
    const ws = res.json();
    expect(ws).toMatchObject({
      slug: 'kommunen-a',
      name: 'Kommunen',
      country: 'SE',
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
      roles: ['admin'],
    });
    const me = (await client.get('/api/auth/me')).json();
    expect(me.workspaces).toEqual([expect.objectContaining({ id: ws.id, roles: ['admin'] })]);
    expect(await auditActions(ws.id)).toEqual(['workspace.created']);
  });

  it('refuses a slug that is taken with 409', async () => {
    const existing = await makeWorkspace(t.db);
    const client = await t.login((await makeUser(t.db)).email);
    const res = await client.post('/api/workspaces', newWorkspace(existing.slug));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(existing.slug);
  });

  it('refuses an unknown time zone, language, country or a malformed slug with a readable 400', async () => {
    const client = await t.login((await makeUser(t.db)).email);
    const zone = await client.post('/api/workspaces', { ...newWorkspace('zone-test'), timeZone: 'Europe/Atlantis' });
    expect(zone.statusCode).toBe(400);
    expect(zone.json().error.message).toMatch(/timeZone: must be an IANA time zone/);
    const language = await client.post('/api/workspaces', { ...newWorkspace('lang-test'), defaultLanguage: 'de' });
    expect(language.statusCode).toBe(400);
    expect(language.json().error.message).toMatch(/defaultLanguage/);
    const country = await client.post('/api/workspaces', { ...newWorkspace('country-test'), country: 'XX' });
    expect(country.statusCode).toBe(400);
    expect(country.json().error.message).toMatch(/country: must be one of SE, NL/);
    const slug = await client.post('/api/workspaces', newWorkspace('Not A Slug'));
    expect(slug.statusCode).toBe(400);
    expect(slug.json().error.message).toMatch(/slug/);
  });
});

describe('workspace settings', () => {
  it('shows the workspace with the caller’s own roles', async () => {
    const ws = await makeWorkspace(t.db);
    const viewer = await makeMember(t.db, ws.id, ['viewer', 'analyst']);
    const res = await (await t.login(viewer.email)).get(`/api/workspaces/${ws.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: ws.id,
      slug: ws.slug,
      name: ws.name,
      country: 'SE',
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
      roles: ['viewer', 'analyst'],
    });
  });

  it('lets an admin change name, time zone, language and country, and logs what changed', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await makeMember(t.db, ws.id, ['admin']);
    const client = await t.login(admin.email);
    const res = await client.patch(`/api/workspaces/${ws.id}`, {
      name: 'Gemeente',
      timeZone: 'Europe/Amsterdam',
      defaultLanguage: 'nl',
      country: 'NL',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Gemeente',
      timeZone: 'Europe/Amsterdam',
      defaultLanguage: 'nl',
      country: 'NL',
      roles: ['admin'],
    });
    const entry = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', ws.id)
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('workspace.updated');
    expect(entry.actor_id).toBe(admin.id);
    expect(entry.data).toEqual({
      changes: {
        name: { from: ws.name, to: 'Gemeente' },
        timeZone: { from: 'Europe/Stockholm', to: 'Europe/Amsterdam' },
        defaultLanguage: { from: 'sv', to: 'nl' },
        country: { from: 'SE', to: 'NL' },
      },
    });
    // Saving the same values again changes nothing and logs nothing.
    expect((await client.patch(`/api/workspaces/${ws.id}`, { name: 'Gemeente' })).statusCode).toBe(200);
    expect(await auditActions(ws.id)).toEqual(['workspace.updated']);
  });

  it('refuses a bad time zone with 400 and leaves the workspace unchanged', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await makeMember(t.db, ws.id, ['admin']);
    const res = await (await t.login(admin.email)).patch(`/api/workspaces/${ws.id}`, { timeZone: 'Mars/Olympus_Mons' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/timeZone: must be an IANA time zone such as Europe\/Stockholm/);
    expect(
      (await t.db.selectFrom('workspaces').select('time_zone').where('id', '=', ws.id).executeTakeFirstOrThrow())
        .time_zone,
    ).toBe('Europe/Stockholm');
  });

  it('does not let a manager change settings', async () => {
    const ws = await makeWorkspace(t.db);
    const manager = await makeMember(t.db, ws.id, ['manager']);
    const res = await (await t.login(manager.email)).patch(`/api/workspaces/${ws.id}`, { name: 'Hijacked' });
    expect(res.statusCode).toBe(403);
  });

  it('lists every workspace of a user who belongs to several in /api/auth/me', async () => {
    const a = await makeWorkspace(t.db, { name: 'Alpha' });
    const b = await makeWorkspace(t.db, { name: 'Beta' });
    const user = await makeMember(t.db, a.id, ['responder']);
    const client = await t.login(user.email);
    // Added to a second workspace while logged in: the next /me shows both, with the roles of each.
    await t.db
      .insertInto('memberships')
      .values({ workspace_id: b.id, user_id: user.id, roles: ['viewer'] })
      .execute();
    const me = (await client.get('/api/auth/me')).json();
    expect(me.workspaces.map((w: { id: string; roles: string[] }) => [w.id, w.roles])).toEqual([
      [a.id, ['responder']],
      [b.id, ['viewer']],
    ]);
  });
});
