/** Queries and mutations for inbox settings, SLA policies, routing rules, tone guides, responders and teams. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, patch, post, put, query } from '../../api/client';
import type { Language } from '../../api/types';
import type {
  InboxSettings,
  InboxSettingsInput,
  Responder,
  ResponderInput,
  RoutingRule,
  RoutingRuleInput,
  SlaPolicy,
  SlaPolicyInput,
  Team,
  ToneGuide,
  WebhookDelivery,
} from './inbox-settings.types';

const base = (ws: string) => `/api/workspaces/${ws}`;

export const inboxSettingsKeys = {
  settings: (ws: string) => ['ws', ws, 'inbox-settings'] as const,
  deliveries: (ws: string) => ['ws', ws, 'webhook-deliveries'] as const,
  slaPolicies: (ws: string) => ['ws', ws, 'sla-policies'] as const,
  routingRules: (ws: string) => ['ws', ws, 'routing-rules'] as const,
  toneGuide: (ws: string, language: string, channelId: string | null) =>
    ['ws', ws, 'tone-guides', language, channelId ?? 'default'] as const,
  responders: (ws: string) => ['ws', ws, 'responders'] as const,
  teams: (ws: string) => ['ws', ws, 'teams'] as const,
};

export function useInboxSettings(ws: string) {
  return useQuery({
    queryKey: inboxSettingsKeys.settings(ws),
    queryFn: () => get<InboxSettings>(`${base(ws)}/inbox-settings`).then(unwrap('settings')),
  });
}

/** Accepts both `{ settings }` and the bare object, so the page does not depend on the envelope. */
function unwrap<K extends string>(key: K) {
  return <T>(response: T | Record<K, T>): T =>
    response && typeof response === 'object' && key in (response as object)
      ? (response as Record<K, T>)[key]
      : (response as T);
}

export function useSaveInboxSettings(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InboxSettingsInput) =>
      put<InboxSettings>(`${base(ws)}/inbox-settings`, body).then(unwrap('settings')),
    onSuccess: (settings) => client.setQueryData(inboxSettingsKeys.settings(ws), settings),
  });
}

export function useWebhookDeliveries(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: inboxSettingsKeys.deliveries(ws),
    queryFn: () => get<{ deliveries: WebhookDelivery[] }>(`${base(ws)}/webhook-deliveries`).then((r) => r.deliveries),
    enabled,
    refetchInterval: 30_000,
  });
}

/** One list with create/update/delete for the simple CRUD resources. */
function useCrud<T extends { id: string }, I>(ws: string, path: string, listKey: string, key: readonly unknown[]) {
  const client = useQueryClient();
  const invalidate = () => client.invalidateQueries({ queryKey: key });
  return {
    list: useQuery({
      queryKey: key,
      queryFn: () =>
        get<Record<string, T[]>>(`${base(ws)}/${path}`).then(
          (r) => r[listKey] ?? (Object.values(r).find(Array.isArray) as T[] | undefined) ?? [],
        ),
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

export const useSlaPolicies = (ws: string) =>
  useCrud<SlaPolicy, SlaPolicyInput>(ws, 'sla-policies', 'policies', inboxSettingsKeys.slaPolicies(ws));

export const useRoutingRules = (ws: string) =>
  useCrud<RoutingRule, RoutingRuleInput>(ws, 'routing-rules', 'routingRules', inboxSettingsKeys.routingRules(ws));

export const useTeams = (ws: string) =>
  useCrud<Team, { name: string; memberIds: string[] }>(ws, 'teams', 'teams', inboxSettingsKeys.teams(ws));

export function useToneGuide(ws: string, language: Language, channelId: string | null) {
  return useQuery({
    queryKey: inboxSettingsKeys.toneGuide(ws, language, channelId),
    queryFn: () =>
      get<{ guide: ToneGuide; isDefault?: boolean } | ToneGuide>(
        `${base(ws)}/tone-guides/${language}${query({ channelId })}`,
      ).then((r) => ('guide' in r ? r.guide : r)),
  });
}

export function useSaveToneGuide(ws: string, language: Language, channelId: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (guide: ToneGuide) => put<unknown>(`${base(ws)}/tone-guides/${language}${query({ channelId })}`, guide),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxSettingsKeys.toneGuide(ws, language, channelId) }),
  });
}

export function useResponders(ws: string) {
  return useQuery({
    queryKey: inboxSettingsKeys.responders(ws),
    queryFn: () => get<{ responders: Responder[] }>(`${base(ws)}/responders`).then((r) => r.responders),
  });
}

export function useSaveResponder(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: ResponderInput }) =>
      put<unknown>(`${base(ws)}/responders/${userId}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxSettingsKeys.responders(ws) }),
  });
}

export function useSetMyDuty(ws: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (onDuty: boolean) => post<unknown>(`${base(ws)}/responders/me/duty`, { onDuty }),
    onSuccess: () => client.invalidateQueries({ queryKey: inboxSettingsKeys.responders(ws) }),
  });
}
