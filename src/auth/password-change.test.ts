import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace, TEST_PASSWORD } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('changing your password', () => {
  it('ends your other sessions and keeps the one you changed it from', async () => {
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const here = await t.login(user.email);
    const laptop = await t.login(user.email);
    const phone = await t.login(user.email);
    const res = await here.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new password',
    });
    expect(res.statusCode).toBe(200);
    expect((await here.get('/api/auth/me')).statusCode).toBe(200);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(401);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toHaveLength(1);
    await expect(t.login(user.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    expect((await t.login(user.email, 'a brand new password')).csrfToken).toBeTruthy();
  });

  it('refuses a wrong current password and keeps every session', async () => {
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const here = await t.login(user.email);
    const other = await t.login(user.email);
    const res = await here.post('/api/auth/password', {
      currentPassword: 'wrong',
      newPassword: 'a brand new password',
    });
    expect(res.statusCode).toBe(400);
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
  });
});
