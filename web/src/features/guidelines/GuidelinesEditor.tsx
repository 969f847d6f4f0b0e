/** The draft of the next version: introduction, rules, change note; save, discard, publish (with a confirmation). */
import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { IconCheck, IconPlus } from '../../components/icons';
import { formatLocale } from '../../i18n';
import { formatDateTime } from '../../lib/time';
import { FormError } from '../inbox-settings/FormError';
import { useDiscardGuidelinesDraft, usePublishGuidelines, useSaveGuidelinesDraft } from './guidelines.api';
import {
  fromTemplate,
  type GuidelinesForm,
  initialForm,
  moveRule,
  newRule,
  sameContent,
  toDraftBody,
} from './guidelines-form';
import type { GuidelinesOverview } from './guidelines.types';
import { LanguageTabs } from './LanguageTabs';
import { RuleEditor } from './RuleEditor';

export function GuidelinesEditor({ workspace, overview }: { workspace: Workspace; overview: GuidelinesOverview }) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage);
  const [saved, setSaved] = useState(() => initialForm(overview));
  const [form, setForm] = useState<GuidelinesForm>(saved);
  const [confirm, setConfirm] = useState<'publish' | 'discard' | null>(null);
  const save = useSaveGuidelinesDraft(workspace.id);
  const publish = usePublishGuidelines(workspace.id);
  const discard = useDiscardGuidelinesDraft(workspace.id);
  const { draft, published } = overview;
  const nextVersion = draft?.version ?? (published?.version ?? 0) + 1;
  const dirty = !sameContent(form, saved);
  const busy = save.isPending || publish.isPending || discard.isPending;
  const setRules = (rules: GuidelinesForm['rules']) => setForm((f) => ({ ...f, rules }));
  const error = save.error ?? publish.error ?? discard.error;

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="guidelines-editor">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h4">
              {draft
                ? t('guidelines.status.draft', {
                    version: nextVersion,
                    date: formatDateTime(draft.updatedAt, locale, workspace.timeZone),
                  })
                : t('guidelines.status.newDraft', { version: nextVersion })}
            </Title>
            {dirty && (
              <Badge color="yellow" variant="light" data-testid="guidelines-unsaved">
                {t('guidelines.status.unsaved')}
              </Badge>
            )}
          </Stack>
        </Group>

        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('guidelines.intro.label')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('guidelines.intro.hint')}
          </Text>
          <LanguageTabs
            idPrefix="intro"
            fields={[
              {
                label: t('guidelines.intro.label'),
                value: form.intro,
                multiline: true,
                testId: 'guidelines-intro',
                onChange: (intro) => setForm((f) => ({ ...f, intro })),
              },
            ]}
          />
        </Stack>

        <Stack gap="sm" data-testid="guideline-rules">
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('guidelines.rules.heading')}
            </Title>
            {form.rules.length === 0 && (
              <Button
                variant="light"
                onClick={() => setForm((f) => fromTemplate(f, overview.template))}
                data-testid="guidelines-template"
              >
                {t('guidelines.rules.template')}
              </Button>
            )}
          </Group>
          {form.rules.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('guidelines.rules.empty')}
            </Text>
          )}
          {form.rules.map((rule, index) => (
            <RuleEditor
              key={rule.uid}
              rule={rule}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === form.rules.length - 1}
              onChange={(next) => setRules(form.rules.map((r) => (r.uid === rule.uid ? next : r)))}
              onMove={(direction) => setRules(moveRule(form.rules, index, direction))}
              onRemove={() => setRules(form.rules.filter((r) => r.uid !== rule.uid))}
            />
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} />}
              onClick={() => setRules([...form.rules, newRule(form.rules)])}
              data-testid="guidelines-add-rule"
            >
              {t('guidelines.rules.add')}
            </Button>
          </Group>
        </Stack>

        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('guidelines.changeNote.label')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('guidelines.changeNote.hint')}
          </Text>
          <LanguageTabs
            idPrefix="change-note"
            fields={[
              {
                label: t('guidelines.changeNote.label'),
                value: form.changeNote,
                multiline: true,
                testId: 'guidelines-change-note',
                onChange: (changeNote) => setForm((f) => ({ ...f, changeNote })),
              },
            ]}
          />
        </Stack>

        <FormError error={error} />
        {save.isSuccess && !dirty && (
          <Text size="sm" c="teal" role="status">
            {t('guidelines.saved')}
          </Text>
        )}
        <Group justify="flex-end">
          {draft && (
            <Button variant="subtle" color="red" disabled={busy} onClick={() => setConfirm('discard')}>
              {t('guidelines.discard')}
            </Button>
          )}
          <Button
            variant="default"
            loading={save.isPending}
            disabled={busy || (!dirty && !!draft)}
            onClick={() => save.mutate(toDraftBody(form), { onSuccess: () => setSaved(form) })}
            data-testid="guidelines-save"
          >
            {t('guidelines.saveDraft')}
          </Button>
          <Button
            leftSection={<IconCheck size={16} />}
            // Nothing to publish: no rules, or the version in force unchanged.
            disabled={busy || form.rules.length === 0 || (!draft && !dirty && !!published)}
            onClick={() => setConfirm('publish')}
            data-testid="guidelines-publish"
          >
            {t('guidelines.publish')}
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        centered
        title={confirm === 'publish' ? t('guidelines.publishTitle', { version: nextVersion }) : t('guidelines.discard')}
      >
        <Stack>
          <Text size="sm">
            {confirm === 'publish'
              ? t('guidelines.publishConfirm')
              : t('guidelines.discardConfirm', { version: nextVersion })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color={confirm === 'publish' ? undefined : 'red'}
              data-testid="guidelines-confirm"
              onClick={() => {
                const which = confirm;
                setConfirm(null);
                if (which === 'publish') publish.mutate(toDraftBody(form));
                else
                  discard.mutate(undefined, {
                    // Back to the version in force, as if the draft had never been started.
                    onSuccess: () => {
                      const fresh = initialForm({ draft: null, published });
                      setForm(fresh);
                      setSaved(fresh);
                    },
                  });
              }}
            >
              {confirm === 'publish' ? t('guidelines.publish') : t('guidelines.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
