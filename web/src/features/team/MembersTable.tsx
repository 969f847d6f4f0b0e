import { ActionIcon, Badge, Button, Group, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Role, Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconEdit, IconTrash } from '../../components/icons';
import { formatDate } from '../../lib/time';
import { formatLocale } from '../../i18n';
import { useRemoveMember, useSetMemberRoles } from './team.api';
import { RoleBadges } from './RoleBadges';
import { RolePicker } from './RolePicker';

export function MembersTable({
  members,
  workspace,
  meId,
  canEdit,
}: {
  members: Member[];
  workspace: Workspace;
  meId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage);
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.name')}</Table.Th>
              <Table.Th>{t('team.roles')}</Table.Th>
              <Table.Th>{t('team.joined')}</Table.Th>
              {canEdit && (
                <Table.Th w={100}>
                  <VisuallyHidden>{t('team.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr
                key={member.id}
                data-testid="member-row"
                data-email={member.email}
                style={{ opacity: member.disabled ? 0.6 : 1 }}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {member.name}
                    {member.id === meId && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        ({t('common.you')})
                      </Text>
                    )}
                    {member.disabled && (
                      <Badge ml="xs" size="xs" color="gray" variant="outline">
                        {t('team.deactivated')}
                      </Badge>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadges roles={member.roles} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {formatDate(member.joinedAt, locale, workspace.timeZone)}
                  </Text>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('team.editRoles')}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`${t('team.editRoles')}: ${member.name}`}
                          onClick={() => setEditing(member)}
                          data-testid="edit-roles"
                        >
                          <IconEdit size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('team.remove')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('team.remove')}: ${member.name}`}
                          onClick={() => setRemoving(member)}
                          data-testid="remove-member"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <EditRolesModal member={editing} workspaceId={workspace.id} onClose={() => setEditing(null)} />}
      {removing && <RemoveMemberModal member={removing} workspace={workspace} onClose={() => setRemoving(null)} />}
    </>
  );
}

function EditRolesModal({
  member,
  workspaceId,
  onClose,
}: {
  member: Member;
  workspaceId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const save = useSetMemberRoles(workspaceId);
  return (
    <Modal opened onClose={onClose} title={t('team.editRolesOf', { name: member.name })} centered>
      <Stack>
        {save.error && <ErrorAlert error={save.error} />}
        <RolePicker
          label={t('team.roles')}
          value={roles}
          onChange={setRoles}
          error={roles.length === 0 ? t('team.atLeastOneRole') : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={save.isPending}
            disabled={roles.length === 0}
            onClick={() => save.mutate({ userId: member.id, roles }, { onSuccess: onClose })}
            data-testid="save-roles"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RemoveMemberModal({
  member,
  workspace,
  onClose,
}: {
  member: Member;
  workspace: Workspace;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveMember(workspace.id);
  return (
    <Modal opened onClose={onClose} title={t('team.remove')} centered>
      <Stack>
        {remove.error && <ErrorAlert error={remove.error} />}
        <Text size="sm">{t('team.removeConfirm', { name: member.name, workspace: workspace.name })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(member.id, { onSuccess: onClose })}
            data-testid="confirm-remove"
          >
            {t('common.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
