import { z } from 'zod';

export const ListNotificationsQuery = z.object({
  unread: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const MarkReadBody = z.union(
  [
    z.strictObject({ ids: z.array(z.guid('is not a valid id')).min(1).max(500) }),
    z.strictObject({ all: z.literal(true) }),
  ],
  'must be { ids: [...] } or { all: true }',
);

export const Notification = z.object({
  id: z.string(),
  kind: z.string(),
  conversationId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const NotificationsResponse = z.object({ notifications: z.array(Notification), unreadCount: z.number() });
export const MarkReadResponse = z.object({ updated: z.number(), unreadCount: z.number() });

export const ListDeliveriesQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export const WebhookDelivery = z.object({
  id: z.string(),
  event: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastError: z.string().nullable(),
  responseStatus: z.number().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export const WebhookDeliveriesResponse = z.object({ deliveries: z.array(WebhookDelivery) });
