/** Blackout windows: when nothing is published (one-off or recurring, per workspace or channel). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client';
import { calendarKeys, publishingBase } from './calendar.api';

export interface BlackoutWindow {
  id: string;
  channelId: string | null;
  title: string;
  reason: string;
  startsLocal: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
  source: 'default' | 'custom';
  enabled: boolean;
  nextOccurrence: { start: string; end: string } | null;
}

export interface BlackoutInput {
  channelId: string | null;
  title: string;
  reason: string;
  startsLocal: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
  enabled: boolean;
}

/** A default per country that an admin can add (SE has none that is national, but may add others'). */
export interface BlackoutTemplate {
  country?: string;
  title: string;
  reason: string;
  startsLocal: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
}

export const blackoutKeys = {
  list: (ws: string) => ['ws', ws, 'publishing', 'blackouts'] as const,
  templates: (ws: string) => ['ws', ws, 'publishing', 'blackout-templates'] as const,
};

export function useBlackoutWindows(ws: string) {
  return useQuery({
    queryKey: blackoutKeys.list(ws),
    queryFn: () => get<{ windows: BlackoutWindow[] }>(`${publishingBase(ws)}/blackouts`).then((r) => r.windows),
  });
}

export function useBlackoutTemplates(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: blackoutKeys.templates(ws),
    queryFn: () =>
      get<{ templates: BlackoutTemplate[] }>(`${publishingBase(ws)}/blackouts/templates`).then((r) => r.templates),
    enabled,
  });
}

/** A window changes the calendar too: refresh all of publishing. */
function useBlackoutMutation<TInput, TResult>(ws: string, run: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all(ws) }),
  });
}

export function useCreateBlackout(ws: string) {
  return useBlackoutMutation(ws, (input: BlackoutInput) =>
    post<{ window: BlackoutWindow }>(`${publishingBase(ws)}/blackouts`, input),
  );
}

export function useUpdateBlackout(ws: string) {
  return useBlackoutMutation(ws, ({ id, ...changes }: Partial<BlackoutInput> & { id: string }) =>
    patch<{ window: BlackoutWindow }>(`${publishingBase(ws)}/blackouts/${id}`, changes),
  );
}

export function useDeleteBlackout(ws: string) {
  return useBlackoutMutation(ws, (id: string) => del<unknown>(`${publishingBase(ws)}/blackouts/${id}`));
}
