import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const rolesOf = async (workspaceId: string, userId: string) =>
  (
    await t.db
      .selectFrom('memberships')
      .select('roles')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst()
  )?.roles;

describe('members', () => {
  it('lists members with roles, disabled flag and join date for admins and managers', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await makeMember(t.db, ws.id, ['admin'], { name: 'Anna' });
    const manager = await makeMember(t.db, ws.id, ['manager'], { name: 'Bertil' });
    const disabled = await makeMember(t.db, ws.id, ['viewer'], { name: 'Cecilia' });
    await sql`UPDATE users SET disabled_at = now() WHERE id = ${disabled.id}`.execute(t.db);
    for (const who of [admin, manager]) {
      const res = await (await t.login(who.email)).get(`/api/workspaces/${ws.id}/members`);
      expect(res.statusCode).toBe(200);
      expect(res.json().members).toEqual([
        {
          id: admin.id,
          email: admin.email,
          name: 'Anna',
          roles: ['admin'],
          disabled: false,
          joinedAt: expect.any(String),
        },
        {
          id: manager.id,
          email: manager.email,
          name: 'Bertil',
          roles: ['manager'],
          disabled: false,
          joinedAt: expect.any(String),
        },
        {
          id: disabled.id,
          email: disabled.email,
          name: 'Cecilia',
          roles: ['viewer'],
          disabled: true,
          joinedAt: expect.any(String),
        },
      ]);
    }
  });

  it('changes roles, in canonical order, and logs the change', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await makeMember(t.db, ws.id, ['admin']);
    const member = await makeMember(t.db, ws.id, ['viewer']);
    const res = await (
      await t.login(admin.email)
    ).patch(`/api/workspaces/${ws.id}/members/${member.id}`, { roles: ['responder', 'manager', 'responder'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().member).toMatchObject({ id: member.id, roles: ['manager', 'responder'] });
    expect(await rolesOf(ws.id, member.id)).toEqual(['manager', 'responder']);
    const entry = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', ws.id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: 'member.roles_changed',
      actor_id: admin.id,
      subject_type: 'user',
      subject_id: member.id,
    });
    expect(entry.data).toEqual({ email: member.email, from: ['viewer'], to: ['manager', 'responder'] });
  });

  it('refuses empty or unknown roles with a readable 400', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await makeMember(t.db, ws.id, ['admin']);
    const member = await makeMember(t.db, ws.id, ['viewer']);
    const client = await t.login(admin.email);
    const empty = await client.patch(`/api/workspaces/${ws.id}/members/${member.id}`, { roles: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/roles: must name at least one role/);
    const unknown = await client.patch(`/api/workspaces/${ws.id}/members/${member.id}`, { roles: ['superuser'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/must be one of admin, manager/);
    expect(await rolesOf(ws.id, member.id)).toEqual(['viewer']);
  });

  it('never demotes or removes the last admin (409), but does once there is another', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await makeMember(t.db, ws.id, ['admin'], { name: 'Only Admin' });
    const client = await t.login(admin.email);

    const demote = await client.patch(`/api/workspaces/${ws.id}/members/${admin.id}`, { roles: ['manager'] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toMatch(/Only Admin is the last admin of this workspace/);
    const remove = await client.delete(`/api/workspaces/${ws.id}/members/${admin.id}`);
    expect(remove.statusCode).toBe(409);
    expect(await rolesOf(ws.id, admin.id)).toEqual(['admin']);

    // A disabled admin cannot look after the workspace, so it does not count.
    const disabledAdmin = await makeMember(t.db, ws.id, ['admin']);
    await sql`UPDATE users SET disabled_at = now() WHERE id = ${disabledAdmin.id}`.execute(t.db);
    expect((await client.delete(`/api/workspaces/${ws.id}/members/${admin.id}`)).statusCode).toBe(409);

    const second = await makeMember(t.db, ws.id, ['admin']);
    expect(
      (await client.patch(`/api/workspaces/${ws.id}/members/${second.id}`, { roles: ['admin', 'responder'] }))
        .statusCode,
    ).toBe(200);
    expect((await client.delete(`/api/workspaces/${ws.id}/members/${admin.id}`)).statusCode).toBe(200);
    expect(await rolesOf(ws.id, admin.id)).toBeUndefined();
    // The removed admin's session is still valid but no longer reaches the workspace.
    expect((await client.get(`/api/workspaces/${ws.id}`)).statusCode).toBe(404);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', ws.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['member.roles_changed', 'member.removed']);
  });

  it('keeps two admins demoting each other at the same moment from leaving no admin', async () => {
    const ws = await makeWorkspace(t.db);
    const a = await makeMember(t.db, ws.id, ['admin']);
    const b = await makeMember(t.db, ws.id, ['admin']);
    const [clientA, clientB] = [await t.login(a.email), await t.login(b.email)];
    // Hold the workspace row so both requests are inside their transactions before either decides.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = t.db.transaction().execute(async (trx) => {
      await sql`SELECT id FROM workspaces WHERE id = ${ws.id} FOR UPDATE`.execute(trx);
      locked();
      await released;
    });
    await isLocked;
    let settled = false;
    const requests = Promise.all([
      clientA.patch(`/api/workspaces/${ws.id}/members/${b.id}`, { roles: ['viewer'] }),
      clientB.patch(`/api/workspaces/${ws.id}/members/${a.id}`, { roles: ['viewer'] }),
    ]).finally(() => (settled = true));
    for (let i = 0; i < 100 && !settled; i++) {
      const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.db);
      if (Number(rows[0]!.n) >= 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    release();
    await holder;
    const statuses = (await requests).map((r) => r.statusCode).sort();
    // The first to get the lock wins; the second now targets the last admin.
    expect(statuses).toEqual([200, 409]);
    const admins = await t.db
      .selectFrom('memberships')
      .select('user_id')
      .where('workspace_id', '=', ws.id)
      .where(sql<boolean>`'admin' = ANY(roles)`)
      .execute();
    expect(admins).toHaveLength(1);
  });

  it('answers 404 for someone who is not a member of this workspace', async () => {
    const ws = await makeWorkspace(t.db);
    const other = await makeWorkspace(t.db);
    const admin = await makeMember(t.db, ws.id, ['admin']);
    const outsider = await makeMember(t.db, other.id, ['viewer']);
    const client = await t.login(admin.email);
    expect(
      (await client.patch(`/api/workspaces/${ws.id}/members/${outsider.id}`, { roles: ['admin'] })).statusCode,
    ).toBe(404);
    expect((await client.delete(`/api/workspaces/${ws.id}/members/${outsider.id}`)).statusCode).toBe(404);
    expect(await rolesOf(other.id, outsider.id)).toEqual(['viewer']);
    expect(await rolesOf(ws.id, outsider.id)).toBeUndefined();
  });
});
