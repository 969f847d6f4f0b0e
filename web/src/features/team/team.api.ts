import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client';
import type { Invitation, Member, Role } from '../../api/types';
import { meKey } from '../auth/auth.api';

export const teamKeys = {
  members: (ws: string) => ['ws', ws, 'members'] as const,
  invitations: (ws: string) => ['ws', ws, 'invitations'] as const,
};

export function useMembers(ws: string) {
  return useQuery({
    queryKey: teamKeys.members(ws),
    queryFn: () => get<{ members: Member[] }>(`/api/workspaces/${ws}/members`).then((r) => r.members),
  });
}

export function useInvitations(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: teamKeys.invitations(ws),
    queryFn: () => get<{ invitations: Invitation[] }>(`/api/workspaces/${ws}/invitations`).then((r) => r.invitations),
    enabled,
  });
}

export function useSetMemberRoles(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: Role[] }) =>
      patch<{ member: Member }>(`/api/workspaces/${ws}/members/${userId}`, { roles }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: teamKeys.members(ws) });
      void client.invalidateQueries({ queryKey: meKey }); // my own roles may have changed
    },
  });
}

export function useRemoveMember(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => del<{ ok: true }>(`/api/workspaces/${ws}/members/${userId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: teamKeys.members(ws) }),
  });
}

export function useCreateInvitation(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; roles: Role[] }) =>
      post<{ invitation: Invitation; acceptUrl: string }>(`/api/workspaces/${ws}/invitations`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: teamKeys.invitations(ws) }),
  });
}

export function useRevokeInvitation(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => del<{ ok: true }>(`/api/workspaces/${ws}/invitations/${invitationId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: teamKeys.invitations(ws) }),
  });
}
