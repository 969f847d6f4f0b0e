/**
 * An in-process Samtal on its own test database: the real app (routes, access control, error
 * handling) driven through fastify.inject, plus a client that logs in and sends the CSRF header.
 */
import pino from 'pino';
import type { LightMyRequestResponse } from 'fastify';
import { createContext } from '../app/runtime.js';
import type { AppContext } from '../app/context.js';
import { loadConfig, type Config } from '../config/config.js';
import { buildApp, type App } from '../http/app.js';
import { LiveHub } from '../live/live-hub.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { TEST_PASSWORD } from './factories.js';
import { closeHeadlessBrowser } from '../shared/headless-browser.js';

export interface TestApp {
  app: App;
  ctx: AppContext;
  db: TestDatabase['db'];
  database: TestDatabase;
  config: Config;
  login(email: string, password?: string): Promise<TestClient>;
  anonymous(): TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  csrfToken: string | null;
  cookie: string | null;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function createTestApp(options: { env?: Record<string, string>; live?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    SAMTAL_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    DATABASE_URL: database.url,
    SAMTAL_DEMO: 'false',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const log = pino({ level: 'silent' });
  const live = options.live ? new LiveHub(database.url, log) : null;
  await live?.start();
  const ctx = createContext(config, database, log, live);
  const app = await buildApp(ctx, { logger: false, serveWeb: false });
  await app.ready();

  const client = (cookie: string | null, csrfToken: string | null): TestClient => {
    const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: {
          ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
          ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
    return {
      csrfToken,
      cookie,
      request,
      get: (url) => request('GET', url),
      post: (url, body) => request('POST', url, body ?? {}),
      patch: (url, body) => request('PATCH', url, body ?? {}),
      put: (url, body) => request('PUT', url, body ?? {}),
      delete: (url) => request('DELETE', url),
    };
  };

  return {
    app,
    ctx,
    db: database.db,
    database,
    config,
    anonymous: () => client(null, null),
    async login(email, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      return client(cookie, (res.json() as { csrfToken: string }).csrfToken);
    },
    async close() {
      await app.close();
      await live?.stop();
      await closeHeadlessBrowser();
      await database.drop();
    },
  };
}
