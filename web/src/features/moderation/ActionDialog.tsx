/**
 * Hide, remove, block, mute or report: the moderator cites a rule of the published guidelines and
 * writes the statement of reasons (prefilled from the rule's explanation in the workspace language).
 * The server captures evidence before anything is hidden or removed.
 */
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLanguage } from '../../i18n';
import { useWorkspace } from '../shell/workspace-context';
import { useModerationAction, usePublishedGuidelines } from './moderation.api';
import type { ActionKind, GuidelineRule, QueueEntry } from './moderation.types';
import { pickText } from './pick-text';

export function ActionDialog({ entry, kind, onClose }: { entry: QueueEntry; kind: ActionKind; onClose: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const guidelines = usePublishedGuidelines(workspace.id);
  const act = useModerationAction(workspace.id);
  const rules = guidelines.data?.rules ?? [];
  const statementFor = (rule: GuidelineRule | undefined) =>
    rule ? pickText(rule.explanation, workspace.defaultLanguage) : '';

  // The suggested rule, once the guidelines are loaded; then whatever the moderator picks.
  const [picked, setPicked] = useState<string | null>(null);
  const ruleKey = picked ?? (rules.some((r) => r.key === entry.suggestedRuleKey) ? entry.suggestedRuleKey : null);
  const rule = rules.find((r) => r.key === ruleKey);
  const [statement, setStatement] = useState<string | null>(null);
  const text = statement ?? statementFor(rule);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ruleKey || !text.trim()) return;
    act.mutate(
      { itemId: entry.item.id, kind, ruleKey, statement: text.trim(), language: workspace.defaultLanguage },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('moderation.dialog.title', { action: t(`moderation.actionKind.${kind}`) })}
      size="lg"
      data-testid="moderation-action-dialog"
    >
      {guidelines.isPending ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : guidelines.error ? (
        <ErrorAlert error={guidelines.error} />
      ) : rules.length === 0 ? (
        <Alert color="yellow" variant="light" data-testid="moderation-no-guidelines">
          {t('moderation.dialog.noGuidelines')}{' '}
          <Anchor component={Link} to={`/w/${workspace.id}/guidelines`}>
            {t('moderation.dialog.openGuidelines')}
          </Anchor>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm" className="social-text" c="dimmed" lineClamp={3}>
              {entry.item.text}
            </Text>
            <Select
              label={t('moderation.dialog.rule')}
              placeholder={t('moderation.dialog.rulePlaceholder')}
              data={rules.map((r) => ({
                value: r.key,
                label: `${r.number}. ${pickText(r.title, currentLanguage())}`,
              }))}
              value={ruleKey}
              onChange={(value) => {
                setPicked(value);
                // A statement still as prefilled follows the new rule; an edited one is kept.
                if (statement === null || statement === statementFor(rule)) setStatement(null);
              }}
              allowDeselect={false}
              searchable
              required
              data-testid="moderation-rule-select"
            />
            {rule && (
              <Text size="xs" c="dimmed">
                {t('moderation.dialog.defaultAction', {
                  action: t(`moderation.guidelineAction.${rule.defaultAction}`),
                })}
              </Text>
            )}
            <Textarea
              label={t('moderation.dialog.statement')}
              description={t('moderation.dialog.statementHint')}
              value={text}
              onChange={(e) => setStatement(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={5000}
              required
              data-testid="moderation-statement"
            />
            {(kind === 'hide' || kind === 'remove' || kind === 'block' || kind === 'report') && (
              <Text size="xs" c="dimmed">
                {t('moderation.dialog.evidenceFirst')}
              </Text>
            )}
            <ErrorAlert error={act.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color={kind === 'remove' ? 'red' : 'orange'}
                loading={act.isPending}
                disabled={!ruleKey || !text.trim()}
                data-testid="moderation-action-submit"
              >
                {t(`moderation.actionKind.${kind}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
