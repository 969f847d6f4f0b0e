/**
 * Moderation queue, actions, evidence and the published guidelines they cite. Lists are kept fresh
 * by the live event `moderation.updated` (moderation.live.ts); mutations invalidate what they change.
 */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post, query } from '../../api/client';
import type {
  ActionInput,
  EvidenceSummary,
  GuidelinesOverview,
  ModerationAction,
  QueueEntry,
  QueueEntryDetail,
  QueueFilters,
  QueuePage,
} from './moderation.types';

export const moderationKeys = {
  all: (ws: string) => ['ws', ws, 'moderation'] as const,
  queue: (ws: string, filters: QueueFilters) => ['ws', ws, 'moderation', 'queue', filters] as const,
  entry: (ws: string, entryId: string) => ['ws', ws, 'moderation', 'entry', entryId] as const,
  guidelines: (ws: string) => ['ws', ws, 'moderation', 'guidelines'] as const,
  rules: (ws: string) => ['ws', ws, 'moderation', 'rules'] as const,
  ruleHits: (ws: string, ruleId: string) => ['ws', ws, 'moderation', 'rules', ruleId, 'hits'] as const,
  reports: (ws: string) => ['ws', ws, 'moderation', 'reports'] as const,
  categories: (ws: string, jurisdiction: string, language: string) =>
    ['ws', ws, 'moderation', 'categories', jurisdiction, language] as const,
};

export const base = (ws: string) => `/api/workspaces/${ws}`;
const PAGE_SIZE = 50;

export function useModerationQueue(ws: string, filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: moderationKeys.queue(ws, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      get<QueuePage>(`${base(ws)}/moderation/queue${query({ ...filters, before: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextBefore,
    placeholderData: keepPreviousData,
  });
}

export function useQueueEntry(ws: string, entryId: string | undefined) {
  return useQuery({
    queryKey: moderationKeys.entry(ws, entryId ?? ''),
    queryFn: () => get<QueueEntryDetail>(`${base(ws)}/moderation/queue/${entryId}`),
    enabled: !!entryId,
  });
}

/** The published guidelines: the rules a moderator may cite. */
export function usePublishedGuidelines(ws: string) {
  return useQuery({
    queryKey: moderationKeys.guidelines(ws),
    queryFn: () => get<GuidelinesOverview>(`${base(ws)}/guidelines`).then((g) => g.published),
  });
}

/** Every moderation mutation refreshes the whole feature: queue, entry, evidence and reports hang together. */
function useModerationMutation<TInput, TResult>(ws: string, run: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => void client.invalidateQueries({ queryKey: moderationKeys.all(ws) }),
  });
}

export function useModerationAction(ws: string) {
  return useModerationMutation(ws, (input: ActionInput) =>
    post<{ action: ModerationAction }>(`${base(ws)}/moderation/actions`, input).then((r) => r.action),
  );
}

export function useUndoAction(ws: string) {
  return useModerationMutation(ws, ({ actionId, statement }: { actionId: string; statement: string }) =>
    post<{ action: ModerationAction }>(`${base(ws)}/moderation/actions/${actionId}/undo`, { statement }),
  );
}

export function useDismissEntry(ws: string) {
  return useModerationMutation(ws, ({ entryId, note }: { entryId: string; note?: string }) =>
    post<{ entry: QueueEntry }>(`${base(ws)}/moderation/queue/${entryId}/dismiss`, note ? { note } : {}),
  );
}

export function useFlagItem(ws: string) {
  return useModerationMutation(ws, ({ itemId, note }: { itemId: string; note?: string }) =>
    post<{ entry: QueueEntry }>(`${base(ws)}/moderation/flags`, note ? { itemId, note } : { itemId }),
  );
}

export function useCaptureEvidence(ws: string) {
  return useModerationMutation(ws, ({ itemId, reason }: { itemId: string; reason: string }) =>
    post<{ record: EvidenceSummary }>(`${base(ws)}/evidence`, { itemId, reason }).then((r) => r.record),
  );
}

/** The bytes of one stored artifact (PNG shown inline; the rest download). */
export function artifactUrl(ws: string, recordId: string, position: number): string {
  return `${base(ws)}/evidence/${recordId}/artifacts/${position}`;
}
