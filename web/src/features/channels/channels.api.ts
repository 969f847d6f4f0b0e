/** Channel queries. Lists are kept fresh by live events (see useWorkspaceEvents), not by polling. */
import { useQuery } from '@tanstack/react-query';
import { get, query } from '../../api/client';
import type { Channel, InboundItem } from '../../api/types';

export const channelKeys = {
  all: (ws: string) => ['ws', ws, 'channels'] as const,
  list: (ws: string) => ['ws', ws, 'channels', 'list'] as const,
  detail: (ws: string, id: string) => ['ws', ws, 'channels', 'detail', id] as const,
  items: (ws: string, id: string) => ['ws', ws, 'channels', 'items', id] as const,
  actions: (ws: string, id: string) => ['ws', ws, 'channels', 'actions', id] as const,
};

export function useChannels(workspaceId: string) {
  return useQuery({
    queryKey: channelKeys.list(workspaceId),
    queryFn: () => get<{ channels: Channel[] }>(`/api/workspaces/${workspaceId}/channels`).then((r) => r.channels),
  });
}

export const NEWEST_ITEMS = 10;

export function useNewestItems(workspaceId: string, channelId: string) {
  return useQuery({
    queryKey: channelKeys.items(workspaceId, channelId),
    queryFn: () =>
      get<{ items: InboundItem[] }>(
        `/api/workspaces/${workspaceId}/channels/${channelId}/items${query({ limit: NEWEST_ITEMS })}`,
      ).then((r) => r.items),
  });
}
