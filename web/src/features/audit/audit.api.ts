import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { get, post, query } from '../../api/client';
import type { AuditPage, AuditVerification } from '../../api/types';

export const auditKeys = { list: (ws: string) => ['ws', ws, 'audit'] as const };

const PAGE_SIZE = 50;

/** Newest first, one page at a time; `nextBefore` continues with older entries. */
export function useAuditLog(ws: string) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(ws),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      get<AuditPage>(`/api/workspaces/${ws}/audit${query({ before: pageParam, limit: PAGE_SIZE })}`),
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useVerifyAudit(ws: string) {
  return useMutation({ mutationFn: () => post<AuditVerification>(`/api/workspaces/${ws}/audit/verify`) });
}
