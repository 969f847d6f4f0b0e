/** Moderation rules: what fills the queue besides the analysis. New rules start in dry run. */
import { ActionIcon, Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconEdit, IconPlus, IconTrash } from '../../components/icons';
import { useWorkspace } from '../shell/workspace-context';
import { RuleEditor } from './RuleEditor';
import { useDeleteRule, useModerationRules } from './rules.api';
import type { ModerationRule, RuleMode } from './rules.types';

const MODE_COLORS: Record<RuleMode, string> = { dry_run: 'yellow', active: 'teal', off: 'gray' };

export function RulesPanel() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const rules = useModerationRules(workspace.id);
  const remove = useDeleteRule(workspace.id);
  const [editing, setEditing] = useState<ModerationRule | 'new' | null>(null);

  return (
    <Stack gap="sm" data-testid="moderation-rules">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={700}>
          {t('moderation.rules.intro')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="moderation-rule-new"
        >
          {t('moderation.rules.new')}
        </Button>
      </Group>
      <ErrorAlert error={remove.error} />
      {rules.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : rules.error ? (
        <ErrorAlert error={rules.error} />
      ) : rules.data.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" ta="center">
          <Text c="dimmed">{t('moderation.rules.empty')}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="lg" p="md" style={{ overflowX: 'auto' }}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('moderation.rules.name')}</Table.Th>
                <Table.Th>{t('moderation.rules.mode')}</Table.Th>
                <Table.Th>{t('moderation.rules.guidelineRule')}</Table.Th>
                <Table.Th>{t('moderation.rules.hits')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.map((rule) => (
                <Table.Tr key={rule.id} data-testid="moderation-rule-row" data-rule-id={rule.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {rule.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`moderation.rules.type.${rule.condition.type}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={MODE_COLORS[rule.mode]} variant="light" radius="sm">
                      {t(`moderation.rules.modes.${rule.mode}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{rule.guidelineRuleKey ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{t('moderation.rules.hitsActive', { count: rule.hits.active })}</Text>
                    <Text size="xs">{t('moderation.rules.hitsDryRun', { count: rule.hits.dryRun })}</Text>
                    <Text size="xs" c="dimmed">
                      {t('moderation.rules.hitsWeek', { count: rule.hits.last7Days })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('moderation.rules.edit')}>
                        <ActionIcon
                          variant="subtle"
                          onClick={() => setEditing(rule)}
                          aria-label={t('moderation.rules.edit')}
                        >
                          <IconEdit size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('moderation.rules.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            window.confirm(t('moderation.rules.deleteConfirm', { name: rule.name })) &&
                            remove.mutate(rule.id)
                          }
                          aria-label={t('moderation.rules.delete')}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {editing && <RuleEditor rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
