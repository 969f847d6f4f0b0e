/** A member's own notifications (the bell) and, for admins, the webhook delivery log. */
import type { AppContext } from '../app/context.js';
import { ANY_ROLE } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { presentNotification, presentWebhookDelivery } from './notifications.presenter.js';
import * as repo from './notifications.repository.js';
import {
  ListDeliveriesQuery,
  ListNotificationsQuery,
  MarkReadBody,
  MarkReadResponse,
  NotificationsResponse,
  WebhookDeliveriesResponse,
} from './notifications.schema.js';

export function notificationsRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/notifications',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'My notifications in this workspace, newest first, with the unread count',
          tags: ['notifications'],
          params: WorkspaceParams,
          querystring: ListNotificationsQuery,
          response: { 200: NotificationsResponse },
        },
      },
      async (request) => {
        const target = { workspaceId: request.workspace!.id, userId: request.user!.userId };
        const [rows, unreadCount] = await Promise.all([
          repo.listNotifications(ctx.db, { ...target, unreadOnly: request.query.unread, limit: request.query.limit }),
          repo.countUnread(ctx.db, target.workspaceId, target.userId),
        ]);
        return { notifications: rows.map(presentNotification), unreadCount };
      },
    );

    app.post(
      '/api/workspaces/:workspaceId/notifications/read',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Mark my notifications read: the given ids, or all',
          tags: ['notifications'],
          params: WorkspaceParams,
          body: MarkReadBody,
          response: { 200: MarkReadResponse },
        },
      },
      async (request) => {
        const target = { workspaceId: request.workspace!.id, userId: request.user!.userId };
        const ids = 'all' in request.body ? ('all' as const) : request.body.ids;
        const updated = await repo.markRead(ctx.db, { ...target, ids });
        return { updated, unreadCount: await repo.countUnread(ctx.db, target.workspaceId, target.userId) };
      },
    );

    app.get(
      '/api/workspaces/:workspaceId/webhook-deliveries',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Recent outgoing webhook deliveries with their status, attempts and last error',
          tags: ['notifications'],
          params: WorkspaceParams,
          querystring: ListDeliveriesQuery,
          response: { 200: WebhookDeliveriesResponse },
        },
      },
      async (request) => {
        const rows = await repo.listWebhookDeliveries(ctx.db, request.workspace!.id, request.query.limit);
        return { deliveries: rows.map(presentWebhookDelivery) };
      },
    );
  };
}
