/**
 * Every /api route with its declared access rule, collected as routes are registered, so tests
 * can walk all of them (src/http/access-matrix.test.ts) — including routes added later.
 */
import type { FastifyInstance } from 'fastify';
import type { Access } from '../auth/roles.js';

export interface RouteCatalogEntry {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalog: readonly RouteCatalogEntry[];
  }
}

/** Call before any route is registered. */
export function collectRouteCatalog(app: FastifyInstance) {
  const catalog: RouteCatalogEntry[] = [];
  app.decorate('routeCatalog', catalog);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // HEAD twins of GET routes are added by Fastify itself and behave like the GET.
    for (const method of methods) {
      if (method === 'HEAD' || !route.config?.access) continue;
      catalog.push({ method, url: route.url, access: route.config.access });
    }
  });
}
