import { Badge, Card, Divider, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api/types';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { Capabilities } from './Capabilities';
import { ChannelStats } from './ChannelStats';
import { HealthBadge } from './HealthBadge';
import { InboundItems } from './InboundItems';

const KINDS = ['sandbox', 'bluesky', 'mastodon', 'facebook', 'instagram'];

export function ChannelCard({ channel, workspaceId, timeZone }: { channel: Channel; workspaceId: string; timeZone: string }) {
  const { t } = useTranslation();
  const kind = KINDS.includes(channel.kind) ? t(`channels.kind.${channel.kind}`) : channel.kind;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="xs" component="section" aria-labelledby={`channel-${channel.id}`} data-testid="channel-card" data-channel-id={channel.id} data-kind={channel.kind}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={2} size="h3" id={`channel-${channel.id}`} data-testid="channel-name">
              {channel.name}
            </Title>
            <Badge variant="light" color="gray" radius="sm" data-testid="channel-kind">
              {kind}
            </Badge>
          </Group>
          <Group gap="xs">
            <Text size="sm" c="dimmed" data-testid="channel-handle" aria-label={t('channels.handle')}>
              @{channel.handle.replace(/^@/, '')}
            </Text>
            <Text size="sm" c="dimmed" aria-hidden>
              ·
            </Text>
            {channel.lastSyncAt ? (
              <WorkspaceTime
                iso={channel.lastSyncAt}
                timeZone={timeZone}
                mode="relative"
                size="sm"
                template={(time) => t('channels.lastSync', { time })}
                data-testid="channel-last-sync"
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('channels.neverSynced')}
              </Text>
            )}
          </Group>
        </Stack>
        <HealthBadge health={channel.health} reason={channel.healthReason} />
      </Group>
      {channel.health !== 'healthy' && channel.healthReason && (
        <Text size="sm" c={channel.health === 'unhealthy' ? 'red.7' : 'dimmed'} mt="xs" data-testid="channel-health-reason">
          {channel.healthReason}
        </Text>
      )}
      <Divider my="md" />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <ChannelStats stats={channel.stats} />
            <Capabilities capabilities={channel.capabilities} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <InboundItems workspaceId={workspaceId} channelId={channel.id} timeZone={timeZone} />
        </Grid.Col>
      </Grid>
    </Card>
  );
}
