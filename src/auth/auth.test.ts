import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace, TEST_PASSWORD } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('login and sessions', () => {
  it('logs in, sets an httpOnly SameSite cookie and returns the workspaces', async () => {
    const ws = await makeWorkspace(t.db);
    const user = await makeMember(t.db, ws.id, ['responder']);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'samtal_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json().workspaces).toEqual([expect.objectContaining({ id: ws.id, roles: ['responder'] })]);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const wrong = await t.anonymous().post('/api/auth/login', { email: user.email, password: 'nope' });
    const unknown = await t.anonymous().post('/api/auth/login', { email: 'nobody@example.test', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('locks an e-mail address after five failures, even for the right password', async () => {
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    for (let i = 0; i < 5; i++) {
      expect((await t.anonymous().post('/api/auth/login', { email: user.email, password: 'wrong' })).statusCode).toBe(
        401,
      );
    }
    const locked = await t.anonymous().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const client = await t.login(user.email);
    const without = await client.request('PATCH', '/api/auth/me', { language: 'nl' }, { 'x-csrf-token': '' });
    expect(without.statusCode).toBe(403);
    const withToken = await client.patch('/api/auth/me', { language: 'nl' });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json().user.language).toBe('nl');
  });

  it('expires an idle session and an old one', async () => {
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const idle = await t.login(user.email);
    expect((await idle.get('/api/auth/me')).statusCode).toBe(200);
    await sql`UPDATE sessions SET last_seen_at = now() - interval '13 hours' WHERE user_id = ${user.id}`.execute(t.db);
    expect((await idle.get('/api/auth/me')).statusCode).toBe(401);

    const old = await t.login(user.email);
    await sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = ${user.id}`.execute(t.db);
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('logs out', async () => {
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const client = await t.login(user.email);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('rejects malformed JSON, unknown fields and wrong types with 400 and a readable message', async () => {
    const bad = await t.anonymous().request('POST', '/api/auth/login', '{"email":', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/not valid JSON/);
    const extra = await t.anonymous().post('/api/auth/login', { email: 'a@b.se', password: 'x', admin: true });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toMatch(/admin/);
    const wrongType = await t.anonymous().post('/api/auth/login', { email: 42, password: 'x' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.message).toMatch(/email/);
  });
});
