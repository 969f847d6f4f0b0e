import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patch } from '../../api/client';
import type { Language, Workspace } from '../../api/types';
import { meKey } from '../auth/auth.api';

export function useUpdateWorkspace(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; timeZone?: string; defaultLanguage?: Language }) =>
      patch<Workspace>(`/api/workspaces/${ws}`, body),
    // Names and time zones shown everywhere come from Me.
    onSuccess: () => client.invalidateQueries({ queryKey: meKey }),
  });
}
