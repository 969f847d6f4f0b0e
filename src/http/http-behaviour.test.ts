/** Behaviour of the HTTP layer as a whole: the OpenAPI document, body limits, graceful close. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { buildApp } from './app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_BODY_LIMIT: '2048' } });
});
afterAll(async () => t?.close());

describe('the HTTP layer', () => {
  it('publishes an OpenAPI document generated from the route schemas, covering every /api route', async () => {
    const res = await t.anonymous().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of t.app.routeCatalog) {
      if (route.url === '/api/openapi.json') continue;
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
    // The login body schema comes from zod, with its constraints.
    const login = doc.paths['/api/auth/login']!.post!.requestBody as {
      content: { 'application/json': { schema: { required: string[]; additionalProperties: boolean } } };
    };
    expect(login.content['application/json'].schema.required).toEqual(['email', 'password']);
    expect(login.content['application/json'].schema.additionalProperties).toBe(false);
  });

  it('answers an oversized body with 413 and a readable message, not a 500', async () => {
    const res = await t.anonymous().post('/api/auth/login', { email: 'a@b.se', password: 'x'.repeat(5000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('The request body is too large.');
  });

  it('answers the wrong content type with 415 and unknown endpoints with a readable 404', async () => {
    const form = await t.anonymous().request('POST', '/api/auth/login', 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.message).toMatch(/application\/json/);
    const missing = await t.anonymous().get('/api/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/No such endpoint/);
  });

  it('lets an in-flight request finish when the server closes', async () => {
    const app = await buildApp(t.ctx, { logger: false, serveWeb: false });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    app.get('/api/slow', { config: { access: 'public' } }, async () => {
      started();
      await gate;
      return { done: true };
    });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const response = fetch(`${address}/api/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await inFlight;
    const closed = app.close();
    let closedEarly = false;
    void closed.then(() => (closedEarly = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closedEarly).toBe(false); // still waiting for the request
    release();
    expect(await response).toEqual({ status: 200, body: { done: true } });
    await closed;
  });
});
