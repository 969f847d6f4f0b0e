import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { makeSandboxChannel, pendingJobs } from './channel-fixtures.js';
import { findChannelById } from './channels.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('connecting a channel', () => {
  it('stores the token encrypted, never returns it, and enqueues the first sync and the generator', async () => {
    const f = await makeSandboxChannel(t);
    const channel = (await f.as.viewer.get(f.url)).json();
    expect(channel).toMatchObject({
      kind: 'sandbox',
      name: 'Facebook (sandbox)',
      handle: 'ekebykommun',
      health: 'healthy',
      healthReason: null,
      lastSyncAt: null,
      stats: { inboundTotal: 0, inboundLast24h: 0, outboundTotal: 0 },
      settings: { ratePerMinute: 0 },
      capabilities: { maxLength: 2000, ingest: ['poll'] },
    });
    expect(channel.capabilities.actions.publicReply).toEqual({ supported: true });
    expect(channel.capabilities.actions.nativeScheduling.supported).toBe(false);
    expect(channel.capabilities.actions.nativeScheduling.reason).toMatch(/schedul/);
    expect(JSON.stringify(channel)).not.toMatch(/sbx_|token|credential/i);

    const row = (await findChannelById(t.db, f.channelId))!;
    expect(row.credentials_encrypted).toMatch(/^v1\./);
    expect(row.credentials_encrypted).not.toContain('sbx_');
    expect(JSON.parse(t.ctx.secrets.open(row.credentials_encrypted!)).token).toMatch(/^sbx_/);

    const keys = (await pendingJobs(t)).map((j) => j.key);
    expect(keys).toContain(`sync:${f.channelId}`);
    expect(keys).toContain(`sandbox:${f.channelId}`);

    const audit = await t.db.selectFrom('audit_log').selectAll().where('workspace_id', '=', f.workspaceId).execute();
    expect(audit.map((a) => a.action)).toEqual(['channel.connected']);
  });

  it('only lets admins connect, and explains bad input', async () => {
    const f = await makeSandboxChannel(t);
    const base = `/api/workspaces/${f.workspaceId}/channels`;
    expect((await f.as.manager.post(base, { kind: 'sandbox', name: 'X', handle: 'x' })).statusCode).toBe(403);
    const badKind = await f.as.admin.post(base, { kind: 'myspace', name: 'X', handle: 'x' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.message).toMatch(/kind/);
    const badHandle = await f.as.admin.post(base, { kind: 'sandbox', name: 'X', handle: 'no spaces please' });
    expect(badHandle.statusCode).toBe(400);
    expect(badHandle.json().error.message).toMatch(/handle/);
    const badRate = await f.as.admin.post(base, {
      kind: 'sandbox',
      name: 'X',
      handle: 'x',
      settings: { ratePerMinute: -1 },
    });
    expect(badRate.statusCode).toBe(400);
  });

  it('hides other workspaces and malformed ids behind 404', async () => {
    const f = await makeSandboxChannel(t);
    const other = await makeWorkspace(t.db);
    const outsider = await t.login((await makeMember(t.db, other.id, ['admin'])).email);
    expect((await outsider.get(f.url)).statusCode).toBe(404);
    expect((await outsider.get(`/api/workspaces/${other.id}/channels/${f.channelId}`)).statusCode).toBe(404);
    expect((await f.as.admin.get(`/api/workspaces/${f.workspaceId}/channels/not-a-uuid`)).statusCode).toBe(404);
    expect((await f.as.admin.get(`/api/workspaces/${f.workspaceId}/channels/not-a-uuid/items`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/workspaces/${other.id}/channels`)).json().channels).toEqual([]);
  });
});

describe('changing and disconnecting', () => {
  it('merges settings, removes a switch with null, and audits the change', async () => {
    const f = await makeSandboxChannel(t, { ratePerMinute: 0, languages: ['sv'] });
    const res = await f.as.admin.patch(f.url, {
      name: 'Facebook',
      settings: { ratePerMinute: 3, failNext: 'permanent' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Facebook', settings: { ratePerMinute: 3, languages: ['sv'] } });
    expect((await findChannelById(t.db, f.channelId))!.settings).toEqual({
      ratePerMinute: 3,
      languages: ['sv'],
      failNext: 'permanent',
    });
    await f.as.admin.patch(f.url, { settings: { failNext: null } });
    expect((await findChannelById(t.db, f.channelId))!.settings).toEqual({ ratePerMinute: 3, languages: ['sv'] });
    expect((await f.as.manager.patch(f.url, { name: 'Nope' })).statusCode).toBe(403);
  });

  it('disconnects: credentials erased, polling stopped, history kept, nothing can be sent', async () => {
    const f = await makeSandboxChannel(t);
    expect((await f.as.admin.delete(f.url)).json()).toEqual({ ok: true });
    const row = (await findChannelById(t.db, f.channelId))!;
    expect(row.credentials_encrypted).toBeNull();
    expect(row.health).toBe('disconnected');
    const keys = (await pendingJobs(t)).map((j) => j.key);
    expect(keys).not.toContain(`sync:${f.channelId}`);
    expect(keys).not.toContain(`sandbox:${f.channelId}`);
    expect((await f.as.viewer.get(f.url)).json().health).toBe('disconnected');
    expect((await f.as.manager.post(`${f.url}/sync`)).statusCode).toBe(409);
    expect((await f.as.admin.patch(f.url, { name: 'x' })).statusCode).toBe(409);
    const action = await f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Hej' });
    expect(action.statusCode).toBe(409);
    expect((await f.as.admin.delete(f.url)).statusCode).toBe(200); // twice is fine
  });
});

describe('test connection and sync now', () => {
  it('reports the profile, and a revoked token as an unhealthy channel with its reason', async () => {
    const f = await makeSandboxChannel(t);
    const ok = await f.as.manager.post(`${f.url}/test`);
    expect(ok.json()).toEqual({
      ok: true,
      profile: { handle: 'ekebykommun', displayName: 'ekebykommun (sandbox)', followers: expect.any(Number) },
    });

    await f.as.admin.patch(f.url, { settings: { unhealthy: true } });
    const bad = (await f.as.admin.post(`${f.url}/test`)).json();
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/token/);
    const channel = (await f.as.viewer.get(f.url)).json();
    expect(channel.health).toBe('unhealthy');
    expect(channel.healthReason).toBe(bad.error);

    await f.as.admin.patch(f.url, { settings: { unhealthy: null } });
    expect((await f.as.admin.post(`${f.url}/test`)).json().ok).toBe(true);
    expect((await f.as.viewer.get(f.url)).json()).toMatchObject({ health: 'healthy', healthReason: null });
    expect((await f.as.responder.post(`${f.url}/test`)).statusCode).toBe(403);
  });

  it('"sync now" moves the pending poll to now', async () => {
    const f = await makeSandboxChannel(t);
    await t.database.pool.query(
      `UPDATE graphile_worker._private_jobs SET run_at = now() + interval '1 hour' WHERE key = $1`,
      [`sync:${f.channelId}`],
    );
    const res = await f.as.manager.post(`${f.url}/sync`);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ queued: true });
    const jobs = (await pendingJobs(t)).filter((j) => j.key === `sync:${f.channelId}`);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.run_at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect((await f.as.viewer.post(`${f.url}/sync`)).statusCode).toBe(403);
  });
});
