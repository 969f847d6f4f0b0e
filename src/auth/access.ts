/**
 * Authentication and authorisation for every route, declared on the route itself:
 *   config: { access: 'public' | 'user' | { roles: ['admin', 'manager'] } }
 * A route without a declaration is refused at startup. Workspace routes carry :workspaceId in the
 * URL; a user who is not a member gets 404 (no hint that the workspace exists), a member without
 * one of the roles gets 403. State-changing requests need the session's CSRF token in a header.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.js';
import { forbidden, notFound, unauthorized } from '../http/errors.js';
import { findMembershipWithWorkspace } from '../workspaces/workspaces.repository.js';
import { type Access, hasAnyRole, type Role } from './roles.js';
import { CSRF_HEADER, resolveSession, SESSION_COOKIE, type SessionPolicy, type SessionUser } from './sessions.js';

export interface WorkspaceContext {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  country: string;
  defaultLanguage: string;
  roles: Role[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
    workspace: WorkspaceContext | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const accessPlugin = fp(async (app: FastifyInstance, options: { db: Db; sessions: SessionPolicy }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('workspace', null);

  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || route.config?.access) return;
    throw new Error(`Route ${route.method} ${url} declares no access rule (config.access)`);
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    request.user = await authenticate(request, options);
    if (!request.user) throw unauthorized();
    if (!SAFE_METHODS.has(request.method)) checkCsrf(request, request.user);
    if (access === 'user') return;
    request.workspace = await authoriseWorkspace(options.db, request, access.roles);
  });
});

async function authenticate(request: FastifyRequest, options: { db: Db; sessions: SessionPolicy }) {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  return resolveSession(options.db, token, options.sessions);
}

function checkCsrf(request: FastifyRequest, user: SessionUser) {
  const sent = request.headers[CSRF_HEADER];
  const expected = Buffer.from(user.csrfToken);
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw forbidden('Missing or invalid CSRF token. Reload the page and try again.');
  }
}

async function authoriseWorkspace(db: Db, request: FastifyRequest, roles: readonly Role[]): Promise<WorkspaceContext> {
  const workspaceId = (request.params as { workspaceId?: string }).workspaceId;
  if (!workspaceId || !UUID.test(workspaceId)) throw notFound('The workspace');
  const ws = await findMembershipWithWorkspace(db, workspaceId, request.user!.userId);
  if (!ws) throw notFound('The workspace');
  if (!hasAnyRole(ws.roles, roles)) throw forbidden();
  return {
    id: ws.id,
    slug: ws.slug,
    name: ws.name,
    timeZone: ws.time_zone,
    country: ws.country,
    defaultLanguage: ws.default_language,
    roles: ws.roles as Role[],
  };
}
