/** A post and its workflow: load, create, edit, move through review to the schedule, comment, check. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post } from '../../api/client';
import type { CheckInput, PostAnswer, PostCheck, PostInput, TransitionTarget } from './posts.types';

const base = (ws: string) => `/api/workspaces/${ws}/publishing`;

export const postKeys = {
  /** Everything publishing (the calendar included) lives under this key, so a change refreshes the calendar too. */
  all: (ws: string) => ['ws', ws, 'publishing'] as const,
  detail: (ws: string, id: string) => ['ws', ws, 'publishing', 'post', id] as const,
};

export function usePost(ws: string, postId: string | null) {
  return useQuery({
    queryKey: postKeys.detail(ws, postId ?? 'new'),
    queryFn: () => get<PostAnswer>(`${base(ws)}/posts/${postId}`),
    enabled: postId !== null,
  });
}

/** After any change the post's answer is stored and the calendar is asked again. */
function useStorePost(ws: string) {
  const client = useQueryClient();
  return (answer: PostAnswer) => {
    client.setQueryData(postKeys.detail(ws, answer.post.id), answer);
    void client.invalidateQueries({ queryKey: postKeys.all(ws), predicate: (q) => q.queryKey[4] !== answer.post.id });
  };
}

export function useCreatePost(ws: string) {
  const store = useStorePost(ws);
  return useMutation({
    mutationFn: (body: PostInput) => post<PostAnswer>(`${base(ws)}/posts`, body),
    onSuccess: store,
  });
}

export function useUpdatePost(ws: string, postId: string) {
  const store = useStorePost(ws);
  return useMutation({
    mutationFn: (body: Partial<PostInput>) => patch<PostAnswer>(`${base(ws)}/posts/${postId}`, body),
    onSuccess: store,
  });
}

export function useTransitionPost(ws: string, postId: string) {
  const store = useStorePost(ws);
  return useMutation({
    mutationFn: (body: { to: TransitionTarget; comment?: string }) =>
      post<PostAnswer>(`${base(ws)}/posts/${postId}/transition`, body),
    onSuccess: store,
  });
}

export function useCommentOnPost(ws: string, postId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => post<unknown>(`${base(ws)}/posts/${postId}/comments`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: postKeys.detail(ws, postId) }),
  });
}

export function useDeletePost(ws: string, postId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => del<unknown>(`${base(ws)}/posts/${postId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: postKeys.all(ws) }),
  });
}

/** The live pre-publish checks of the composer (the server runs the same ones again at scheduling). */
export function checkPost(ws: string, body: CheckInput): Promise<PostCheck> {
  return post<PostCheck>(`${base(ws)}/check`, body);
}
