/** Take-it-offline cases: the case of the open conversation, marking it solved, sending the closing reply. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from '../../api/client';
import { inboxKeys } from './inbox.api';
import type { ReplyResult } from './inbox.types';

export type CaseStatus = 'open' | 'resolved' | 'closed';

export interface InboxCase {
  id: string;
  status: CaseStatus;
  outcome: string | null;
  publicConversationId: string;
  privateConversationId: string | null;
  contactRoute: string | null;
  openedBy: { id: string; name: string } | null;
  openedAt: string;
  resolvedAt: string | null;
  closingReplyItemId: string | null;
  closedAt: string | null;
}

export interface ResolveCaseResult {
  case: InboxCase;
  closingPrompt: { conversationId: string; suggestedText: string };
}

export interface CloseCaseResult {
  case: InboxCase;
  closingReply: ReplyResult;
}

/** The tag the server puts on the public conversation while its closing reply is due. */
export const CLOSING_DUE_TAG = 'case-closing-due';

const base = (ws: string) => `/api/workspaces/${ws}`;
// Under the inbox keys, so live conversation events refresh the case too.
const caseKey = (ws: string, caseId: string) => [...inboxKeys.all(ws), 'case', caseId] as const;

export function useCase(ws: string, caseId: string | null) {
  return useQuery({
    queryKey: caseKey(ws, caseId ?? ''),
    queryFn: () => get<{ case: InboxCase }>(`${base(ws)}/cases/${caseId}`).then((r) => r.case),
    enabled: Boolean(caseId),
  });
}

export function useResolveCase(ws: string, caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (outcome: string) =>
      patch<ResolveCaseResult>(`${base(ws)}/cases/${caseId}`, { status: 'resolved', outcome }),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all(ws) }),
  });
}

export function useCloseCase(ws: string, caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => post<CloseCaseResult>(`${base(ws)}/cases/${caseId}/close`, { text }),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxKeys.all(ws) }),
  });
}
