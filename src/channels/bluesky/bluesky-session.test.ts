/**
 * Session handling and error mapping against a scripted PDS (a plain HTTP server): things the real
 * local network does not do on demand, like rate limits, dead tokens and outages.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../config/config.js';
import { ChannelError, type ChannelAccount } from '../channel.js';
import { createBlueskyAdapter } from './bluesky.adapter.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let routes: Record<string, Handler>;
let calls: string[];

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const DID = 'did:plc:kommun';
let sessionNo = 0;
const createSession: Handler = (_req, res) => {
  sessionNo++;
  json(res, 200, {
    did: DID,
    handle: 'kommun.test',
    accessJwt: `access-${sessionNo}`,
    refreshJwt: `refresh-${sessionNo}`,
  });
};
const emptyNotifications: Handler = (_req, res) => json(res, 200, { notifications: [] });

beforeAll(async () => {
  server = createServer((req, res) => {
    const method = new URL(req.url!, 'http://x').pathname.replace('/xrpc/', '');
    calls.push(`${method} ${req.headers.authorization ?? ''}`.trim());
    const handler = routes[method];
    if (handler) handler(req, res);
    else json(res, 501, { error: 'MethodNotImplemented', message: method });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  calls = [];
  routes = { 'com.atproto.server.createSession': createSession };
});

const config = () => ({ blueskyService: baseUrl, allowPrivateUrls: true }) as Config;
const account = (id = 'ch-1', appPassword = 'abcd-efgh-ijkl-mnop'): ChannelAccount => ({
  id,
  workspaceId: 'ws',
  handle: 'kommun.test',
  settings: {},
  credentials: { identifier: 'kommun.test', appPassword },
});

describe('Bluesky sessions', () => {
  it('signs in once per channel and reuses the session; new credentials sign in again', async () => {
    routes['app.bsky.notification.listNotifications'] = emptyNotifications;
    const adapter = createBlueskyAdapter({ config: config() });
    await adapter.fetchSince!(account(), null, 10);
    await adapter.fetchSince!(account(), null, 10);
    expect(calls.filter((c) => c.startsWith('com.atproto.server.createSession'))).toHaveLength(1);
    await adapter.fetchSince!(account('ch-1', 'new-app-password'), null, 10);
    expect(calls.filter((c) => c.startsWith('com.atproto.server.createSession'))).toHaveLength(2);
  });

  it('signs in again when the tokens died (refresh refused) and carries on', async () => {
    let first = true;
    routes['app.bsky.notification.listNotifications'] = (req, res) => {
      if (first) {
        first = false;
        return json(res, 400, { error: 'ExpiredToken', message: 'Token has expired' });
      }
      emptyNotifications(req, res);
    };
    routes['com.atproto.server.refreshSession'] = (_req, res) =>
      json(res, 400, { error: 'ExpiredToken', message: 'Token has been revoked' });
    const adapter = createBlueskyAdapter({ config: config() });
    const result = await adapter.fetchSince!(account(), null, 10);
    expect(result.events).toEqual([]);
    expect(calls.filter((c) => c.startsWith('com.atproto.server.createSession'))).toHaveLength(2);
    expect(calls.at(-1)).toMatch(/^app\.bsky\.notification\.listNotifications Bearer access-\d+$/);
  });

  it('makes a refused app password an unhealthy channel with a reason', async () => {
    routes['com.atproto.server.createSession'] = (_req, res) =>
      json(res, 401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
    const adapter = createBlueskyAdapter({ config: config() });
    const error = await adapter.testConnection(account()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ retryable: false, options: { unhealthy: true } });
    expect((error as Error).message).toMatch(/did not accept the app password for kommun\.test.*reconnect/);
    expect((error as Error).message).not.toContain('abcd-efgh');
  });

  it('shares one sign-in between concurrent calls', async () => {
    routes['app.bsky.notification.listNotifications'] = emptyNotifications;
    const adapter = createBlueskyAdapter({ config: config() });
    await Promise.all([1, 2, 3].map(() => adapter.fetchSince!(account('ch-2'), null, 10)));
    expect(calls.filter((c) => c.startsWith('com.atproto.server.createSession'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('app.bsky.notification.listNotifications'))).toHaveLength(3);
  });

  it('does not keep trying refused credentials (sign-ins are scarce) until they change or an admin tests them', async () => {
    routes['com.atproto.server.createSession'] = (_req, res) =>
      json(res, 401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' });
    const adapter = createBlueskyAdapter({ config: config() });
    const signIns = () => calls.filter((c) => c.startsWith('com.atproto.server.createSession')).length;
    for (let i = 0; i < 3; i++)
      await expect(adapter.fetchSince!(account('ch-3'), null, 10)).rejects.toMatchObject({
        options: { unhealthy: true },
      });
    expect(signIns()).toBe(1);
    await expect(adapter.testConnection(account('ch-3'))).rejects.toMatchObject({ options: { unhealthy: true } });
    expect(signIns()).toBe(2);
    routes['com.atproto.server.createSession'] = createSession;
    routes['app.bsky.notification.listNotifications'] = emptyNotifications;
    await expect(adapter.fetchSince!(account('ch-3', 'reconnected-password'), null, 10)).resolves.toMatchObject({
      events: [],
    });
    expect(signIns()).toBe(3);
  });

  it('turns 429 into a retryable error that waits until ratelimit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 120;
    routes['app.bsky.notification.listNotifications'] = (_req, res) =>
      json(
        res,
        429,
        { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        { 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(reset) },
      );
    const adapter = createBlueskyAdapter({ config: config() });
    const error = (await adapter.fetchSince!(account(), null, 10).catch((e: unknown) => e)) as ChannelError;
    expect(error).toBeInstanceOf(ChannelError);
    expect(error.retryable).toBe(true);
    expect(error.options.retryAfterMs).toBeGreaterThan(100_000);
    expect(error.options.retryAfterMs).toBeLessThanOrEqual(120_000);
  });

  it('treats an outage as retryable and a refused request as a permanent failure', async () => {
    routes['app.bsky.feed.getPosts'] = (_req, res) => json(res, 503, { error: 'Unavailable', message: 'down' });
    const adapter = createBlueskyAdapter({ config: config() });
    const target = 'at://did:plc:anna/app.bsky.feed.post/3kabc';
    const request = { action: 'report' as const, targetPlatformId: target, reason: 'spam', idempotencyKey: 'k' };
    await expect(adapter.perform(account(), request)).rejects.toMatchObject({ retryable: true });
    routes['app.bsky.feed.getPosts'] = (_req, res) => json(res, 200, { posts: [] });
    await expect(adapter.perform(account(), request)).rejects.toMatchObject({
      retryable: false,
      message: expect.stringMatching(/no longer exists/),
    });
  });

  it('falls back to the PDS only for an account the AppView does not know yet, not for a suspended one', async () => {
    routes['app.bsky.actor.getProfile'] = (_req, res) =>
      json(res, 400, { error: 'InvalidRequest', message: 'Profile not found' });
    routes['com.atproto.repo.describeRepo'] = (_req, res) =>
      json(res, 200, { did: DID, handle: 'kommun.test', didDoc: {}, collections: [], handleIsCorrect: true });
    routes['com.atproto.repo.getRecord'] = (_req, res) =>
      json(res, 400, { error: 'RecordNotFound', message: 'Could not locate record' });
    const adapter = createBlueskyAdapter({ config: config() });
    const profile = await adapter.testConnection(account());
    expect(profile).toEqual({
      platformId: DID,
      handle: 'kommun.test',
      displayName: 'kommun.test',
      followers: 0,
      url: 'https://bsky.app/profile/kommun.test',
      locked: false,
    });

    routes['app.bsky.actor.getProfile'] = (_req, res) =>
      json(res, 400, { error: 'AccountTakedown', message: 'Account has been suspended' });
    await expect(adapter.testConnection(account())).rejects.toMatchObject({
      message: expect.stringMatching(/suspended/),
    });
    expect(calls.filter((c) => c.startsWith('com.atproto.repo.describeRepo'))).toHaveLength(1);
  });

  it('refuses a private server address when private addresses are not allowed', async () => {
    const adapter = createBlueskyAdapter({ config: { ...config(), allowPrivateUrls: false } });
    await expect(adapter.testConnection(account())).rejects.toMatchObject({
      options: { unhealthy: true },
      message: expect.stringMatching(/https|private network/),
    });
    expect(calls).toEqual([]);
  });
});
