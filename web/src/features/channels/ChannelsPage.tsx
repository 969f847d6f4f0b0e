import { Center, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
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
    <Stack gap={0} maw={1400} mx="auto" data-testid="channels-page">
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
        // Several channels sit side by side like the columns of a desk; one channel gets the full width.
        <SimpleGrid cols={{ base: 1, lg: channels.length > 1 ? 2 : 1 }} spacing="lg">
          {channels.map((channel) => (
            <ChannelCard
              key={channel.id}
              channel={channel}
              workspaceId={workspace.id}
              timeZone={workspace.timeZone}
              layout={channels.length > 1 ? 'column' : 'wide'}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
