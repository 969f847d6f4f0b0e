/** One entry of the queue: severity as a coloured edge, the item's text (as text), why it is here, where, who, when. */
import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { useWorkspace } from '../shell/workspace-context';
import { SEVERITY_COLORS, SeverityBadge, SourceBadges } from './ModerationBadges';
import { authorText, reasonText } from './moderation-text';
import type { QueueEntry } from './moderation.types';

export function QueueEntryRow({ entry, selected }: { entry: QueueEntry; selected: boolean }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { search } = useLocation();
  const { item } = entry;
  const reasons = entry.reasons.map((r) => reasonText(t, r)).join(' · ');

  return (
    <li data-testid="moderation-entry" data-entry-id={entry.id} data-item-id={item.id} data-status={entry.status}>
      <UnstyledButton
        component={Link}
        to={`/w/${workspace.id}/moderation/queue/${entry.id}${search}`}
        aria-current={selected ? 'true' : undefined}
        data-testid="moderation-entry-open"
        style={{ display: 'block', width: '100%' }}
      >
        <Paper
          withBorder
          radius="md"
          p="sm"
          bg={selected ? 'indigo.0' : undefined}
          style={{ borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLORS[entry.severity]}-6)` }}
        >
          <Stack gap={6}>
            <Group justify="space-between" gap={6} wrap="nowrap">
              <Group gap={4} wrap="wrap">
                <SeverityBadge severity={entry.severity} />
                <SourceBadges sources={entry.sources} />
                {item.moderationState && (
                  <Badge size="sm" radius="sm" color="dark" variant="outline">
                    {t(`moderation.itemState.${item.moderationState}`)}
                  </Badge>
                )}
              </Group>
              <WorkspaceTime iso={entry.flaggedAt} timeZone={workspace.timeZone} mode="relative" />
            </Group>
            <Text size="sm" className="social-text" lineClamp={3} data-testid="moderation-entry-text">
              {item.text}
            </Text>
            {reasons && (
              <Text size="xs" c="red.8" lineClamp={2}>
                {reasons}
              </Text>
            )}
            <Text size="xs" c="dimmed" lineClamp={1}>
              {authorText(item.authorHandle, item.authorName, t('moderation.queue.unknownAuthor'))} · {item.channelName}
              {entry.evidenceCount > 0
                ? ` · ${t('moderation.queue.evidenceCount', { count: entry.evidenceCount })}`
                : ''}
            </Text>
          </Stack>
        </Paper>
      </UnstyledButton>
    </li>
  );
}
