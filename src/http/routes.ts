/** Every feature's routes, in one list. Each module registers its own paths and access rules. */
import type { AppContext } from '../app/context.js';
import { authRoutes } from '../auth/auth.routes.js';
import { healthRoutes } from '../health/health.routes.js';
import { liveRoutes } from '../live/live.routes.js';
import type { App } from './app.js';
import { version } from './version.js';

export type RouteModule = (app: App) => Promise<void>;

export function featureRoutes(ctx: AppContext): RouteModule[] {
  const routes: RouteModule[] = [healthRoutes(ctx.db, version), authRoutes(ctx)];
  if (ctx.live) routes.push(liveRoutes(ctx.live));
  return routes;
}
