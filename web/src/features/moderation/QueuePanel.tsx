/** The queue: filters and entries on the left, the chosen entry on the right. */
import { Box, Button, Center, Grid, Group, Loader, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useWorkspace } from '../shell/workspace-context';
import { EntryDetail } from './EntryDetail';
import { useModerationQueue } from './moderation.api';
import {
  QUEUE_SOURCES,
  QUEUE_STATUSES,
  type QueueFilters,
  type QueueSource,
  type QueueStatus,
} from './moderation.types';
import { QueueEntryRow } from './QueueEntryRow';

function readFilters(params: URLSearchParams): QueueFilters {
  const status = params.get('status') as QueueStatus | null;
  const source = params.get('source') as QueueSource | null;
  return {
    status: status && QUEUE_STATUSES.includes(status) ? status : 'pending',
    ...(source && QUEUE_SOURCES.includes(source) ? { source } : {}),
  };
}

export function QueuePanel({ entryId }: { entryId: string | undefined }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const queue = useModerationQueue(workspace.id, filters);
  const entries = queue.data?.pages.flatMap((p) => p.entries) ?? [];
  const update = (patch: Partial<Record<'status' | 'source', string | null>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <SegmentedControl
              size="xs"
              aria-label={t('moderation.filters.status')}
              value={filters.status}
              onChange={(value) => update({ status: value })}
              data={QUEUE_STATUSES.map((s) => ({ value: s, label: t(`moderation.status.${s}`) }))}
              data-testid="moderation-filter-status"
            />
            <Select
              size="xs"
              w={150}
              aria-label={t('moderation.filters.source')}
              value={filters.source ?? 'any'}
              onChange={(value) => update({ source: value === 'any' ? null : value })}
              allowDeselect={false}
              data={[
                { value: 'any', label: t('moderation.filters.anySource') },
                ...QUEUE_SOURCES.map((s) => ({ value: s, label: t(`moderation.source.${s}`) })),
              ]}
              data-testid="moderation-filter-source"
            />
          </Group>
          <Box data-testid="moderation-queue" aria-busy={queue.isFetching}>
            {queue.isPending ? (
              <Center py="xl">
                <Loader aria-label={t('common.loading')} />
              </Center>
            ) : queue.error ? (
              <ErrorAlert error={queue.error} />
            ) : entries.length === 0 ? (
              <Paper withBorder radius="lg" p="xl" ta="center">
                <Text c="dimmed" data-testid="moderation-queue-empty">
                  {t(`moderation.queue.empty.${filters.status}`)}
                </Text>
              </Paper>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {entries.map((entry) => (
                  <QueueEntryRow key={entry.id} entry={entry} selected={entry.id === entryId} />
                ))}
              </Stack>
            )}
            {queue.hasNextPage && (
              <Center mt="sm">
                <Button variant="subtle" onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
                  {t('moderation.queue.loadMore')}
                </Button>
              </Center>
            )}
          </Box>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        {entryId ? (
          <EntryDetail key={entryId} entryId={entryId} />
        ) : (
          <Paper withBorder radius="lg" p="xl" ta="center">
            <Text c="dimmed">{t('moderation.queue.choose')}</Text>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
