import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.js';
import { ChannelError, type ChannelAdapter, type ChannelProfile } from './channel.js';
import { pendingJobs } from './channel-fixtures.js';
import * as repo from './channels.repository.js';
import { syncChannel } from './sync-channel.js';

let t: TestApp;
beforeAll(async () => {
  // As in production: admins may not point Samtal at private networks.
  t = await createTestApp({ env: { SAMTAL_ALLOW_PRIVATE_URLS: 'false' } });
  t.ctx.channels.register(fakeMastodon);
});
afterAll(async () => t?.close());

/** A network whose accounts are named by their token; 'revoked' is refused like a dead token. */
const ACCOUNTS: Record<string, ChannelProfile> = {
  'token-ekeby': {
    platformId: '109001',
    handle: 'ekeby@social.example',
    displayName: 'Ekeby kommun',
    followers: 1200,
    following: 12,
    posts: 340,
    bio: 'Officiellt konto',
    url: 'https://social.example/@ekeby',
    avatarUrl: 'https://social.example/a.png',
    fields: [{ name: 'Webb', value: 'https://ekeby.se' }],
    locked: true,
  },
  'token-hall': { platformId: '109003', handle: 'simhall@social.example', displayName: 'Simhallen', followers: 80 },
  'token-other': { platformId: '109002', handle: 'other@social.example', displayName: 'Other', followers: 3 },
};
let fetches = 0;
const fakeMastodon: ChannelAdapter = {
  kind: 'mastodon',
  credentialsSchema: z.object({ instanceUrl: z.string(), accessToken: z.string().min(1, 'is required') }),
  capabilities: () => ({
    actions: Object.fromEntries(
      ['publicReply', 'privateReply', 'hide', 'delete', 'block', 'mute', 'report', 'ban', 'followRequests']
        .concat(['publish', 'publishMedia', 'nativeScheduling', 'profileFields'])
        .map((k) => [k, { supported: true }]),
    ) as never,
    maxLength: 500,
    ingest: ['poll'],
  }),
  async testConnection(account) {
    const profile = ACCOUNTS[String(account.credentials?.accessToken)];
    if (!profile) throw new ChannelError('The access token was revoked.', false, { unhealthy: true });
    return profile;
  },
  async fetchSince(account) {
    fetches++;
    if (!ACCOUNTS[String(account.credentials?.accessToken)])
      throw new ChannelError('The access token was revoked.', false, { unhealthy: true });
    return { events: [], cursor: 'c1', hasMore: false };
  },
  perform: async () => ({ platformId: 'x' }),
};

async function workspaceWith(roles: Role[]) {
  const ws = await makeWorkspace(t.db);
  const as = {} as Record<Role, TestClient>;
  for (const role of roles) as[role] = await t.login((await makeMember(t.db, ws.id, [role])).email);
  return { id: ws.id, base: `/api/workspaces/${ws.id}/channels`, as };
}

// An IP literal from a documentation range: public, and needs no DNS in the test.
const mastodon = (accessToken: string, instanceUrl = 'https://203.0.113.10') => ({
  kind: 'mastodon',
  name: 'Mastodon',
  credentials: { instanceUrl, accessToken },
});

describe('connecting a real network', () => {
  it('checks the credentials with the network, stores who the account is, its profile and the first sync', async () => {
    const ws = await workspaceWith(['admin', 'viewer']);
    const res = await ws.as.admin.post(ws.base, mastodon('token-ekeby'));
    expect(res.statusCode).toBe(201);
    const channel = res.json();
    expect(channel).toMatchObject({
      kind: 'mastodon',
      name: 'Mastodon',
      handle: 'ekeby@social.example', // from the network, not typed
      externalId: '109001',
      health: 'healthy',
      throttledUntil: null,
      profile: { displayName: 'Ekeby kommun', followers: 1200, avatarUrl: 'https://social.example/a.png' },
    });
    expect(res.body).not.toContain('token-ekeby');
    const row = (await repo.findChannelById(t.db, channel.id))!;
    expect(row.credentials_encrypted).not.toContain('token-ekeby');
    expect(JSON.parse(t.ctx.secrets.open(row.credentials_encrypted!))).toEqual({
      instanceUrl: 'https://203.0.113.10',
      accessToken: 'token-ekeby',
    });
    const jobs = (await pendingJobs(t)).filter((j) => j.key === `sync:${channel.id}`);
    expect(jobs).toHaveLength(1);

    const profile = (await ws.as.viewer.get(`${ws.base}/${channel.id}/profile`)).json();
    expect(profile.profile).toEqual({
      displayName: 'Ekeby kommun',
      bio: 'Officiellt konto',
      url: 'https://social.example/@ekeby',
      avatarUrl: 'https://social.example/a.png',
      fields: [{ name: 'Webb', value: 'https://ekeby.se' }],
      followers: 1200,
      following: 12,
      posts: 340,
      locked: true,
      takenAt: expect.any(String),
    });
    expect(profile.history).toEqual([{ takenAt: profile.profile.takenAt, followers: 1200 }]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('workspace_id', '=', ws.id)
      .orderBy('seq')
      .execute();
    expect(audit.at(-1)).toMatchObject({ action: 'channel.connected', data: { externalId: '109001' } });
  });

  it('explains bad credentials, unsafe addresses and refusals with 400, and stores nothing', async () => {
    const ws = await workspaceWith(['admin']);
    const missing = await ws.as.admin.post(ws.base, { kind: 'mastodon', name: 'M', credentials: { instanceUrl: 'x' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/credentials\.accessToken/);

    const local = await ws.as.admin.post(ws.base, mastodon('token-ekeby', 'https://127.0.0.1:8443'));
    expect(local.statusCode).toBe(400);
    expect(local.json().error.message).toMatch(/credentials\.instanceUrl.*private network/);
    const scheme = await ws.as.admin.post(ws.base, mastodon('token-ekeby', 'file:///etc/passwd'));
    expect(scheme.json().error.message).toMatch(/credentials\.instanceUrl/);

    const refused = await ws.as.admin.post(ws.base, mastodon('wrong-token'));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe('Could not connect to Mastodon: The access token was revoked.');

    const sandboxWithoutHandle = await ws.as.admin.post(ws.base, { kind: 'sandbox', name: 'S' });
    expect(sandboxWithoutHandle.statusCode).toBe(400);
    expect(JSON.stringify(sandboxWithoutHandle.json())).toMatch(/handle/);
    expect((await ws.as.admin.get(ws.base)).json().channels).toEqual([]);
  });

  it('connects an account once: 409 in any workspace while it is connected, fine again after disconnecting', async () => {
    const a = await workspaceWith(['admin']);
    const b = await workspaceWith(['admin']);
    const first = (await a.as.admin.post(a.base, mastodon('token-other'))).json();
    const again = await b.as.admin.post(b.base, mastodon('token-other'));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/other@social.example is already connected/);
    expect((await a.as.admin.post(a.base, mastodon('token-other'))).statusCode).toBe(409);

    expect((await a.as.admin.delete(`${a.base}/${first.id}`)).statusCode).toBe(200);
    expect((await b.as.admin.post(b.base, mastodon('token-other'))).statusCode).toBe(201);
  });
});

describe('reconnecting', () => {
  it('takes new credentials for the same account only, heals the channel and polls at once', async () => {
    const ws = await workspaceWith(['admin', 'manager']);
    const channel = (await ws.as.admin.post(ws.base, mastodon('token-hall'))).json();
    const url = `${ws.base}/${channel.id}`;
    // The token is revoked on the network: the next poll marks the channel unhealthy.
    const row = (await repo.findChannelById(t.db, channel.id))!;
    await t.db
      .updateTable('channels')
      .set({
        credentials_encrypted: t.ctx.secrets.seal(
          JSON.stringify({ instanceUrl: 'https://203.0.113.10', accessToken: 'dead' }),
        ),
        sync_cursor: 'c0',
        throttled_until: new Date(Date.now() + 600_000),
      })
      .where('id', '=', row.id)
      .execute();
    expect((await syncChannel(t.ctx, channel.id)).status).toBe('unhealthy');
    expect((await ws.as.admin.get(url)).json().health).toBe('unhealthy');

    expect((await ws.as.manager.post(`${url}/reconnect`, { credentials: {} })).statusCode).toBe(403);
    const wrong = await ws.as.admin.post(`${url}/reconnect`, { credentials: mastodon('token-other').credentials });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/other@social.example, not for simhall@social.example/);
    const refused = await ws.as.admin.post(`${url}/reconnect`, { credentials: mastodon('still-dead').credentials });
    expect(refused.json().error.message).toMatch(/^Could not connect to Mastodon/);
    expect((await ws.as.admin.get(url)).json().health).toBe('unhealthy');

    const before = Date.now();
    const res = await ws.as.admin.post(`${url}/reconnect`, { credentials: mastodon('token-hall').credentials });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      health: 'healthy',
      healthReason: null,
      throttledUntil: null,
      externalId: '109003',
    });
    const stored = (await repo.findChannelById(t.db, channel.id))!;
    expect(stored.sync_cursor).toBe('c0'); // the backfill continues from where the outage began
    expect(JSON.parse(t.ctx.secrets.open(stored.credentials_encrypted!)).accessToken).toBe('token-hall');
    const sync = (await pendingJobs(t)).find((j) => j.key === `sync:${channel.id}`)!;
    expect(sync.run_at.getTime()).toBeLessThanOrEqual(Date.now());
    expect(sync.run_at.getTime()).toBeGreaterThan(before - 5_000);

    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', ws.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action).slice(-2)).toEqual(['channel.recovered', 'channel.reconnected']);
    const kinds = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('workspace_id', '=', ws.id)
      .orderBy('created_at')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(['channel.unhealthy', 'channel.recovered']);
    const history = (await ws.as.admin.get(`${url}/profile`)).json().history;
    expect(history).toHaveLength(2); // connect and reconnect each took a snapshot

    fetches = 0;
    expect((await syncChannel(t.ctx, channel.id)).status).toBe('synced');
    expect(fetches).toBe(1);
  });

  it('issues a fresh sandbox token itself when none is given, and asks a real network for credentials', async () => {
    const ws = await workspaceWith(['admin']);
    const sandbox = await ws.as.admin.post(ws.base, { kind: 'sandbox', name: 'Sandbox', handle: 'sandlada' });
    const before = await repo.findChannelById(t.db, sandbox.json().id);
    const res = await ws.as.admin.post(`${ws.base}/${sandbox.json().id}/reconnect`, {});
    expect(res.statusCode).toBe(200);
    const after = await repo.findChannelById(t.db, sandbox.json().id);
    expect(after!.credentials_encrypted).not.toBe(before!.credentials_encrypted);
    expect(JSON.parse(t.ctx.secrets.open(after!.credentials_encrypted!)).token).toMatch(/^sbx_/);

    const real = await repo.insertChannel(t.db, {
      workspaceId: ws.id,
      kind: 'mastodon',
      name: 'Real',
      handle: 'real',
      settings: {},
      credentialsEncrypted: null,
    });
    const missing = await ws.as.admin.post(`${ws.base}/${real.id}/reconnect`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([{ field: 'body.credentials', message: 'is required' }]);
  });

  it('gives a channel from before accounts were tracked its account id, unless that account is connected elsewhere', async () => {
    const ws = await workspaceWith(['admin']);
    const legacy = await repo.insertChannel(t.db, {
      workspaceId: ws.id,
      kind: 'mastodon',
      name: 'Old',
      handle: 'old',
      settings: {},
      credentialsEncrypted: null,
    });
    const url = `${ws.base}/${legacy.id}/reconnect`;
    const taken = await ws.as.admin.post(url, { credentials: mastodon('token-other').credentials }); // connected in another test
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toMatch(/already connected/);
    ACCOUNTS['token-legacy'] = {
      platformId: '109009',
      handle: 'legacy@social.example',
      displayName: 'L',
      followers: 0,
    };
    const res = await ws.as.admin.post(url, { credentials: mastodon('token-legacy').credentials });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ externalId: '109009', handle: 'legacy@social.example' });
  });
});
