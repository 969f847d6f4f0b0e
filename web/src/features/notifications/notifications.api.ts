/** The bell's data. Kept fresh by the live event 'notification.created' (see useWorkspaceEvents). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client';
import type { NotificationList } from './notifications.types';

export const notificationKeys = {
  list: (ws: string) => ['ws', ws, 'notifications'] as const,
};

export function useNotifications(ws: string) {
  return useQuery({
    queryKey: notificationKeys.list(ws),
    queryFn: () => get<NotificationList>(`/api/workspaces/${ws}/notifications?limit=30`),
    // A safety net for a missed live event (e.g. while the laptop slept); live events do the rest.
    refetchInterval: 5 * 60_000,
  });
}

export function useMarkNotificationsRead(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[] } | { all: true }) =>
      post<{ updated: number; unreadCount: number }>(`/api/workspaces/${ws}/notifications/read`, body),
    // Show it as read at once; the refetch confirms.
    onMutate: (body) => {
      const key = notificationKeys.list(ws);
      const now = new Date().toISOString();
      client.setQueryData<NotificationList>(key, (old) => {
        if (!old) return old;
        const hit = (id: string) => 'all' in body || body.ids.includes(id);
        const notifications = old.notifications.map((n) => (hit(n.id) && !n.readAt ? { ...n, readAt: now } : n));
        const changed = old.notifications.filter((n) => hit(n.id) && !n.readAt).length;
        return { notifications, unreadCount: 'all' in body ? 0 : Math.max(0, old.unreadCount - changed) };
      });
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.list(ws) }),
  });
}

/** The inbox's route for one open conversation: /w/:workspaceId/inbox/:conversationId (see InboxPage). */
export const conversationPath = (ws: string, conversationId: string) =>
  `/w/${ws}/inbox/${encodeURIComponent(conversationId)}`;
