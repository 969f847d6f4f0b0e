/** Channel queries and changes. Lists are kept fresh by live events (see useWorkspaceEvents), not by polling. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post, query } from '../../api/client';
import type { InboundItem } from '../../api/types';
import type {
  ChannelDetail,
  ConnectInput,
  FollowRequest,
  ProfileResponse,
  TestConnectionResult,
} from './channels.types';

export const channelKeys = {
  all: (ws: string) => ['ws', ws, 'channels'] as const,
  list: (ws: string) => ['ws', ws, 'channels', 'list'] as const,
  detail: (ws: string, id: string) => ['ws', ws, 'channels', 'detail', id] as const,
  items: (ws: string, id: string) => ['ws', ws, 'channels', 'items', id] as const,
  actions: (ws: string, id: string) => ['ws', ws, 'channels', 'actions', id] as const,
  profile: (ws: string, id: string) => ['ws', ws, 'channels', 'profile', id] as const,
  followRequests: (ws: string, id: string) => ['ws', ws, 'channels', 'follow-requests', id] as const,
};

const base = (ws: string) => `/api/workspaces/${ws}/channels`;

export function useChannels(workspaceId: string) {
  return useQuery({
    queryKey: channelKeys.list(workspaceId),
    queryFn: () => get<{ channels: ChannelDetail[] }>(base(workspaceId)).then((r) => r.channels),
  });
}

export const NEWEST_ITEMS = 10;

export function useNewestItems(workspaceId: string, channelId: string) {
  return useQuery({
    queryKey: channelKeys.items(workspaceId, channelId),
    queryFn: () =>
      get<{ items: InboundItem[] }>(`${base(workspaceId)}/${channelId}/items${query({ limit: NEWEST_ITEMS })}`).then(
        (r) => r.items,
      ),
  });
}

export function useChannelProfile(workspaceId: string, channelId: string) {
  return useQuery({
    queryKey: channelKeys.profile(workspaceId, channelId),
    queryFn: () => get<ProfileResponse>(`${base(workspaceId)}/${channelId}/profile`),
    retry: false,
  });
}

export function useFollowRequests(workspaceId: string, channelId: string, enabled: boolean) {
  return useQuery({
    queryKey: channelKeys.followRequests(workspaceId, channelId),
    queryFn: () =>
      get<{ requests: FollowRequest[] }>(`${base(workspaceId)}/${channelId}/follow-requests`).then((r) => r.requests),
    enabled,
    retry: false,
  });
}

function useInvalidateChannels(workspaceId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: channelKeys.all(workspaceId) });
}

export function useConnectChannel(workspaceId: string) {
  const invalidate = useInvalidateChannels(workspaceId);
  return useMutation({
    mutationFn: (input: ConnectInput) => post<ChannelDetail>(base(workspaceId), input),
    onSuccess: invalidate,
  });
}

export function useReconnectChannel(workspaceId: string, channelId: string) {
  const invalidate = useInvalidateChannels(workspaceId);
  return useMutation({
    mutationFn: (credentials: Record<string, string>) =>
      post<ChannelDetail>(`${base(workspaceId)}/${channelId}/reconnect`, { credentials }),
    onSuccess: invalidate,
  });
}

export function useDisconnectChannel(workspaceId: string, channelId: string) {
  const invalidate = useInvalidateChannels(workspaceId);
  return useMutation({
    mutationFn: () => del<{ ok: true }>(`${base(workspaceId)}/${channelId}`),
    onSuccess: invalidate,
  });
}

export function useTestConnection(workspaceId: string, channelId: string) {
  const invalidate = useInvalidateChannels(workspaceId);
  return useMutation({
    mutationFn: () => post<TestConnectionResult>(`${base(workspaceId)}/${channelId}/test`),
    // A test can change health (and refreshes the profile): show the channel as it is now.
    onSettled: invalidate,
  });
}

/** Authorise or reject a follow request: an ordinary outbound action, performed by the worker. */
export function useFollowAction(workspaceId: string, channelId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: 'authorizeFollow' | 'rejectFollow'; targetPlatformId: string }) =>
      post<{ action: { id: string; status: string } }>(`${base(workspaceId)}/${channelId}/actions`, input),
    onSuccess: (_, input) =>
      // The request is handled: take it off the list now; the network confirms on the next read.
      client.setQueryData<FollowRequest[]>(channelKeys.followRequests(workspaceId, channelId), (old) =>
        old?.filter((r) => r.platformId !== input.targetPlatformId),
      ),
  });
}
