/** Teams with their members: add, rename, change members, delete. */
import { Badge, Button, Group, Modal, MultiSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconPlus } from '../../components/icons';
import { ConfirmDelete } from './ConfirmDelete';
import { FormError } from './FormError';
import { useTeams } from './inbox-settings.api';
import type { Team } from './inbox-settings.types';
import { RowActions } from './SlaPoliciesPanel';

/** The API may list members as ids or as {id, name}; both become ids here. */
const memberIdsOf = (team: Team) => team.memberIds ?? team.members?.map((m) => m.id) ?? [];

export function TeamsPanel({ workspaceId, members }: { workspaceId: string; members: Member[] }) {
  const { t } = useTranslation();
  const { list, create, update, remove } = useTeams(workspaceId);
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const nameOf = (id: string, team: Team) =>
    members.find((m) => m.id === id)?.name ?? team.members?.find((m) => m.id === id)?.name ?? '…';

  return (
    <Stack gap="sm" data-testid="teams-panel">
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('inboxSettings.teams.empty')}
        </Text>
      )}
      {list.data && list.data.length > 0 && (
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inboxSettings.teams.name')}</Table.Th>
              <Table.Th>{t('inboxSettings.teams.members')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((team) => (
              <Table.Tr key={team.id} data-testid="team-row" data-name={team.name}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {team.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {memberIdsOf(team).length === 0 && (
                      <Text size="sm" c="dimmed">
                        {t('inboxSettings.teams.noMembers')}
                      </Text>
                    )}
                    {memberIdsOf(team).map((id) => (
                      <Badge key={id} variant="light" color="indigo" tt="none">
                        {nameOf(id, team)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={team.name}
                    first
                    last
                    onMove={() => undefined}
                    onEdit={() => setEditing(team)}
                    onDelete={() => setDeleting(team)}
                    hideMove
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => setEditing('new')}
        data-testid="team-add"
      >
        {t('inboxSettings.teams.add')}
      </Button>
      {editing && (
        <TeamModal
          team={editing === 'new' ? null : editing}
          members={members}
          create={create}
          update={update}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDelete name={deleting.name} id={deleting.id} mutation={remove} onClose={() => setDeleting(null)} />
      )}
    </Stack>
  );
}

function TeamModal({
  team,
  members,
  create,
  update,
  onClose,
}: {
  team: Team | null;
  members: Member[];
  create: ReturnType<typeof useTeams>['create'];
  update: ReturnType<typeof useTeams>['update'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(team?.name ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(team ? memberIdsOf(team) : []);
  const mutation = team ? update : create;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name: name.trim(), memberIds };
    if (team) update.mutate({ id: team.id, body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('inboxSettings.teams.editTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={mutation.error} />
          <TextInput
            label={t('inboxSettings.teams.name')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            data-testid="team-name"
          />
          <MultiSelect
            label={t('inboxSettings.teams.members')}
            data={members.filter((m) => !m.disabled).map((m) => ({ value: m.id, label: m.name }))}
            value={memberIds}
            onChange={setMemberIds}
            searchable
            data-testid="team-members"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('inboxSettings.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!name.trim()} data-testid="team-save">
              {t('inboxSettings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
