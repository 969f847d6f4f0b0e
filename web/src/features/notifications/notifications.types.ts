/** In-app notifications (GET /notifications): SLA warnings and breaches, mentions, reviews, assignments, posts. */
export interface AppNotification {
  id: string;
  /** 'sla.warning', 'mention', 'reply.rejected', 'review.requested', 'assigned', 'publishing.failed' … */
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
