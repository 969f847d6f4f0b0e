/** Response-time policies: an ordered list (first match wins) with conditions and targets; admins and managers edit. */
import { ActionIcon, Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconEdit, IconPlus, IconTrash } from '../../components/icons';
import { useChannels } from '../channels/channels.api';
import { ConfirmDelete } from './ConfirmDelete';
import { formatMinutes } from './DurationInput';
import { FormError } from './FormError';
import { useSlaPolicies } from './inbox-settings.api';
import type { SlaPolicy } from './inbox-settings.types';
import { byPosition, swapPositions } from './reorder';
import { SlaPolicyModal } from './SlaPolicyModal';

export function SlaPoliciesPanel({ workspace, canEdit }: { workspace: Workspace; canEdit: boolean }) {
  const { t } = useTranslation();
  const { list, create, update, remove } = useSlaPolicies(workspace.id);
  const channels = useChannels(workspace.id);
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SlaPolicy | null>(null);
  const policies = byPosition(list.data ?? []);
  const channelName = (id: string | null) =>
    id ? (channels.data?.find((c) => c.id === id)?.name ?? '…') : t('inboxSettings.sla.allChannels');

  const move = (index: number, direction: -1 | 1) => {
    for (const change of swapPositions(policies, index, direction)) update.mutate(change);
  };

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="sla-policies">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('inboxSettings.sla.title')}
        </Title>
        {canEdit && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
            data-testid="sla-add"
          >
            {t('inboxSettings.sla.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('inboxSettings.sla.hint')}
      </Text>
      <Stack gap="sm">
        {list.error && <ErrorAlert error={list.error} />}
        <FormError error={update.error ?? remove.error} />
        {list.data && policies.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('inboxSettings.sla.empty')}
          </Text>
        )}
        {policies.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inboxSettings.sla.name')}</Table.Th>
                  <Table.Th>{t('inboxSettings.sla.conditions')}</Table.Th>
                  <Table.Th>{t('inboxSettings.sla.firstResponse')}</Table.Th>
                  <Table.Th>{t('inboxSettings.sla.nextResponse')}</Table.Th>
                  <Table.Th>{t('inboxSettings.sla.resolution')}</Table.Th>
                  <Table.Th>{t('inboxSettings.enabled')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policies.map((policy, index) => (
                  <Table.Tr key={policy.id} data-testid="sla-row" style={{ opacity: policy.enabled ? 1 : 0.6 }}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {policy.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {policy.businessHoursOnly
                          ? t('inboxSettings.sla.businessTime')
                          : t('inboxSettings.sla.clockTime')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge variant="outline" color="gray">
                          {channelName(policy.channelId)}
                        </Badge>
                        {(policy.severities ?? []).map((s) => (
                          <Badge key={s} variant="light" color="orange">
                            {t(`inboxSettings.severity.${s}`)}
                          </Badge>
                        ))}
                        {(policy.sentiments ?? []).map((s) => (
                          <Badge key={s} variant="light" color="grape">
                            {t(`inboxSettings.sentiment.${s}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{formatMinutes(policy.firstResponseMinutes)}</Table.Td>
                    <Table.Td>{formatMinutes(policy.nextResponseMinutes)}</Table.Td>
                    <Table.Td>{policy.resolutionMinutes ? formatMinutes(policy.resolutionMinutes) : '—'}</Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={`${t('inboxSettings.enabled')}: ${policy.name}`}
                        checked={policy.enabled}
                        disabled={!canEdit}
                        onChange={(e) => update.mutate({ id: policy.id, body: { enabled: e.currentTarget.checked } })}
                      />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <RowActions
                          name={policy.name}
                          first={index === 0}
                          last={index === policies.length - 1}
                          onMove={(d) => move(index, d)}
                          onEdit={() => setEditing(policy)}
                          onDelete={() => setDeleting(policy)}
                        />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && (
        <SlaPolicyModal
          policy={editing === 'new' ? null : editing}
          nextPosition={(policies[policies.length - 1]?.position ?? -1) + 1}
          channels={channels.data ?? []}
          create={create}
          update={update}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDelete name={deleting.name} mutation={remove} id={deleting.id} onClose={() => setDeleting(null)} />
      )}
    </Paper>
  );
}

/** Up, down, edit, delete: shared by the policy and rule tables. */
export function RowActions({
  name,
  first,
  last,
  onMove,
  onEdit,
  onDelete,
  hideMove = false,
}: {
  hideMove?: boolean;
  name: string;
  first: boolean;
  last: boolean;
  onMove: (direction: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap">
      {!hideMove && (
        <>
          <Tooltip label={t('inboxSettings.moveUp')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={first}
              onClick={() => onMove(-1)}
              aria-label={`${t('inboxSettings.moveUp')}: ${name}`}
            >
              ↑
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('inboxSettings.moveDown')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={last}
              onClick={() => onMove(1)}
              aria-label={`${t('inboxSettings.moveDown')}: ${name}`}
            >
              ↓
            </ActionIcon>
          </Tooltip>
        </>
      )}
      <Tooltip label={t('inboxSettings.edit')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={onEdit}
          aria-label={`${t('inboxSettings.edit')}: ${name}`}
          data-testid="row-edit"
        >
          <IconEdit size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('inboxSettings.delete')}>
        <ActionIcon
          variant="subtle"
          color="red"
          onClick={onDelete}
          aria-label={`${t('inboxSettings.delete')}: ${name}`}
          data-testid="row-delete"
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
