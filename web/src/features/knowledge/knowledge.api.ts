/** Saved replies and FAQ articles: lists and changes. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client';
import type { FaqArticle, FaqArticleInput, SavedReply, SavedReplyInput } from './knowledge.types';

const base = (ws: string) => `/api/workspaces/${ws}`;

export const knowledgeKeys = {
  savedReplies: (ws: string) => ['ws', ws, 'saved-replies'] as const,
  faq: (ws: string) => ['ws', ws, 'faq'] as const,
};

function useResource<T extends { id: string }, I>(
  ws: string,
  path: string,
  listKey: string,
  key: readonly unknown[],
  enabled = true,
) {
  const client = useQueryClient();
  const invalidate = () => client.invalidateQueries({ queryKey: key });
  return {
    list: useQuery({
      queryKey: key,
      queryFn: () =>
        get<Record<string, T[]>>(`${base(ws)}/${path}`).then(
          (r) => r[listKey] ?? (Object.values(r).find(Array.isArray) as T[] | undefined) ?? [],
        ),
      enabled,
    }),
    create: useMutation({ mutationFn: (body: I) => post<unknown>(`${base(ws)}/${path}`, body), onSuccess: invalidate }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: Partial<I> }) => patch<unknown>(`${base(ws)}/${path}/${id}`, body),
      onSuccess: invalidate,
    }),
    remove: useMutation({
      mutationFn: (id: string) => del<unknown>(`${base(ws)}/${path}/${id}`),
      onSuccess: invalidate,
    }),
  };
}

export const useSavedReplies = (ws: string, enabled = true) =>
  useResource<SavedReply, SavedReplyInput>(
    ws,
    'saved-replies',
    'savedReplies',
    knowledgeKeys.savedReplies(ws),
    enabled,
  );

export const useFaqArticles = (ws: string) =>
  useResource<FaqArticle, FaqArticleInput>(ws, 'faq', 'articles', knowledgeKeys.faq(ws));
