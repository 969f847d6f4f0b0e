/**
 * Health in detail (since when, why), a rate-limit pause, and the admin's tools: test the
 * connection (with what the network answered), reconnect, disconnect. Others only read.
 */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { useNow } from '../../lib/use-now';
import { useDisconnectChannel, useTestConnection } from './channels.api';
import type { ChannelDetail } from './channels.types';
import { ReconnectModal } from './ReconnectModal';

export function ChannelStatus({
  workspaceId,
  channel,
  timeZone,
  canManage,
  canTest,
}: {
  workspaceId: string;
  channel: ChannelDetail;
  timeZone: string;
  /** Admins: reconnect and disconnect. */
  canManage: boolean;
  /** Admins and managers: test the connection. */
  canTest: boolean;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const test = useTestConnection(workspaceId, channel.id);
  const disconnect = useDisconnectChannel(workspaceId, channel.id);
  const [reconnecting, setReconnecting] = useState(false);
  const [confirmDisconnect, setConfirmDisconnect] = useState(false);
  const throttled = channel.throttledUntil && Date.parse(channel.throttledUntil) > now ? channel.throttledUntil : null;
  const result = test.data;

  return (
    <Stack gap={6} data-testid="channel-status">
      {channel.healthChangedAt && (
        <WorkspaceTime
          iso={channel.healthChangedAt}
          timeZone={timeZone}
          template={(time) => t(`channelSettings.status.since.${channel.health}`, { time })}
          data-testid="channel-health-since"
        />
      )}
      {throttled && (
        <Alert color="orange" variant="light" p="xs" data-testid="channel-throttled">
          <WorkspaceTime
            iso={throttled}
            timeZone={timeZone}
            mode="absolute"
            size="sm"
            c="orange.9"
            template={(time) => t('channelSettings.status.throttled', { time })}
          />
        </Alert>
      )}
      {channel.health === 'unhealthy' && (
        <Text size="sm" c="dimmed" data-testid="channel-unhealthy-help">
          {t(canManage ? 'channelSettings.status.unhealthyAdmin' : 'channelSettings.status.unhealthyOthers')}
        </Text>
      )}

      {(canTest || canManage) && channel.health !== 'disconnected' && (
        <Group gap="xs" mt={4}>
          {canTest && (
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => test.mutate()}
              loading={test.isPending}
              data-testid="channel-test"
            >
              {t('channelSettings.test.button')}
            </Button>
          )}
          {canManage && (
            <Button
              size="compact-sm"
              variant={channel.health === 'unhealthy' ? 'filled' : 'default'}
              color={channel.health === 'unhealthy' ? 'red' : undefined}
              onClick={() => setReconnecting(true)}
              data-testid="channel-reconnect"
            >
              {t('channelSettings.reconnect.button')}
            </Button>
          )}
          {canManage && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => setConfirmDisconnect(true)}
              data-testid="channel-disconnect"
            >
              {t('channelSettings.disconnect.button')}
            </Button>
          )}
        </Group>
      )}

      {result && (
        <Text
          size="sm"
          c={result.ok ? 'teal.8' : 'red.7'}
          role="status"
          data-testid="channel-test-result"
          data-ok={result.ok ? 'true' : 'false'}
        >
          {result.ok && result.profile
            ? t('channelSettings.test.ok', {
                name: result.profile.displayName,
                handle: result.profile.handle,
                count: result.profile.followers,
              })
            : `${t('channelSettings.test.failed')} ${result.error ?? ''}`}
        </Text>
      )}
      {test.error && <ErrorAlert error={test.error} title={t('channelSettings.test.failed')} />}

      {canManage && reconnecting && (
        <ReconnectModal
          workspaceId={workspaceId}
          channel={channel}
          opened={reconnecting}
          onClose={() => setReconnecting(false)}
        />
      )}
      <Modal
        opened={confirmDisconnect}
        onClose={() => setConfirmDisconnect(false)}
        title={t('channelSettings.disconnect.title', { name: channel.name })}
      >
        <Stack gap="md">
          <Text size="sm">{t('channelSettings.disconnect.body')}</Text>
          {disconnect.error && <ErrorAlert error={disconnect.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDisconnect(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={disconnect.isPending}
              onClick={() => disconnect.mutate(undefined, { onSuccess: () => setConfirmDisconnect(false) })}
              data-testid="channel-disconnect-confirm"
            >
              {t('channelSettings.disconnect.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
