/** Moderation rules: CRUD, their hits, and "Try it" over the last days without saving. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, query } from '../../api/client';
import { base, moderationKeys } from './moderation.api';
import type { Condition, DryRunResult, ModerationRule, RuleHit, RuleInput } from './rules.types';

export function useModerationRules(ws: string) {
  return useQuery({
    queryKey: moderationKeys.rules(ws),
    queryFn: () => get<{ rules: ModerationRule[] }>(`${base(ws)}/moderation/rules`).then((r) => r.rules),
  });
}

export function useRuleHits(ws: string, ruleId: string | null) {
  return useQuery({
    queryKey: moderationKeys.ruleHits(ws, ruleId ?? ''),
    queryFn: () =>
      get<{ hits: RuleHit[] }>(`${base(ws)}/moderation/rules/${ruleId}/hits${query({ limit: 20 })}`).then(
        (r) => r.hits,
      ),
    enabled: !!ruleId,
  });
}

export function useSaveRule(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: RuleInput & { id?: string }) =>
      id
        ? patch<{ rule: ModerationRule }>(`${base(ws)}/moderation/rules/${id}`, input)
        : post<{ rule: ModerationRule }>(`${base(ws)}/moderation/rules`, input),
    onSettled: () => void client.invalidateQueries({ queryKey: moderationKeys.rules(ws) }),
  });
}

export function useDeleteRule(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => del<void>(`${base(ws)}/moderation/rules/${id}`),
    onSettled: () => void client.invalidateQueries({ queryKey: moderationKeys.rules(ws) }),
  });
}

export function useDryRun(ws: string) {
  return useMutation({
    mutationFn: (input: { condition: Condition; days?: number }) =>
      post<DryRunResult>(`${base(ws)}/moderation/rules/dry-run`, input),
  });
}
