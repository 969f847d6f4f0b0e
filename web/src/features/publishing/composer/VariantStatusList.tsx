/** Where each channel's copy of the post is: due time, held or moved and why, published link, or the network's error. */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WorkspaceTime } from '../../../components/WorkspaceTime';
import type { VariantJson, VariantStatus } from '../posts.types';

const COLORS: Record<VariantStatus, string> = {
  pending: 'gray',
  scheduled: 'blue',
  held: 'orange',
  sending: 'cyan',
  published: 'green',
  failed: 'red',
  cancelled: 'gray',
};

export function VariantStatusList({ variants, timeZone }: { variants: VariantJson[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="variant-statuses">
      {variants.map((v) => (
        <Stack key={v.id} gap={2} data-testid={`variant-status-${v.channelId}`} data-status={v.status}>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {v.channelName}
            </Text>
            <Badge size="sm" color={COLORS[v.status]} variant="light">
              {t(`publishing.editor.variantStatus.${v.status}`)}
            </Badge>
            {v.dueAt && v.status !== 'published' && (
              <WorkspaceTime
                iso={v.dueAt}
                timeZone={timeZone}
                mode="absolute"
                template={(time) => t('publishing.editor.dueAt', { time })}
                data-testid={`variant-due-${v.channelId}`}
              />
            )}
            {v.publishedAt && <WorkspaceTime iso={v.publishedAt} timeZone={timeZone} mode="absolute" />}
            {v.url && (
              <Anchor href={v.url} target="_blank" rel="noopener noreferrer" size="xs">
                {t('publishing.editor.openOnNetwork')}
              </Anchor>
            )}
          </Group>
          {v.heldReason && (
            <Text size="xs" c="orange.8" data-testid={`variant-held-${v.channelId}`}>
              {v.heldReason}
            </Text>
          )}
          {v.error && (
            <Text size="xs" c="red.7" data-testid={`variant-error-${v.channelId}`}>
              {t('publishing.editor.failedBecause', { error: v.error })}
            </Text>
          )}
          {v.status === 'failed' && (
            <Text size="xs" c="dimmed">
              {t('publishing.editor.retryHint')}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
