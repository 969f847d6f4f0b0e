import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { accessPlugin } from './access.js';

async function appWithAccessControl() {
  const app = Fastify();
  await app.register(fastifyCookie);
  // The rule is checked when routes are declared, before any request: no database is needed.
  await app.register(accessPlugin, { db: {} as Db, sessions: { idleMinutes: 60, maxHours: 24 } });
  return app;
}

describe('access declarations', () => {
  it('refuses to start with an /api route that declares no access rule', async () => {
    const app = await appWithAccessControl();
    expect(() => app.get('/api/forgotten', async () => ({}))).toThrow(/GET \/api\/forgotten declares no access rule/);
    await app.close();
  });

  it('accepts declared /api routes and leaves non-API routes alone', async () => {
    const app = await appWithAccessControl();
    app.get('/api/open', { config: { access: 'public' } }, async () => ({ ok: true }));
    app.get('/api/mine', { config: { access: 'user' } }, async () => ({ ok: true }));
    app.get('/api/workspaces/:workspaceId/x', { config: { access: { roles: ['admin'] } } }, async () => ({ ok: true }));
    app.get('/not-api', async () => 'page');
    await app.ready();
    expect((await app.inject({ method: 'GET', url: '/api/open' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/mine' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/not-api' })).statusCode).toBe(200);
    await app.close();
  });
});
