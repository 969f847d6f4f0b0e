/** The inbox's view and filters live in the URL, so a filtered list can be shared and survives reloads. */
import {
  INTENTS,
  ITEM_LANGUAGES,
  SENTIMENTS,
  SEVERITIES,
  SORTS,
  STATUSES,
  TIME_LEFT,
  VIEWS,
  type InboxFilters,
} from './inbox.types';

const FILTER_KEYS = [
  'channelId',
  'status',
  'sentiment',
  'intent',
  'severity',
  'language',
  'assigneeId',
  'tag',
  'q',
  'timeLeft',
  'sort',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const ALLOWED: Partial<Record<FilterKey, readonly string[]>> = {
  status: STATUSES,
  sentiment: SENTIMENTS,
  intent: INTENTS,
  severity: SEVERITIES,
  language: ITEM_LANGUAGES,
  timeLeft: TIME_LEFT,
  sort: SORTS,
};

export function parseFilters(params: URLSearchParams): InboxFilters {
  const view = params.get('view');
  const filters: InboxFilters = {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as InboxFilters['view']) : 'inbox',
  };
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    const allowed = ALLOWED[key];
    if (allowed && !allowed.includes(value)) continue;
    (filters as unknown as Record<string, string>)[key] = value;
  }
  return filters;
}

export function filtersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== 'inbox') params.set('view', filters.view);
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** How many filters beyond the view and sort are set (for the filter button's badge). */
export function activeFilterCount(filters: InboxFilters): number {
  return FILTER_KEYS.filter((key) => key !== 'sort' && key !== 'q' && filters[key]).length;
}
