import { Badge, Box, Card, Divider, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { hasRole } from '../shell/access';
import { Capabilities } from './Capabilities';
import { ChannelStats } from './ChannelStats';
import { ChannelStatus } from './ChannelStatus';
import { CONNECT_KINDS, type ChannelDetail } from './channels.types';
import { FollowRequests } from './FollowRequests';
import { HealthBadge } from './HealthBadge';
import { InboundItems } from './InboundItems';
import { ProfileCard } from './ProfileCard';

const KINDS: readonly string[] = CONNECT_KINDS;

/**
 * One connected account: identity, health, last sync, profile, stats, what it can do, follow
 * requests, and its newest items. `wide` puts details beside the items (a single channel);
 * `column` stacks them (channels side by side). Admins get the tools to test, reconnect, disconnect.
 */
export function ChannelCard({
  channel,
  workspaceId,
  timeZone,
  roles,
  layout = 'wide',
}: {
  channel: ChannelDetail;
  workspaceId: string;
  timeZone: string;
  roles: readonly Role[];
  layout?: 'wide' | 'column';
}) {
  const { t } = useTranslation();
  const kind = KINDS.includes(channel.kind) ? t(`channels.kind.${channel.kind}`) : channel.kind;
  const isAdmin = hasRole(roles, 'admin');
  const followRequests =
    channel.health !== 'disconnected' &&
    channel.capabilities.actions.followRequests?.supported === true &&
    hasRole(roles, 'admin', 'manager', 'moderator');
  const details = (
    <Stack gap="lg">
      <ProfileCard workspaceId={workspaceId} channel={channel} />
      <ChannelStats stats={channel.stats} />
      <Capabilities kind={channel.kind} capabilities={channel.capabilities} />
      {followRequests && <FollowRequests workspaceId={workspaceId} channelId={channel.id} />}
    </Stack>
  );
  return (
    <Box data-testid={`channel-card-${channel.id}`}>
      <Card
        withBorder
        radius="lg"
        padding="lg"
        shadow="xs"
        component="section"
        aria-labelledby={`channel-${channel.id}`}
        data-testid="channel-card"
        data-channel-id={channel.id}
        data-kind={channel.kind}
      >
        <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
          <Title order={2} size="h3" id={`channel-${channel.id}`} data-testid="channel-name" lineClamp={1}>
            {channel.name}
          </Title>
          <HealthBadge health={channel.health} reason={channel.healthReason} />
        </Group>
        <Group gap="xs" mt={6}>
          <Badge variant="light" color="gray" radius="sm" data-testid="channel-kind">
            {kind}
          </Badge>
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
        {channel.health !== 'healthy' && channel.healthReason && (
          <Text
            size="sm"
            c={channel.health === 'unhealthy' ? 'red.7' : 'dimmed'}
            mt="xs"
            data-testid="channel-health-reason"
          >
            {channel.healthReason}
          </Text>
        )}
        <Box mt="xs">
          <ChannelStatus
            workspaceId={workspaceId}
            channel={channel}
            timeZone={timeZone}
            canManage={isAdmin}
            canTest={hasRole(roles, 'admin', 'manager')}
          />
        </Box>
        <Divider my="md" />
        {layout === 'wide' ? (
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 5 }}>{details}</Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <InboundItems workspaceId={workspaceId} channelId={channel.id} timeZone={timeZone} />
            </Grid.Col>
          </Grid>
        ) : (
          <Stack gap="lg">
            <InboundItems workspaceId={workspaceId} channelId={channel.id} timeZone={timeZone} maxHeight={560} />
            {details}
          </Stack>
        )}
      </Card>
    </Box>
  );
}
