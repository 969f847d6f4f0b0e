/** Views with counts, the search box and the filter popover above the conversation list. */
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Indicator,
  Popover,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChannels } from '../channels/channels.api';
import { IconFilter, IconKeyboard, IconSearch } from './icons';
import { activeFilterCount, type FilterKey } from './inbox-filters';
import { useInboxCounts, useResponders } from './inbox.api';
import {
  INTENTS,
  ITEM_LANGUAGES,
  SENTIMENTS,
  SEVERITIES,
  SORTS,
  STATUSES,
  TIME_LEFT,
  VIEWS,
  type InboxCounts,
  type InboxFilters,
  type InboxView,
} from './inbox.types';

function count(counts: InboxCounts | undefined, view: InboxView): number | undefined {
  return counts?.[view];
}

export function InboxFiltersBar({
  workspaceId,
  filters,
  onChange,
  searchRef,
  onHelp,
}: {
  workspaceId: string;
  filters: InboxFilters;
  onChange: (next: InboxFilters) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  onHelp: () => void;
}) {
  const { t } = useTranslation();
  const counts = useInboxCounts(workspaceId).data;
  const [search, setSearch] = useState(filters.q ?? '');
  // The URL changed from elsewhere (a view link, clearing): show its search. Not while typing ("a " stays).
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    if (search.trim() !== (filters.q ?? '')) setSearch(filters.q ?? '');
  }

  // Search runs after a short pause in typing.
  useEffect(() => {
    const trimmed = search.trim();
    if (trimmed === (filters.q ?? '')) return;
    const timer = setTimeout(() => onChange({ ...filters, q: trimmed || undefined }), 300);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  return (
    <Stack gap={8} p="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap={4} wrap="wrap" role="tablist" aria-label={t('inbox.views.label')} data-testid="inbox-views">
        {VIEWS.map((view) => {
          const active = filters.view === view;
          const n = count(counts, view);
          return (
            <Button
              key={view}
              role="tab"
              aria-selected={active}
              size="compact-sm"
              variant={active ? 'filled' : 'subtle'}
              color={active ? 'indigo' : 'gray'}
              onClick={() => onChange({ ...filters, view })}
              data-testid={`view-${view}`}
              rightSection={
                n !== undefined ? (
                  <Badge
                    size="xs"
                    variant={active ? 'white' : 'light'}
                    color={active ? 'indigo' : 'gray'}
                    data-testid={`count-${view}`}
                  >
                    {n}
                  </Badge>
                ) : undefined
              }
            >
              {t(`inbox.views.${view}`)}
            </Button>
          );
        })}
        {counts && counts.breached > 0 && (
          <Badge
            color="red"
            variant="light"
            component="button"
            style={{ cursor: 'pointer', border: 0 }}
            onClick={() => onChange({ ...filters, view: 'all', timeLeft: 'breached' })}
            data-testid="count-breached"
          >
            {t('inbox.filters.timeLeftBreached')}: {counts.breached}
          </Badge>
        )}
      </Group>
      <Group gap={6} wrap="nowrap">
        <TextInput
          ref={searchRef}
          style={{ flex: 1 }}
          size="sm"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onChange({ ...filters, q: search.trim() || undefined });
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
          placeholder={t('inbox.filters.searchHint')}
          aria-label={t('inbox.filters.search')}
          leftSection={<IconSearch size={16} />}
          data-testid="inbox-search"
          type="search"
        />
        <FilterPopover workspaceId={workspaceId} filters={filters} onChange={onChange} />
        <Tooltip label={t('inbox.shortcuts.button')}>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={onHelp}
            aria-label={t('inbox.shortcuts.button')}
            data-testid="shortcuts-button"
          >
            <IconKeyboard size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Stack>
  );
}

function FilterPopover({
  workspaceId,
  filters,
  onChange,
}: {
  workspaceId: string;
  filters: InboxFilters;
  onChange: (next: InboxFilters) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const channels = useChannels(workspaceId).data ?? [];
  const responders = useResponders(workspaceId).data ?? [];
  const active = activeFilterCount(filters);

  const set = (key: FilterKey, value: string | null) => onChange({ ...filters, [key]: value || undefined });
  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const field = (key: FilterKey, label: string, data: Array<{ value: string; label: string }>) => (
    <Select
      key={key}
      size="xs"
      label={label}
      placeholder={t('inbox.filters.any')}
      data={data}
      value={filters[key] ?? null}
      onChange={(value) => set(key, value)}
      clearable
      comboboxProps={{ withinPortal: false }}
      data-testid={`filter-${key}`}
    />
  );

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={420} shadow="md" trapFocus>
      <Popover.Target>
        <Indicator label={active} size={16} disabled={active === 0} offset={4}>
          <ActionIcon
            variant={active ? 'light' : 'default'}
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('inbox.filters.show')}
            data-testid="inbox-filters"
          >
            <IconFilter size={16} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
          {field(
            'channelId',
            t('inbox.filters.channel'),
            channels.map((c) => ({ value: c.id, label: c.name })),
          )}
          {field('status', t('inbox.filters.status'), options(STATUSES, 'inbox.status'))}
          {field('sentiment', t('inbox.filters.sentiment'), options(SENTIMENTS, 'inbox.sentiment'))}
          {field('intent', t('inbox.filters.intent'), options(INTENTS, 'inbox.intent'))}
          {field('severity', t('inbox.filters.severity'), options(SEVERITIES, 'inbox.severity'))}
          {field('language', t('inbox.filters.language'), options(ITEM_LANGUAGES, 'inbox.language'))}
          {field('assigneeId', t('inbox.filters.assignee'), [
            { value: 'me', label: t('inbox.filters.assigneeMe') },
            { value: 'none', label: t('inbox.filters.assigneeNone') },
            ...responders.map((r) => ({ value: r.userId, label: r.name })),
          ])}
          {field('timeLeft', t('inbox.filters.timeLeft'), [
            ...TIME_LEFT.map((value) => ({
              value,
              label: t(`inbox.filters.timeLeft${value[0]!.toUpperCase()}${value.slice(1)}`),
            })),
          ])}
          <Select
            size="xs"
            label={t('inbox.filters.sort')}
            data={SORTS.map((value) => ({
              value,
              label: t(`inbox.filters.sort${value[0]!.toUpperCase()}${value.slice(1)}`),
            }))}
            value={filters.sort ?? 'timeLeft'}
            onChange={(value) => set('sort', value === 'timeLeft' ? null : value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            data-testid="filter-sort"
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button
            size="xs"
            variant="subtle"
            onClick={() => onChange({ view: filters.view, q: filters.q })}
            disabled={active === 0 && !filters.sort}
            data-testid="filters-clear"
          >
            {t('inbox.filters.clear')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
