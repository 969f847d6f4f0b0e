/** Actions on the selected conversations: assign, set status, add a tag, close with a reason. */
import { Button, Group, Menu, Paper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CloseModal } from './CloseModal';
import { useBulkAddTag, useBulkUpdate, useResponders } from './inbox.api';
import { type ConversationPatch, type ConversationSummary, STATUSES } from './inbox.types';

export function BulkActions({
  workspaceId,
  myUserId,
  selected,
  onDone,
}: {
  workspaceId: string;
  myUserId: string;
  selected: ConversationSummary[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const bulk = useBulkUpdate(workspaceId);
  const addTag = useBulkAddTag(workspaceId);
  const responders = useResponders(workspaceId).data ?? [];
  const [tag, setTag] = useState('');
  const [closing, setClosing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const apply = (patch: ConversationPatch) =>
    bulk.mutate(
      { conversationIds: selected.map((c) => c.id), patch },
      {
        onSuccess: (result) => {
          setMessage(t('inbox.bulk.done', { count: result.updated }));
          onDone();
        },
      },
    );

  return (
    <Paper
      p="xs"
      radius={0}
      bg="indigo.0"
      data-testid="bulk-actions"
      style={{ borderBottom: '1px solid var(--mantine-color-indigo-2)' }}
    >
      <Group gap={6} justify="space-between" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('inbox.list.selected', { count: selected.length })}
        </Text>
        <Group gap={4} wrap="wrap">
          <Menu shadow="md" position="bottom-end">
            <Menu.Target>
              <Button size="compact-sm" variant="default" loading={bulk.isPending} data-testid="bulk-assign">
                {t('inbox.bulk.assign')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown mah={320} style={{ overflowY: 'auto' }}>
              <Menu.Item onClick={() => apply({ assigneeId: myUserId })}>
                {t('inbox.conversation.assignToMe')}
              </Menu.Item>
              <Menu.Item onClick={() => apply({ assigneeId: null })}>{t('inbox.conversation.unassign')}</Menu.Item>
              <Menu.Divider />
              {responders.map((r) => (
                <Menu.Item key={r.userId} onClick={() => apply({ assigneeId: r.userId })}>
                  {r.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Menu shadow="md" position="bottom-end">
            <Menu.Target>
              <Button size="compact-sm" variant="default" data-testid="bulk-status">
                {t('inbox.bulk.status')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {STATUSES.filter((s) => s !== 'closed' && s !== 'new').map((status) => (
                <Menu.Item key={status} onClick={() => apply({ status })} data-testid={`bulk-status-${status}`}>
                  {t(`inbox.status.${status}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Menu shadow="md" position="bottom-end" closeOnItemClick={false}>
            <Menu.Target>
              <Button size="compact-sm" variant="default" loading={addTag.isPending} data-testid="bulk-tag">
                {t('inbox.bulk.tag')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown p="xs">
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (tag.trim())
                    addTag.mutate(
                      { conversations: selected, tag: tag.trim() },
                      { onSuccess: (result) => setMessage(t('inbox.bulk.done', { count: result.updated })) },
                    );
                  setTag('');
                }}
              >
                <Group gap={4} wrap="nowrap">
                  <TextInput
                    size="xs"
                    value={tag}
                    onChange={(e) => setTag(e.currentTarget.value)}
                    placeholder={t('inbox.bulk.tagPlaceholder')}
                    aria-label={t('inbox.bulk.tagPlaceholder')}
                  />
                  <Button size="xs" type="submit">
                    {t('inbox.bulk.apply')}
                  </Button>
                </Group>
              </form>
            </Menu.Dropdown>
          </Menu>
          <Button
            size="compact-sm"
            variant="default"
            color="red"
            onClick={() => setClosing(true)}
            data-testid="bulk-close"
          >
            {t('inbox.bulk.close')}
          </Button>
          <Button size="compact-sm" variant="subtle" onClick={onDone}>
            {t('inbox.bulk.clearSelection')}
          </Button>
        </Group>
      </Group>
      {message && !bulk.error && !addTag.error && (
        <Text size="xs" c="teal.8" mt={4} role="status">
          {message}
        </Text>
      )}
      {(bulk.error || addTag.error) && <ErrorAlert error={bulk.error ?? addTag.error} />}
      <CloseModal
        opened={closing}
        onClose={() => setClosing(false)}
        pending={bulk.isPending}
        onSubmit={(closedReason) => {
          apply({ status: 'closed', closedReason });
          setClosing(false);
        }}
      />
    </Paper>
  );
}
