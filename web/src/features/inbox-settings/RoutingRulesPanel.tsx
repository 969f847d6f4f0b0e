/** Routing rules: ordered; each new message runs through all enabled rules and every match applies its actions. */
import { Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconPlus } from '../../components/icons';
import { useChannels } from '../channels/channels.api';
import { ConfirmDelete } from './ConfirmDelete';
import { FormError } from './FormError';
import { useResponders, useRoutingRules, useTeams } from './inbox-settings.api';
import type { RoutingRule } from './inbox-settings.types';
import { byPosition, swapPositions } from './reorder';
import { RoutingRuleModal } from './RoutingRuleModal';
import { RowActions } from './SlaPoliciesPanel';

export function RoutingRulesPanel({ workspace, canEdit }: { workspace: Workspace; canEdit: boolean }) {
  const { t } = useTranslation();
  const { list, create, update, remove } = useRoutingRules(workspace.id);
  const channels = useChannels(workspace.id);
  const responders = useResponders(workspace.id);
  const { list: teams } = useTeams(workspace.id);
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RoutingRule | null>(null);
  const rules = byPosition(list.data ?? []);

  const conditionBadges = (rule: RoutingRule) => {
    const c = rule.conditions;
    const out: string[] = [
      ...(c.channelIds ?? []).map((id) => channels.data?.find((x) => x.id === id)?.name ?? '…'),
      ...(c.languages ?? []).map((l) => t(`languages.${l}`, { defaultValue: l })),
      ...(c.intents ?? []).map((i) => t(`inboxSettings.intent.${i}`, { defaultValue: i })),
      ...(c.sentiments ?? []).map((s) => t(`inboxSettings.sentiment.${s}`, { defaultValue: s })),
      ...(c.severities ?? []).map((s) => t(`inboxSettings.severity.${s}`, { defaultValue: s })),
      ...(c.keywords ?? []).map((k) => `“${k}”`),
    ];
    return out.length ? out : [t('inboxSettings.routing.anything')];
  };
  const actionSummary = (rule: RoutingRule) => {
    const a = rule.actions;
    const parts = [
      a.addTags?.length ? t('inboxSettings.routing.summaryTags', { tags: a.addTags.join(', ') }) : null,
      a.setPriority
        ? t('inboxSettings.routing.summaryPriority', { priority: t(`inboxSettings.priority.${a.setPriority}`) })
        : null,
      a.assignUserId
        ? t('inboxSettings.routing.summaryUser', {
            name: responders.data?.find((r) => r.userId === a.assignUserId)?.name ?? '…',
          })
        : null,
      a.assignTeamId
        ? t('inboxSettings.routing.summaryTeam', {
            name: teams.data?.find((x) => x.id === a.assignTeamId)?.name ?? '…',
          })
        : null,
    ].filter(Boolean);
    return parts.length ? parts.join(' · ') : t('inboxSettings.routing.nothing');
  };

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="routing-rules">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('inboxSettings.routing.title')}
        </Title>
        {canEdit && (
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
            data-testid="routing-add"
          >
            {t('inboxSettings.routing.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('inboxSettings.routing.hint')}
      </Text>
      <Stack gap="sm">
        {list.error && <ErrorAlert error={list.error} />}
        <FormError error={update.error} />
        {list.data && rules.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('inboxSettings.routing.empty')}
          </Text>
        )}
        {rules.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inboxSettings.routing.name')}</Table.Th>
                  <Table.Th>{t('inboxSettings.routing.when')}</Table.Th>
                  <Table.Th>{t('inboxSettings.routing.then')}</Table.Th>
                  <Table.Th>{t('inboxSettings.enabled')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rules.map((rule, index) => (
                  <Table.Tr key={rule.id} data-testid="routing-row" style={{ opacity: rule.enabled ? 1 : 0.6 }}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {rule.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {conditionBadges(rule).map((label, i) => (
                          <Badge key={i} variant="light" color="gray" tt="none">
                            {label}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{actionSummary(rule)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={`${t('inboxSettings.enabled')}: ${rule.name}`}
                        checked={rule.enabled}
                        disabled={!canEdit}
                        onChange={(e) => update.mutate({ id: rule.id, body: { enabled: e.currentTarget.checked } })}
                      />
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <RowActions
                          name={rule.name}
                          first={index === 0}
                          last={index === rules.length - 1}
                          onMove={(d) => swapPositions(rules, index, d).forEach((change) => update.mutate(change))}
                          onEdit={() => setEditing(rule)}
                          onDelete={() => setDeleting(rule)}
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
        <RoutingRuleModal
          rule={editing === 'new' ? null : editing}
          nextPosition={(rules[rules.length - 1]?.position ?? -1) + 1}
          channels={channels.data ?? []}
          responders={responders.data ?? []}
          teams={teams.data ?? []}
          create={create}
          update={update}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDelete name={deleting.name} id={deleting.id} mutation={remove} onClose={() => setDeleting(null)} />
      )}
    </Paper>
  );
}
