/** Publishing settings: who approves, what a blackout does to a due post, the global pause, posting slots. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, put } from '../../api/client';
import type { Role } from '../../api/types';
import { calendarKeys, type PausedState, publishingBase } from './calendar.api';

export type BlackoutPolicy = 'move_to_end' | 'await_reapproval';

export interface PublishingSettings {
  requireApproval: boolean;
  approverRoles: Role[];
  blackoutPolicy: BlackoutPolicy;
  paused: PausedState | null;
}

export interface PostingSlot {
  weekday: number; // 1 = Monday … 7 = Sunday
  time: string; // 'HH:MM' in the workspace time zone
}

export const settingsKeys = {
  settings: (ws: string) => ['ws', ws, 'publishing', 'settings'] as const,
  slots: (ws: string, channelId: string) => ['ws', ws, 'publishing', 'slots', channelId] as const,
};

export function usePublishingSettings(ws: string) {
  return useQuery({
    queryKey: settingsKeys.settings(ws),
    queryFn: () => get<PublishingSettings>(`${publishingBase(ws)}/settings`),
  });
}

/** Settings and the pause change what the calendar shows: refresh all of publishing. */
function useSettingsMutation<TInput, TResult>(ws: string, run: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all(ws) }),
  });
}

export function useSaveSettings(ws: string) {
  return useSettingsMutation(ws, (input: Omit<PublishingSettings, 'paused'>) =>
    put<PublishingSettings>(`${publishingBase(ws)}/settings`, input),
  );
}

export function usePausePublishing(ws: string) {
  return useSettingsMutation(ws, (reason: string) => post<unknown>(`${publishingBase(ws)}/pause`, { reason }));
}

export function useResumePublishing(ws: string) {
  return useSettingsMutation(ws, () => post<unknown>(`${publishingBase(ws)}/resume`));
}

export function usePostingSlots(ws: string, channelId: string | null) {
  return useQuery({
    queryKey: settingsKeys.slots(ws, channelId ?? ''),
    queryFn: () =>
      get<{ slots: PostingSlot[] }>(`${publishingBase(ws)}/channels/${channelId}/slots`).then((r) => r.slots),
    enabled: !!channelId,
  });
}

export function useSaveSlots(ws: string) {
  return useSettingsMutation(ws, ({ channelId, slots }: { channelId: string; slots: PostingSlot[] }) =>
    put<{ slots: PostingSlot[] }>(`${publishingBase(ws)}/channels/${channelId}/slots`, { slots }),
  );
}
