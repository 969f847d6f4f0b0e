/** The community guidelines: overview, saving the draft, publishing and discarding it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, post, put } from '../../api/client';
import type { GuidelinesDraftInput, GuidelinesOverview, GuidelineVersion } from './guidelines.types';

const base = (ws: string) => `/api/workspaces/${ws}/guidelines`;

export const guidelinesKeys = {
  overview: (ws: string) => ['ws', ws, 'guidelines'] as const,
  // The moderation screens cache the published rules under their own key.
  moderation: (ws: string) => ['ws', ws, 'moderation', 'guidelines'] as const,
};

export function useGuidelines(ws: string) {
  return useQuery({ queryKey: guidelinesKeys.overview(ws), queryFn: () => get<GuidelinesOverview>(base(ws)) });
}

function useInvalidate(ws: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: guidelinesKeys.overview(ws) }),
      client.invalidateQueries({ queryKey: guidelinesKeys.moderation(ws) }),
    ]);
}

export function useSaveGuidelinesDraft(ws: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: (body: GuidelinesDraftInput) =>
      put<{ draft: GuidelineVersion }>(`${base(ws)}/draft`, body).then((r) => r.draft),
    onSuccess: invalidate,
  });
}

/** Saves the form first, so what is published is exactly what the editor shows. */
export function usePublishGuidelines(ws: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({
    mutationFn: async (body: GuidelinesDraftInput) => {
      await put(`${base(ws)}/draft`, body);
      return post<{ published: GuidelineVersion }>(`${base(ws)}/draft/publish`).then((r) => r.published);
    },
    onSettled: invalidate,
  });
}

export function useDiscardGuidelinesDraft(ws: string) {
  const invalidate = useInvalidate(ws);
  return useMutation({ mutationFn: () => del<unknown>(`${base(ws)}/draft`), onSuccess: invalidate });
}
