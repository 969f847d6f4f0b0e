/** Every feature's routes, in one list. Each module registers its own paths and access rules. */
import type { AppContext } from '../app/context.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { authRoutes } from '../auth/auth.routes.js';
import { casesRoutes } from '../cases/cases.routes.js';
import { channelsRoutes } from '../channels/channels.routes.js';
import { evidenceRoutes } from '../evidence/evidence.routes.js';
import { guidelinesRoutes } from '../guidelines/guidelines.routes.js';
import { publicGuidelinesRoutes } from '../guidelines/public-guidelines.routes.js';
import { healthRoutes } from '../health/health.routes.js';
import { inboxRoutes } from '../inbox/inbox.routes.js';
import { invitationsRoutes } from '../invitations/invitations.routes.js';
import { knowledgeRoutes } from '../knowledge/knowledge.routes.js';
import { liveRoutes } from '../live/live.routes.js';
import { metaWebhookRoutes } from '../channels/meta/meta-webhook.routes.js';
import { moderationRoutes } from '../moderation/moderation.routes.js';
import { privacyRoutes } from '../privacy/privacy.routes.js';
import { membersRoutes } from '../members/members.routes.js';
import { respondersRoutes } from '../responders/responders.routes.js';
import { routingRoutes } from '../routing/routing.routes.js';
import { repliesRoutes } from '../replies/replies.routes.js';
import { toneGuidesRoutes } from '../tone-guides/tone-guides.routes.js';
import { workspacesRoutes } from '../workspaces/workspaces.routes.js';
import { inboxSettingsRoutes } from '../inbox-settings/inbox-settings.routes.js';
import { notificationsRoutes } from '../notifications/notifications.routes.js';
import { policeReportsRoutes } from '../police-reports/police-reports.routes.js';
import { blackoutsRoutes } from '../publishing/blackouts/blackouts.routes.js';
import { postsRoutes } from '../publishing/posts/posts.routes.js';
import { publishingSettingsRoutes } from '../publishing/settings/settings.routes.js';
import type { App } from './app.js';
import { version } from './version.js';

export type RouteModule = (app: App) => Promise<void>;

export function featureRoutes(ctx: AppContext): RouteModule[] {
  const routes: RouteModule[] = [healthRoutes(ctx.db, version), authRoutes(ctx)];
  routes.push(workspacesRoutes(ctx), membersRoutes(ctx), invitationsRoutes(ctx), auditRoutes(ctx));
  routes.push(channelsRoutes(ctx), routingRoutes(ctx));
  routes.push(metaWebhookRoutes(ctx));
  routes.push(inboxRoutes(ctx), respondersRoutes(ctx));
  routes.push(knowledgeRoutes(ctx));
  routes.push(repliesRoutes(ctx), toneGuidesRoutes(ctx), casesRoutes(ctx));
  routes.push(inboxSettingsRoutes(ctx), notificationsRoutes(ctx));
  routes.push(moderationRoutes(ctx));
  routes.push(evidenceRoutes(ctx), privacyRoutes(ctx));
  routes.push(guidelinesRoutes(ctx), publicGuidelinesRoutes(ctx));
  routes.push(policeReportsRoutes(ctx));
  routes.push(blackoutsRoutes(ctx));
  routes.push(postsRoutes(ctx), publishingSettingsRoutes(ctx));
  if (ctx.live) routes.push(liveRoutes(ctx.live));
  return routes;
}
