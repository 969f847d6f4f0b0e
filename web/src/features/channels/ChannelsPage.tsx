import { Button, Center, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { hasRole } from '../shell/access';
import { useWorkspace } from '../shell/workspace-context';
import { useChannels } from './channels.api';
import { ChannelCard } from './ChannelCard';
import { ConnectChannelModal } from './ConnectChannelModal';

export function ChannelsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { data: channels, isPending, error } = useChannels(workspace.id);
  const isAdmin = hasRole(workspace.roles, 'admin');
  const [connecting, setConnecting] = useState(false);
  // Disconnected channels keep their history; they go after the live ones.
  const shown = [...(channels ?? [])].sort(
    (a, b) => Number(a.health === 'disconnected') - Number(b.health === 'disconnected'),
  );

  return (
    <Stack gap={0} maw={1400} mx="auto" data-testid="channels-page">
      <PageHeader
        title={t('channels.title')}
        subtitle={t('channels.subtitle')}
        actions={
          isAdmin ? (
            <Button onClick={() => setConnecting(true)} data-testid="channel-connect-button">
              {t('channelSettings.connect.button')}
            </Button>
          ) : undefined
        }
      />
      {isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : shown.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center">
          <Text c="dimmed" data-testid="no-channels">
            {t(isAdmin ? 'channelSettings.emptyAdmin' : 'channels.empty')}
          </Text>
        </Paper>
      ) : (
        // Several channels sit side by side like the columns of a desk; one channel gets the full width.
        <SimpleGrid cols={{ base: 1, lg: shown.length > 1 ? 2 : 1 }} spacing="lg">
          {shown.map((channel) => (
            <ChannelCard
              key={channel.id}
              channel={channel}
              workspaceId={workspace.id}
              timeZone={workspace.timeZone}
              roles={workspace.roles}
              layout={shown.length > 1 ? 'column' : 'wide'}
            />
          ))}
        </SimpleGrid>
      )}
      {isAdmin && (
        <ConnectChannelModal workspaceId={workspace.id} opened={connecting} onClose={() => setConnecting(false)} />
      )}
    </Stack>
  );
}
