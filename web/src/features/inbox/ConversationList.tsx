/** The left column: views, search and filters, bulk actions on the selection, and the list itself. */
import { Box, Button, Center, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BulkActions } from './BulkActions';
import { ConversationRow } from './ConversationRow';
import { InboxFiltersBar } from './InboxFiltersBar';
import type { ConversationSummary, InboxFilters } from './inbox.types';

export function ConversationList({
  workspaceId,
  timeZone,
  myUserId,
  canAnswer,
  filters,
  onFiltersChange,
  conversations,
  isPending,
  error,
  hasMore,
  loadingMore,
  onLoadMore,
  activeId,
  onOpen,
  selected,
  onSelectedChange,
  searchRef,
  onHelp,
}: {
  workspaceId: string;
  timeZone: string;
  myUserId: string;
  canAnswer: boolean;
  filters: InboxFilters;
  onFiltersChange: (next: InboxFilters) => void;
  conversations: ConversationSummary[];
  isPending: boolean;
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  activeId: string | undefined;
  onOpen: (id: string) => void;
  selected: Set<string>;
  onSelectedChange: (next: Set<string>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  onHelp: () => void;
}) {
  const { t } = useTranslation();
  const selectedRows = conversations.filter((c) => selected.has(c.id));
  const lastToggled = useRef<string | null>(null);
  const allSelected = conversations.length > 0 && selectedRows.length === conversations.length;

  // Shift-click selects the range from the last toggled row, like a mail client.
  const toggle = (id: string, shift: boolean) => {
    const next = new Set(selected);
    const index = conversations.findIndex((c) => c.id === id);
    const anchor = lastToggled.current;
    if (shift && anchor !== null) {
      const from = conversations.findIndex((c) => c.id === anchor);
      if (from >= 0) {
        const [a, b] = from < index ? [from, index] : [index, from];
        for (const c of conversations.slice(a, b + 1)) next.add(c.id);
        onSelectedChange(next);
        return;
      }
    }
    if (next.has(id)) next.delete(id);
    else next.add(id);
    lastToggled.current = id;
    onSelectedChange(next);
  };

  return (
    <Stack gap={0} h="100%" style={{ minHeight: 0 }} data-testid="conversation-list-panel">
      <InboxFiltersBar
        workspaceId={workspaceId}
        filters={filters}
        onChange={onFiltersChange}
        searchRef={searchRef}
        onHelp={onHelp}
      />
      {canAnswer && selectedRows.length > 0 && (
        <BulkActions
          workspaceId={workspaceId}
          myUserId={myUserId}
          selected={selectedRows}
          onDone={() => onSelectedChange(new Set())}
        />
      )}
      {canAnswer && conversations.length > 0 && (
        <Group px="xs" py={4} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
          <Checkbox
            size="xs"
            label={t('inbox.list.selectAll')}
            checked={allSelected}
            indeterminate={selectedRows.length > 0 && !allSelected}
            onChange={() => onSelectedChange(allSelected ? new Set() : new Set(conversations.map((c) => c.id)))}
            data-testid="select-all"
          />
        </Group>
      )}
      <Box style={{ flex: 1, overflowY: 'auto', minHeight: 0 }}>
        {isPending ? (
          <Center py="xl">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        ) : error ? (
          <Box p="sm">
            <ErrorAlert error={error} />
          </Box>
        ) : conversations.length === 0 ? (
          <Text size="sm" c="dimmed" p="lg" ta="center" data-testid="inbox-empty">
            {t('inbox.list.empty')}
          </Text>
        ) : (
          <>
            <Box
              component="ul"
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('inbox.list.label')}
              data-testid="conversation-list"
            >
              {conversations.map((c) => (
                <ConversationRow
                  key={c.id}
                  conversation={c}
                  timeZone={timeZone}
                  active={c.id === activeId}
                  selected={selected.has(c.id)}
                  onOpen={() => onOpen(c.id)}
                  onToggle={(shift) => (canAnswer ? toggle(c.id, shift) : undefined)}
                />
              ))}
            </Box>
            {hasMore && (
              <Center p="sm">
                <Button variant="subtle" size="xs" onClick={onLoadMore} loading={loadingMore} data-testid="load-more">
                  {t('inbox.list.loadMore')}
                </Button>
              </Center>
            )}
          </>
        )}
      </Box>
    </Stack>
  );
}
