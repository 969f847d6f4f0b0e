/** What was done to the item: each action with its cited rule, statement, status, and undo where the platform allows. */
import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WorkspaceTime } from '../../components/WorkspaceTime';
import { useWorkspace } from '../shell/workspace-context';
import { useUndoAction } from './moderation.api';
import type { ModerationAction } from './moderation.types';
import { ActionStatusBadge } from './ModerationBadges';

export function ActionHistory({ actions }: { actions: ModerationAction[] }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [undoing, setUndoing] = useState<ModerationAction | null>(null);
  if (actions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('moderation.history.none')}
      </Text>
    );
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {actions.map((action) => (
        <Paper
          key={action.id}
          component="li"
          withBorder
          radius="md"
          p="sm"
          data-testid="moderation-action"
          data-kind={action.kind}
          data-status={action.status}
        >
          <Group justify="space-between" gap={6} wrap="wrap">
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {t(`moderation.actionKind.${action.kind}`)}
              </Text>
              <ActionStatusBadge status={action.status} error={action.error} />
              {action.undoneByActionId && (
                <Badge size="sm" radius="sm" variant="outline" color="gray">
                  {t('moderation.history.undone')}
                </Badge>
              )}
            </Group>
            <WorkspaceTime
              iso={action.createdAt}
              timeZone={workspace.timeZone}
              template={(time) => (action.createdBy ? `${action.createdBy.name} · ${time}` : time)}
            />
          </Group>
          {action.rule && (
            <Text size="xs" c="dimmed" mt={4} data-testid="moderation-action-rule" data-rule-key={action.rule.key}>
              {t('moderation.history.cites', {
                number: action.rule.number,
                title: action.rule.title,
                version: action.rule.version,
              })}
            </Text>
          )}
          <Text size="sm" mt={4} className="social-text">
            {action.statement}
          </Text>
          {action.error && (
            <Text size="xs" c="red.7" mt={4}>
              {action.error}
            </Text>
          )}
          {action.undoable && !action.undoneByActionId && (
            <Group justify="flex-end" mt={4}>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setUndoing(action)}
                data-testid="moderation-action-undo"
              >
                {t('moderation.history.undo')}
              </Button>
            </Group>
          )}
        </Paper>
      ))}
      {undoing && <UndoDialog action={undoing} onClose={() => setUndoing(null)} />}
    </Stack>
  );
}

function UndoDialog({ action, onClose }: { action: ModerationAction; onClose: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const undo = useUndoAction(workspace.id);
  const [statement, setStatement] = useState('');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('moderation.history.undoTitle', { action: t(`moderation.actionKind.${action.kind}`) })}
      data-testid="moderation-undo-dialog"
    >
      <Stack gap="sm">
        <Textarea
          label={t('moderation.history.undoStatement')}
          value={statement}
          onChange={(e) => setStatement(e.currentTarget.value)}
          autosize
          minRows={2}
          required
          data-testid="moderation-undo-statement"
        />
        <ErrorAlert error={undo.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => undo.mutate({ actionId: action.id, statement: statement.trim() }, { onSuccess: onClose })}
            loading={undo.isPending}
            disabled={!statement.trim()}
            data-testid="moderation-undo-submit"
          >
            {t('moderation.history.undo')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
