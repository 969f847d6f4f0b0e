/** The four-eyes review queue: replies waiting for approval, refreshed by live events. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../api/client';
import { inboxKeys } from '../inbox/inbox.api';
import type { Item } from '../inbox/inbox.types';
import type { ReviewDecision, ReviewQueueEntry } from './review.types';

export function useReviewQueue(ws: string) {
  return useQuery({
    queryKey: inboxKeys.reviews(ws),
    queryFn: () => get<{ items: ReviewQueueEntry[] }>(`/api/workspaces/${ws}/reviews`).then((r) => r.items),
  });
}

export function useReviewDecision(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, ...body }: ReviewDecision & { itemId: string }) =>
      post<{ item: Item }>(`/api/workspaces/${ws}/items/${itemId}/review`, body),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: inboxKeys.reviews(ws) });
      void client.invalidateQueries({ queryKey: inboxKeys.all(ws) });
    },
  });
}
