import type { z } from 'zod';
import type { Notification as NotificationRow } from '../db/schema.js';
import type { listWebhookDeliveries } from './notifications.repository.js';
import type { Notification, WebhookDelivery } from './notifications.schema.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentNotification(row: NotificationRow): z.infer<typeof Notification> {
  return {
    id: row.id,
    kind: row.kind,
    conversationId: row.conversation_id,
    data: (row.data ?? {}) as Record<string, unknown>,
    createdAt: iso(row.created_at),
    readAt: row.read_at === null ? null : iso(row.read_at),
  };
}

type DeliveryRow = Awaited<ReturnType<typeof listWebhookDeliveries>>[number];

export function presentWebhookDelivery(row: DeliveryRow): z.infer<typeof WebhookDelivery> {
  return {
    id: row.id,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    responseStatus: row.response_status,
    createdAt: iso(row.created_at),
    deliveredAt: row.delivered_at === null ? null : iso(row.delivered_at),
  };
}
