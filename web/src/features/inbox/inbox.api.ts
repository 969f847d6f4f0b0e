/**
 * Inbox queries and mutations. Lists and the open conversation are kept fresh by live events
 * (inbox.live.ts), not by polling; mutations invalidate what they change.
 */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post, query } from '../../api/client';
import type {
  ComposeCheck,
  ConversationDetail,
  ConversationPage,
  ConversationPatch,
  ConversationSummary,
  FaqSuggestion,
  InboxCounts,
  InboxFilters,
  Item,
  ReplyInput,
  ReplyResult,
  Responder,
  SavedReply,
  TakeOfflineInput,
} from './inbox.types';

export const inboxKeys = {
  all: (ws: string) => ['ws', ws, 'inbox'] as const,
  lists: (ws: string) => ['ws', ws, 'inbox', 'list'] as const,
  list: (ws: string, filters: InboxFilters) => ['ws', ws, 'inbox', 'list', filters] as const,
  counts: (ws: string) => ['ws', ws, 'inbox', 'counts'] as const,
  detail: (ws: string, id: string) => ['ws', ws, 'inbox', 'detail', id] as const,
  responders: (ws: string) => ['ws', ws, 'inbox', 'responders'] as const,
  savedReplies: (ws: string) => ['ws', ws, 'inbox', 'saved-replies'] as const,
  faq: (ws: string, conversationId: string) => ['ws', ws, 'inbox', 'faq', conversationId] as const,
  reviews: (ws: string) => ['ws', ws, 'reviews'] as const,
};

const base = (ws: string) => `/api/workspaces/${ws}`;
export const PAGE_SIZE = 50;

export function useConversations(ws: string, filters: InboxFilters) {
  return useInfiniteQuery({
    queryKey: inboxKeys.list(ws, filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      get<ConversationPage>(
        `${base(ws)}/conversations${query({ ...filters, sort: filters.sort ?? 'timeLeft', cursor: pageParam, limit: PAGE_SIZE })}`,
      ),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useInboxCounts(ws: string) {
  return useQuery({
    queryKey: inboxKeys.counts(ws),
    queryFn: () => get<InboxCounts>(`${base(ws)}/conversations/counts`),
  });
}

export function useConversation(ws: string, id: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.detail(ws, id ?? ''),
    queryFn: () => get<ConversationDetail>(`${base(ws)}/conversations/${id}`),
    enabled: Boolean(id),
  });
}

export function useResponders(ws: string) {
  return useQuery({
    queryKey: inboxKeys.responders(ws),
    queryFn: () => get<{ responders: Responder[] }>(`${base(ws)}/responders`).then((r) => r.responders),
    staleTime: 60_000,
  });
}

/** After any change to conversations: lists, counts and the open one refetch. */
function useInvalidateInbox(ws: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: inboxKeys.all(ws) });
}

export function usePatchConversation(ws: string, id: string) {
  const invalidate = useInvalidateInbox(ws);
  return useMutation({
    mutationFn: (body: ConversationPatch) =>
      patch<{ conversation: ConversationSummary }>(`${base(ws)}/conversations/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useBulkUpdate(ws: string) {
  const invalidate = useInvalidateInbox(ws);
  return useMutation({
    mutationFn: (body: { conversationIds: string[]; patch: ConversationPatch }) =>
      post<{ updated: number }>(`${base(ws)}/conversations/bulk`, body),
    onSuccess: invalidate,
  });
}

/** Adds a tag to each conversation, keeping its other tags (PATCH replaces the whole list). */
export function useBulkAddTag(ws: string) {
  const invalidate = useInvalidateInbox(ws);
  return useMutation({
    mutationFn: async ({
      conversations,
      tag,
    }: {
      conversations: Array<{ id: string; tags: string[] }>;
      tag: string;
    }) => {
      const changed = conversations.filter((c) => !c.tags.includes(tag));
      await Promise.all(changed.map((c) => patch(`${base(ws)}/conversations/${c.id}`, { tags: [...c.tags, tag] })));
      return { updated: changed.length };
    },
    onSettled: invalidate,
  });
}

export function sendPresence(ws: string, conversationId: string, typing: boolean) {
  return post<unknown>(`${base(ws)}/conversations/${conversationId}/presence`, { typing });
}

export function useSendReply(ws: string, conversationId: string) {
  const invalidate = useInvalidateInbox(ws);
  return useMutation({
    mutationFn: (body: ReplyInput) => post<ReplyResult>(`${base(ws)}/conversations/${conversationId}/replies`, body),
    onSuccess: invalidate,
  });
}

export function useAddNote(ws: string, conversationId: string) {
  const invalidate = useInvalidateInbox(ws);
  return useMutation({
    mutationFn: (text: string) => post<{ item: Item }>(`${base(ws)}/conversations/${conversationId}/notes`, { text }),
    onSuccess: invalidate,
  });
}

export function useRetrySend(ws: string) {
  const invalidate = useInvalidateInbox(ws);
  return useMutation({
    mutationFn: (itemId: string) => post<unknown>(`${base(ws)}/items/${itemId}/retry`),
    onSuccess: invalidate,
  });
}

export function useTakeOffline(ws: string, conversationId: string) {
  const invalidate = useInvalidateInbox(ws);
  return useMutation({
    mutationFn: (body: TakeOfflineInput) =>
      post<{ case: { id: string } }>(`${base(ws)}/conversations/${conversationId}/take-offline`, body),
    onSuccess: invalidate,
  });
}

export function checkCompose(
  ws: string,
  body: { text: string; conversationId?: string; language?: string },
  signal?: AbortSignal,
) {
  void signal; // the client has no abort support; stale answers are dropped by the caller
  return post<ComposeCheck>(`${base(ws)}/compose/check`, body);
}

export function useSavedReplies(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: inboxKeys.savedReplies(ws),
    queryFn: () => get<{ savedReplies: SavedReply[] }>(`${base(ws)}/saved-replies`).then((r) => r.savedReplies ?? []),
    enabled,
    staleTime: 60_000,
  });
}

export function renderSavedReply(ws: string, savedReplyId: string, conversationId: string) {
  return post<{ text: string }>(`${base(ws)}/saved-replies/${savedReplyId}/render`, { conversationId });
}

export function useFaqSuggestions(ws: string, conversationId: string) {
  return useQuery({
    queryKey: inboxKeys.faq(ws, conversationId),
    queryFn: () =>
      get<{ suggestions: FaqSuggestion[] }>(`${base(ws)}/faq/suggestions${query({ conversationId })}`).then(
        (r) => r.suggestions,
      ),
    staleTime: 60_000,
  });
}
