/** Queries and mutations of the logged-in user (Me): who they are, their workspaces, their language. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, patch, post, setCsrfToken } from '../../api/client';
import type { InvitationPreview, Language, Me } from '../../api/types';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await get<Me>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null; // not logged in
    throw error;
  }
}

/** The logged-in user, or null when nobody is logged in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: fetchMe,
    staleTime: 60_000,
    retry: (n, e) => !(e instanceof ApiError) && n < 2,
  });
}

/** For pages inside the authenticated shell, where Me is known to exist. */
export function useCurrentMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentMe outside an authenticated page');
  return data;
}

function useStoreMe() {
  const client = useQueryClient();
  return (me: Me) => {
    setCsrfToken(me.csrfToken);
    client.setQueryData(meKey, me);
  };
}

export function useLogin() {
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => post<Me>('/api/auth/login', body),
    onSuccess: storeMe,
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ ok: true }>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}

export function useUpdateMe() {
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (body: { name?: string; language?: Language | null }) => patch<Me>('/api/auth/me', body),
    onSuccess: storeMe,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      post<{ ok: true }>('/api/auth/password', body),
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const storeMe = useStoreMe();
  return useMutation({
    mutationFn: (body: { name?: string; password: string }) =>
      post<Me>(`/api/invitations/${encodeURIComponent(token)}/accept`, body),
    onSuccess: storeMe,
  });
}
