/** The blackout windows: list with the rule in words, on/off, edit and delete, and templates per country. */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Switch,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IconEdit, IconPlus, IconTrash } from '../../../components/icons';
import { formatLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/time';
import { useChannels } from '../../channels/channels.api';
import { useWorkspace } from '../../shell/workspace-context';
import {
  type BlackoutInput,
  type BlackoutWindow,
  useBlackoutTemplates,
  useBlackoutWindows,
  useDeleteBlackout,
  useUpdateBlackout,
} from '../blackouts.api';
import { PUBLISHING_ADMINS } from '../calendar/PausedBanner';
import { BlackoutForm } from './BlackoutForm';
import { describeRecurrence } from './rrule-words';

type Editing = { window: BlackoutWindow | null; initial?: Partial<BlackoutInput> } | null;

export function BlackoutWindowsPanel() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const locale = formatLocale(i18n.resolvedLanguage);
  const windows = useBlackoutWindows(workspace.id);
  const channels = useChannels(workspace.id);
  const update = useUpdateBlackout(workspace.id);
  const remove = useDeleteBlackout(workspace.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [showTemplates, setShowTemplates] = useState(false);
  const templates = useBlackoutTemplates(workspace.id, showTemplates);
  const isAdmin = workspace.roles.some((role) => PUBLISHING_ADMINS.includes(role));
  const translate = (key: string, options?: Record<string, unknown>) => t(`publishing.${key}`, options ?? {});
  const channelName = (id: string) => channels.data?.find((c) => c.id === id)?.name ?? id;

  return (
    <Stack gap="md" data-testid="blackout-windows">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text c="dimmed" size="sm" maw={760}>
          {t('publishing.blackouts.intro')}
        </Text>
        {isAdmin && (
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" onClick={() => setShowTemplates(true)} data-testid="blackout-templates">
              {t('publishing.blackouts.templates')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ window: null })}
              data-testid="blackout-add"
            >
              {t('publishing.blackouts.add')}
            </Button>
          </Group>
        )}
      </Group>
      {!isAdmin && <Alert variant="light">{t('publishing.blackouts.readOnly')}</Alert>}
      <ErrorAlert error={windows.error ?? update.error ?? remove.error} />
      {windows.isPending ? (
        <Loader />
      ) : (windows.data ?? []).length === 0 ? (
        <Text c="dimmed">{t('publishing.blackouts.empty')}</Text>
      ) : (
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {(['title', 'when', 'timeZone', 'scope', 'source', 'enabled'] as const).map((column) => (
                <Table.Th key={column}>{t(`publishing.blackouts.columns.${column}`)}</Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {windows.data!.map((window) => (
              <Table.Tr key={window.id} data-testid={`blackout-window-${window.id}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {window.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {window.reason}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{describeRecurrence(window, locale, translate) ?? window.rrule}</Text>
                  <Text size="xs" c="dimmed">
                    {window.nextOccurrence
                      ? t('publishing.blackouts.next', {
                          time: formatDateTime(window.nextOccurrence.start, locale, workspace.timeZone, new Date(0)),
                        })
                      : t('publishing.blackouts.noNext')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{window.timeZone}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {window.channelId ? channelName(window.channelId) : t('publishing.blackouts.scopeAll')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    variant="light"
                    color={window.source === 'default' ? 'grape' : 'gray'}
                    style={{ overflow: 'visible' }}
                  >
                    {t(`publishing.blackouts.source.${window.source}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Switch
                    checked={window.enabled}
                    disabled={!isAdmin || update.isPending}
                    aria-label={t('publishing.blackouts.enabledLabel', { title: window.title })}
                    onChange={(e) => update.mutate({ id: window.id, enabled: e.currentTarget.checked })}
                    data-testid={`blackout-enabled-${window.id}`}
                  />
                </Table.Td>
                <Table.Td>
                  {isAdmin && (
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('publishing.blackouts.edit')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('publishing.blackouts.edit')}
                          onClick={() => setEditing({ window })}
                        >
                          <IconEdit size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('publishing.blackouts.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('publishing.blackouts.delete')}
                          onClick={() => {
                            if (globalThis.confirm(t('publishing.blackouts.deleteConfirm', { title: window.title })))
                              remove.mutate(window.id);
                          }}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <BlackoutForm window={editing.window} initial={editing.initial} onClose={() => setEditing(null)} />}
      <Modal
        opened={showTemplates}
        onClose={() => setShowTemplates(false)}
        title={t('publishing.blackouts.templatesTitle')}
        size="lg"
      >
        <Stack gap="xs" data-testid="blackout-template-list">
          {templates.isPending && <Loader size="sm" />}
          <ErrorAlert error={templates.error} />
          {templates.data?.length === 0 && <Text c="dimmed">{t('publishing.blackouts.noTemplates')}</Text>}
          {templates.data?.map((template, index) => (
            <Group key={`${template.country ?? ''}-${template.title}-${index}`} justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={500}>
                  {template.country ? `${template.country} · ` : ''}
                  {template.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {describeRecurrence(template, locale, translate) ?? template.rrule} · {template.timeZone}
                </Text>
              </div>
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setShowTemplates(false);
                  setEditing({ window: null, initial: template });
                }}
              >
                {t('publishing.blackouts.templateAdd')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Modal>
    </Stack>
  );
}
