/**
 * The HTTP API as one logged-in person, outside the browser: for setting a workspace up before the
 * browser part of a test (settings, FAQ articles) and for reading what the server says. Cookies are
 * kept by Playwright's request context; the CSRF token from the login answer goes on every write.
 */
import { type APIRequestContext, type Page, request } from 'playwright-core';
import type { Login } from './demo.js';

export interface ApiSession {
  readonly user: { id: string; email: string; name: string };
  readonly workspaces: Array<{ id: string; slug: string; name: string; roles: string[] }>;
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function apiSession(baseURL: string, login: Login): Promise<ApiSession> {
  const context: APIRequestContext = await request.newContext({ baseURL });
  const answer = await context.post('/api/auth/login', { data: { email: login.email, password: login.password } });
  if (!answer.ok()) throw new Error(`Login of ${login.email} failed: ${answer.status()} ${await answer.text()}`);
  const me = (await answer.json()) as {
    user: ApiSession['user'];
    csrfToken: string;
    workspaces: ApiSession['workspaces'];
  };

  const parse = async <T>(method: string, path: string, response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    const text = await response.text();
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };

  return {
    user: me.user,
    workspaces: me.workspaces,
    get: async (path) => parse('GET', path, await context.get(path)),
    send: async (method, path, body) =>
      parse(
        method,
        path,
        await context.fetch(path, {
          method,
          headers: { 'x-csrf-token': me.csrfToken },
          ...(body === undefined ? {} : { data: body }),
        }),
      ),
    close: () => context.dispose(),
  };
}

/** The id of the workspace with this slug among the session's workspaces. */
export function workspaceId(session: ApiSession, slug: string): string {
  const workspace = session.workspaces.find((w) => w.slug === slug);
  if (!workspace) throw new Error(`${session.user.email} is not a member of "${slug}"`);
  return workspace.id;
}

/** The id of a workspace (by slug) of whoever is logged in on this page. */
export async function workspaceOf(page: Page, slug: string): Promise<string> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as {
    workspaces: Array<{ id: string; slug: string }>;
  };
  const workspace = me.workspaces.find((w) => w.slug === slug);
  if (!workspace) throw new Error(`The logged-in person is not a member of "${slug}"`);
  return workspace.id;
}
