/** In-app notifications (GET /notifications): SLA warnings and breaches, mentions, reviews, assignments. */
export interface AppNotification {
  id: string;
  /** 'sla.warning', 'sla.breached', 'mention', 'reply.rejected', 'reply.approved', 'review.requested', 'assigned' … */
  kind: string;
  conversationId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  notifications: AppNotification[];
  unreadCount: number;
}
