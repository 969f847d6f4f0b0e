import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspace } from '../shell/workspace-context';
import { useChannels } from './channels.api';
import { ChannelCard } from './ChannelCard';

export function ChannelsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { data: channels, isPending, error } = useChannels(workspace.id);

  return (
    <Stack gap={0} maw={1200} mx="auto" data-testid="channels-page">
      <PageHeader title={t('channels.title')} subtitle={t('channels.subtitle')} />
      {isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : channels.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center">
          <Text c="dimmed" data-testid="no-channels">
            {t('channels.empty')}
          </Text>
        </Paper>
      ) : (
        <Stack gap="lg">
          {channels.map((channel) => (
            <ChannelCard key={channel.id} channel={channel} workspaceId={workspace.id} timeZone={workspace.timeZone} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
