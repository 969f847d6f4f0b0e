import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.js';
import { makeMember, makeWorkspace, TEST_PASSWORD } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_PUBLIC_URL: 'https://samtal.example.se' } });
});
afterAll(async () => t?.close());

async function adminOfNewWorkspace(name?: string) {
  const ws = await makeWorkspace(t.db, name ? { name } : {});
  const admin = await makeMember(t.db, ws.id, ['admin']);
  return { ws, admin, client: await t.login(admin.email) };
}

async function invite(client: TestClient, workspaceId: string, email: string, roles = ['responder']) {
  const res = await client.post(`/api/workspaces/${workspaceId}/invitations`, { email, roles });
  expect(res.statusCode).toBe(201);
  const body = res.json();
  return { ...body, token: (body.acceptUrl as string).split('/invite/')[1]! };
}

const anonymous = () => t.anonymous();
const auditActions = async (workspaceId: string) =>
  (
    await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', workspaceId).orderBy('seq').execute()
  ).map((r) => r.action);

describe('invitations', () => {
  it('runs the whole flow for a new account: invite, look up, accept, logged in, used once', async () => {
    const { ws, admin, client } = await adminOfNewWorkspace('Gemeente Utrecht');
    const created = await invite(client, ws.id, 'New.Person@Example.test', ['responder', 'manager']);
    expect(created.acceptUrl).toMatch(/^https:\/\/samtal\.example\.se\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(created.invitation).toMatchObject({
      email: 'new.person@example.test',
      roles: ['manager', 'responder'],
      status: 'pending',
      invitedBy: { id: admin.id, name: admin.name },
    });
    const expiresInDays = (new Date(created.invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(6.99);
    expect(expiresInDays).toBeLessThanOrEqual(7);

    // Only the SHA-256 of the token is stored.
    const stored = await t.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', created.invitation.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const lookup = await anonymous().get(`/api/invitations/${created.token}`);
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toEqual({
      workspaceName: 'Gemeente Utrecht',
      email: 'new.person@example.test',
      roles: ['manager', 'responder'],
      expiresAt: created.invitation.expiresAt,
      accountExists: false,
    });

    const accept = await anonymous().post(`/api/invitations/${created.token}/accept`, {
      name: 'Nieuwe Persoon',
      password: 'a long enough password',
    });
    expect(accept.statusCode).toBe(200);
    const me = accept.json();
    expect(me.user).toMatchObject({ email: 'new.person@example.test', name: 'Nieuwe Persoon' });
    expect(me.workspaces).toEqual([expect.objectContaining({ id: ws.id, roles: ['manager', 'responder'] })]);
    const cookie = accept.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json().user.id).toBe(me.user.id);
    // The new account logs in with its password like anyone else.
    expect((await t.login('new.person@example.test', 'a long enough password')).csrfToken).toBeTruthy();

    const list = (await client.get(`/api/workspaces/${ws.id}/invitations`)).json();
    expect(list.invitations).toEqual([expect.objectContaining({ id: created.invitation.id, status: 'accepted' })]);
    expect((await anonymous().get(`/api/invitations/${created.token}`)).statusCode).toBe(404);
    const again = await anonymous().post(`/api/invitations/${created.token}/accept`, {
      name: 'X',
      password: 'a long enough password',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/already been used/);
    expect(await auditActions(ws.id)).toEqual(['invitation.created', 'invitation.accepted']);
  });

  it('asks a new account for a name and a password of at least 10 characters', async () => {
    const { ws, client } = await adminOfNewWorkspace();
    const { token } = await invite(client, ws.id, 'short@example.test');
    const short = await anonymous().post(`/api/invitations/${token}/accept`, { name: 'Kort', password: 'too short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/at least 10 characters/);
    const nameless = await anonymous().post(`/api/invitations/${token}/accept`, { password: 'long enough password' });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().error.message).toMatch(/name/);
    expect(
      await t.db.selectFrom('users').select('id').where('email', '=', 'short@example.test').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('refuses an expired invitation', async () => {
    const { ws, client } = await adminOfNewWorkspace();
    const { token, invitation } = await invite(client, ws.id, 'late@example.test');
    await sql`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = ${invitation.id}`.execute(
      t.db,
    );
    const lookup = await anonymous().get(`/api/invitations/${token}`);
    expect(lookup.statusCode).toBe(404);
    expect(lookup.json().error.message).toMatch(/expired/);
    const accept = await anonymous().post(`/api/invitations/${token}/accept`, {
      name: 'Late',
      password: 'long enough password',
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toMatch(/expired/);
    const list = (await client.get(`/api/workspaces/${ws.id}/invitations`)).json();
    expect(list.invitations[0].status).toBe('expired');
  });

  it('revokes an invitation so its link stops working; an accepted one cannot be revoked', async () => {
    const { ws, client } = await adminOfNewWorkspace();
    const { token, invitation } = await invite(client, ws.id, 'revoked@example.test');
    expect((await client.delete(`/api/workspaces/${ws.id}/invitations/${invitation.id}`)).statusCode).toBe(200);
    expect((await client.delete(`/api/workspaces/${ws.id}/invitations/${invitation.id}`)).statusCode).toBe(200); // harmless twice
    const lookup = await anonymous().get(`/api/invitations/${token}`);
    expect(lookup.statusCode).toBe(404);
    expect(lookup.json().error.message).toMatch(/withdrawn/);
    const accept = await anonymous().post(`/api/invitations/${token}/accept`, {
      name: 'Too Late',
      password: 'long enough password',
    });
    expect(accept.statusCode).toBe(409);
    expect((await client.get(`/api/workspaces/${ws.id}/invitations`)).json().invitations[0].status).toBe('revoked');

    const used = await invite(client, ws.id, 'used@example.test');
    expect(
      (
        await anonymous().post(`/api/invitations/${used.token}/accept`, {
          name: 'Used',
          password: 'long enough password',
        })
      ).statusCode,
    ).toBe(200);
    const revokeUsed = await client.delete(`/api/workspaces/${ws.id}/invitations/${used.invitation.id}`);
    expect(revokeUsed.statusCode).toBe(409);
    expect(await auditActions(ws.id)).toEqual([
      'invitation.created',
      'invitation.revoked',
      'invitation.created',
      'invitation.accepted',
    ]);
  });

  it('lets an existing account join with its own password, keeping its other workspaces', async () => {
    const first = await makeWorkspace(t.db, { name: 'Alpha' });
    const person = await makeMember(t.db, first.id, ['viewer'], { email: 'both@example.test' });
    const { ws, client } = await adminOfNewWorkspace('Beta');
    const { token } = await invite(client, ws.id, 'BOTH@example.test', ['moderator']);
    expect((await anonymous().get(`/api/invitations/${token}`)).json().accountExists).toBe(true);

    const wrong = await anonymous().post(`/api/invitations/${token}/accept`, { password: 'not the password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/already has a Samtal account/);
    expect(
      await t.db
        .selectFrom('memberships')
        .select('roles')
        .where('workspace_id', '=', ws.id)
        .where('user_id', '=', person.id)
        .executeTakeFirst(),
    ).toBeUndefined();

    const right = await anonymous().post(`/api/invitations/${token}/accept`, {
      name: 'Ignored',
      password: TEST_PASSWORD,
    });
    expect(right.statusCode).toBe(200);
    const me = right.json();
    expect(me.user).toMatchObject({ id: person.id, name: person.name });
    expect(me.workspaces.map((w: { id: string; roles: string[] }) => [w.id, w.roles])).toEqual([
      [first.id, ['viewer']],
      [ws.id, ['moderator']],
    ]);
    // /api/auth/me with the new session shows both workspaces as well.
    const cookie = right.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
    });
    expect(again.json().workspaces).toHaveLength(2);
  });

  it('counts wrong passwords for an existing account towards the login lock', async () => {
    const { ws, client } = await adminOfNewWorkspace();
    const person = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const { token } = await invite(client, ws.id, person.email);
    for (let i = 0; i < 5; i++) {
      expect(
        (await anonymous().post(`/api/invitations/${token}/accept`, { password: 'guess number ' + i })).statusCode,
      ).toBe(400);
    }
    expect((await anonymous().post(`/api/invitations/${token}/accept`, { password: TEST_PASSWORD })).statusCode).toBe(
      429,
    );
  });

  it('refuses to invite someone who is already a member, and a new invitation replaces the old link', async () => {
    const { ws, client } = await adminOfNewWorkspace();
    const member = await makeMember(t.db, ws.id, ['viewer']);
    const dup = await client.post(`/api/workspaces/${ws.id}/invitations`, { email: member.email, roles: ['admin'] });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toMatch(/already a member/);

    const old = await invite(client, ws.id, 'twice@example.test');
    const fresh = await invite(client, ws.id, 'twice@example.test', ['analyst']);
    expect((await anonymous().get(`/api/invitations/${old.token}`)).statusCode).toBe(404);
    expect((await anonymous().get(`/api/invitations/${fresh.token}`)).json().roles).toEqual(['analyst']);
  });

  it('answers 404 for an unknown or malformed token and validates the invitation body', async () => {
    expect((await anonymous().get(`/api/invitations/${'A'.repeat(43)}`)).statusCode).toBe(404);
    expect((await anonymous().get('/api/invitations/short')).statusCode).toBe(404);
    expect(
      (
        await anonymous().post(`/api/invitations/${'A'.repeat(43)}/accept`, {
          name: 'X',
          password: 'long enough password',
        })
      ).statusCode,
    ).toBe(404);
    const { ws, client } = await adminOfNewWorkspace();
    const bad = await client.post(`/api/workspaces/${ws.id}/invitations`, {
      email: 'not-an-address',
      roles: ['owner'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/email: must be an e-mail address/);
    expect(bad.json().error.message).toMatch(/roles/);
  });
});
