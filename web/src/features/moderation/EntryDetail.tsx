/**
 * One queue entry in full: the item in its thread, the analysis and reasons, what can be done
 * (each action cites a published guideline rule), what was done, the evidence, and the police report.
 */
import {
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  Center,
  Divider,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconExternal } from '../../components/icons';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { safeHttpUrl } from '../channels/InboundItems';
import { AnalysisBadges } from '../inbox/InboxBadges';
import { useWorkspace } from '../shell/workspace-context';
import { ActionDialog } from './ActionDialog';
import { ActionHistory } from './ActionHistory';
import { DismissButton } from './DismissButton';
import { EvidencePanel } from './EvidencePanel';
import { useQueueEntry } from './moderation.api';
import { ACTION_KINDS, type ActionKind, type QueueEntryDetail, type ThreadItem } from './moderation.types';
import { ReasonList, SeverityBadge, SourceBadges } from './ModerationBadges';
import { authorText } from './moderation-text';
import { PoliceReportDialog } from './PoliceReportDialog';

export function EntryDetail({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { data, isPending, error } = useQueueEntry(workspace.id, entryId);

  if (isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (error) return <ErrorAlert error={error} />;
  return <EntryCard detail={data} />;
}

function EntryCard({ detail }: { detail: QueueEntryDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [acting, setActing] = useState<ActionKind | null>(null);
  const [reporting, setReporting] = useState(false);
  const { entry, thread, evidence } = detail;
  const { item } = entry;
  const url = safeHttpUrl(item.url);
  // The thread around the item: what came before above it, replies below.
  const at = Date.parse(item.occurredAt);
  const before = thread.filter((c) => c.id !== item.id && Date.parse(c.occurredAt) <= at);
  const after = thread.filter((c) => c.id !== item.id && Date.parse(c.occurredAt) > at);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="moderation-entry-detail" data-entry-id={entry.id}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap={6}>
            <SeverityBadge severity={entry.severity} />
            <SourceBadges sources={entry.sources} />
            <Badge size="sm" radius="sm" variant="outline" color="gray" data-testid="moderation-entry-status">
              {t(`moderation.status.${entry.status}`)}
            </Badge>
            {item.moderationState && (
              <Badge size="sm" radius="sm" color="dark" data-testid="moderation-item-state">
                {t(`moderation.itemState.${item.moderationState}`)}
              </Badge>
            )}
          </Group>
          <Anchor component={Link} to={`/w/${workspace.id}/inbox/${item.conversationId}?view=all`} size="sm">
            {t('moderation.detail.openConversation')}
          </Anchor>
        </Group>

        <ThreadPart items={before} />

        <Paper p="md" radius="md" bg="red.0" style={{ border: '1px solid var(--mantine-color-red-2)' }}>
          <Group justify="space-between" gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {authorText(item.authorHandle, item.authorName, t('moderation.queue.unknownAuthor'))}
            </Text>
            <WorkspaceTime iso={item.occurredAt} timeZone={workspace.timeZone} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('moderation.detail.where', { channel: item.channelName, network: item.network })}
          </Text>
          <Text mt="xs" className="social-text" data-testid="moderation-item-text">
            {item.text}
          </Text>
          <Group gap={6} mt="xs" wrap="wrap">
            <AnalysisBadges sentiment={item.sentiment} severity={item.severity} intent={item.intent} />
            {item.language && (
              <Badge size="xs" variant="light" color="gray">
                {item.language.toUpperCase()}
              </Badge>
            )}
            {url && (
              <Anchor href={url} target="_blank" rel="noopener noreferrer nofollow" size="xs">
                <Group gap={4} component="span" wrap="nowrap">
                  {t('moderation.detail.openOriginal')}
                  <IconExternal size={12} />
                </Group>
              </Anchor>
            )}
          </Group>
        </Paper>

        <ThreadPart items={after} />

        <Box>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
            {t('moderation.detail.reasons')}
          </Text>
          <ReasonList reasons={entry.reasons} />
        </Box>

        <Group gap="xs" wrap="wrap">
          {ACTION_KINDS.map((kind) => (
            <Button
              key={kind}
              size="xs"
              variant={kind === 'hide' || kind === 'remove' ? 'filled' : 'light'}
              color={kind === 'remove' ? 'red' : kind === 'hide' ? 'orange' : 'gray'}
              onClick={() => setActing(kind)}
              disabled={(kind === 'hide' && item.moderationState !== null) || item.moderationState === 'removed'}
              data-testid={`moderation-action-${kind}`}
            >
              {t(`moderation.actionKind.${kind}`)}
            </Button>
          ))}
          <Button
            size="xs"
            variant="outline"
            color="red"
            onClick={() => setReporting(true)}
            data-testid="police-report-open"
          >
            {t('moderation.police.open')}
          </Button>
          {entry.status === 'pending' && <DismissButton entryId={entry.id} />}
        </Group>

        <Divider />
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('moderation.history.title')}
          </Title>
          <ActionHistory actions={entry.actions} />
        </Stack>

        <Divider />
        <EvidencePanel itemId={item.id} records={evidence} />
      </Stack>

      {acting && <ActionDialog entry={entry} kind={acting} onClose={() => setActing(null)} />}
      {reporting && <PoliceReportDialog entry={entry} evidence={evidence} onClose={() => setReporting(false)} />}
      {entry.status !== 'pending' && entry.decidedAt && (
        <Text size="xs" c="dimmed" mt="sm">
          <WorkspaceTime
            iso={entry.decidedAt}
            timeZone={workspace.timeZone}
            template={(time) => t('moderation.detail.decided', { time })}
          />
        </Text>
      )}
    </Card>
  );
}

function ThreadPart({ items }: { items: ThreadItem[] }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  if (items.length === 0) return null;
  return (
    <Stack gap={4} data-testid="moderation-thread">
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {t('moderation.detail.thread')}
      </Text>
      {items.map((c) => (
        <Box key={c.id} pl="sm" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {c.direction === 'inbound'
                ? authorText(c.authorHandle, null, t('moderation.queue.unknownAuthor'))
                : t('moderation.detail.us')}
            </Text>
            <WorkspaceTime iso={c.occurredAt} timeZone={workspace.timeZone} mode="absolute" />
          </Group>
          <Text size="sm" className="social-text" lineClamp={4}>
            {c.text ?? ''}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
