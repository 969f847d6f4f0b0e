/** Responders (languages, channels, duty, training, capacity, manager) and teams, for admins and managers. */
import {
  Badge,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
  ActionIcon,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconEdit } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { useChannels } from '../channels/channels.api';
import { useMembers } from '../team/team.api';
import { useWorkspace } from '../shell/workspace-context';
import { FormError } from './FormError';
import { useResponders, useSaveResponder } from './inbox-settings.api';
import type { Responder } from './inbox-settings.types';
import { ResponderModal, responderInput } from './ResponderModal';
import { TeamsPanel } from './TeamsPanel';

export function RespondersPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const responders = useResponders(workspace.id);
  const channels = useChannels(workspace.id);
  const save = useSaveResponder(workspace.id);
  const members = useMembers(workspace.id);
  const [editing, setEditing] = useState<Responder | null>(null);
  const nameOf = (id: string | null) => (id && members.data?.find((m) => m.id === id)?.name) || '—';

  return (
    <Stack gap="lg" maw={1200} mx="auto" data-testid="responders-page">
      <PageHeader title={t('inboxSettings.responders.title')} subtitle={t('inboxSettings.responders.subtitle')} />
      <Paper withBorder radius="lg" p="lg">
        <FormError error={save.error} />
        {responders.isPending ? (
          <Center py="lg">
            <Loader aria-label={t('common.loading')} />
          </Center>
        ) : responders.error ? (
          <ErrorAlert error={responders.error} />
        ) : responders.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('inboxSettings.responders.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="responders-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inboxSettings.responders.name')}</Table.Th>
                  <Table.Th>{t('inboxSettings.responders.languages')}</Table.Th>
                  <Table.Th>{t('inboxSettings.responders.channels')}</Table.Th>
                  <Table.Th>{t('inboxSettings.responders.onDuty')}</Table.Th>
                  <Table.Th>{t('inboxSettings.responders.open')}</Table.Th>
                  <Table.Th>{t('inboxSettings.responders.manager')}</Table.Th>
                  <Table.Th>{t('inboxSettings.responders.teams')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {responders.data.map((r) => (
                  <Table.Tr key={r.userId} data-testid="responder-row" data-name={r.name}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {r.name}
                      </Text>
                      {r.inTraining && (
                        <Badge size="xs" color="yellow" variant="light">
                          {t('inboxSettings.responders.inTraining')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {r.languages.map((l) => (
                          <Badge key={l} variant="outline" color="gray" size="sm">
                            {l.toUpperCase()}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={r.channelIds.length ? undefined : 'dimmed'}>
                        {r.channelIds.length
                          ? r.channelIds.map((id) => channels.data?.find((c) => c.id === id)?.name ?? '…').join(', ')
                          : t('inboxSettings.responders.allChannels')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={`${t('inboxSettings.responders.onDuty')}: ${r.name}`}
                        checked={r.onDuty}
                        onChange={(e) =>
                          save.mutate({
                            userId: r.userId,
                            body: { ...responderInput(r), onDuty: e.currentTarget.checked },
                          })
                        }
                        data-testid="responder-duty"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={r.openCount >= r.maxOpen ? 'red' : undefined}>
                        {r.openCount} / {r.maxOpen}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{nameOf(r.managerId)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.teams.map((x) => x.name).join(', ') || '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('inboxSettings.edit')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`${t('inboxSettings.edit')}: ${r.name}`}
                          onClick={() => setEditing(r)}
                          data-testid="responder-edit"
                        >
                          <IconEdit size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Paper withBorder radius="lg" p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('inboxSettings.teams.title')}
        </Title>
        <TeamsPanel workspaceId={workspace.id} members={members.data ?? []} />
      </Paper>
      {editing && (
        <ResponderModal
          responder={editing}
          members={members.data ?? []}
          channels={channels.data ?? []}
          workspaceId={workspace.id}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
