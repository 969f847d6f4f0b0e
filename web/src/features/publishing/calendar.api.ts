/** The content calendar: posts and blackout occurrences in a range, and rescheduling by drag. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, query } from '../../api/client';
import type { PostAnswer, PostJson, PostStatus } from './posts.types';

export const publishingBase = (ws: string) => `/api/workspaces/${ws}/publishing`;

/** Everything publishing lives under ['ws', ws, 'publishing'] (see posts.api.ts): the live event refreshes it all. */
export const calendarKeys = {
  all: (ws: string) => ['ws', ws, 'publishing'] as const,
  range: (ws: string, params: CalendarQuery) => ['ws', ws, 'publishing', 'calendar', params] as const,
};

export interface BlackoutOccurrence {
  windowId: string;
  title: string;
  reason: string;
  channelId: string | null;
  start: string;
  end: string;
}

export interface PausedState {
  at: string;
  by: { id: string; name: string } | null;
  reason: string;
}

export interface CalendarAnswer {
  posts: PostJson[];
  blackouts: BlackoutOccurrence[];
  paused: PausedState | null;
}

export interface CalendarFilters {
  channelId?: string;
  campaign?: string;
  pillar?: string;
  status?: PostStatus;
}

export interface CalendarQuery extends CalendarFilters {
  from: string;
  to: string;
}

export function useCalendar(ws: string, params: CalendarQuery) {
  return useQuery({
    queryKey: calendarKeys.range(ws, params),
    queryFn: () => get<CalendarAnswer>(`${publishingBase(ws)}/calendar${query({ ...params })}`),
    placeholderData: keepPreviousData,
  });
}

export function useReschedulePost(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ postId, scheduledAt }: { postId: string; scheduledAt: string }) =>
      post<PostAnswer>(`${publishingBase(ws)}/posts/${postId}/reschedule`, { scheduledAt }),
    onSettled: () => client.invalidateQueries({ queryKey: calendarKeys.all(ws) }),
  });
}
