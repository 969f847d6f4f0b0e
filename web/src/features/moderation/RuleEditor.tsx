/**
 * Create or edit a moderation rule: name, mode, the guideline rule it enforces, the condition (with
 * its JSON), "Try it" over the last 30 days without saving, and the rule's recent hits.
 */
import {
  Alert,
  Button,
  Code,
  Collapse,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLanguage } from '../../i18n';
import { useWorkspace } from '../shell/workspace-context';
import { cleanCondition, emptyCondition } from './condition';
import { ConditionBuilder } from './ConditionBuilder';
import { usePublishedGuidelines } from './moderation.api';
import type { ModerationItem } from './moderation.types';
import { authorText } from './moderation-text';
import { pickText } from './pick-text';
import { useDryRun, useRuleHits, useSaveRule } from './rules.api';
import { type Condition, type ModerationRule, RULE_MODES, type RuleMode } from './rules.types';

const TRY_DAYS = 30;

export function RuleEditor({ rule, onClose }: { rule: ModerationRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const guidelines = usePublishedGuidelines(workspace.id);
  const save = useSaveRule(workspace.id);
  const dryRun = useDryRun(workspace.id);
  const hits = useRuleHits(workspace.id, rule?.id ?? null);
  const [name, setName] = useState(rule?.name ?? '');
  const [mode, setMode] = useState<RuleMode>(rule?.mode ?? 'dry_run');
  const [guidelineRuleKey, setGuidelineRuleKey] = useState<string | null>(rule?.guidelineRuleKey ?? null);
  const [condition, setCondition] = useState<Condition>(rule?.condition ?? emptyCondition('words'));
  const [showJson, setShowJson] = useState(false);
  const cleaned = cleanCondition(condition);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: rule?.id, name: name.trim(), mode, guidelineRuleKey, condition: cleaned },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={rule ? t('moderation.rules.editTitle', { name: rule.name }) : t('moderation.rules.new')}
      data-testid="moderation-rule-editor"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('moderation.rules.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={200}
            data-testid="moderation-rule-name"
          />
          <Group grow align="flex-start">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('moderation.rules.mode')}
              </Text>
              <SegmentedControl
                value={mode}
                onChange={(v) => setMode(v as RuleMode)}
                data={RULE_MODES.map((m) => ({ value: m, label: t(`moderation.rules.modes.${m}`) }))}
                data-testid="moderation-rule-mode"
              />
              <Text size="xs" c="dimmed">
                {t(`moderation.rules.modeHint.${mode}`)}
              </Text>
            </Stack>
            <Select
              label={t('moderation.rules.guidelineRule')}
              placeholder={t('moderation.rules.none')}
              value={guidelineRuleKey}
              onChange={setGuidelineRuleKey}
              clearable
              data={(guidelines.data?.rules ?? []).map((r) => ({
                value: r.key,
                label: `${r.number}. ${pickText(r.title, currentLanguage())}`,
              }))}
            />
          </Group>
          <ConditionBuilder value={condition} onChange={setCondition} />
          <Group gap="xs">
            <Button
              variant="light"
              onClick={() => dryRun.mutate({ condition: cleaned, days: TRY_DAYS })}
              loading={dryRun.isPending}
              data-testid="moderation-rule-dry-run"
            >
              {t('moderation.rules.tryIt')}
            </Button>
            <Button variant="subtle" size="xs" onClick={() => setShowJson((v) => !v)}>
              {t('moderation.rules.json')}
            </Button>
          </Group>
          <Collapse expanded={showJson}>
            <Code block data-testid="moderation-rule-json">
              {JSON.stringify(cleaned, null, 2)}
            </Code>
          </Collapse>
          <ErrorAlert error={dryRun.error} />
          {dryRun.data && (
            <Alert
              color={dryRun.data.matched ? 'orange' : 'teal'}
              variant="light"
              data-testid="moderation-rule-dry-run-result"
            >
              <Text size="sm" fw={500}>
                {t('moderation.rules.tryResult', {
                  matched: dryRun.data.matched,
                  scanned: dryRun.data.scanned,
                  days: TRY_DAYS,
                })}
              </Text>
              <MatchList matches={dryRun.data.items} />
            </Alert>
          )}
          {rule && (hits.data?.length ?? 0) > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('moderation.rules.recentHits')}
              </Text>
              <MatchList matches={hits.data ?? []} />
            </Stack>
          )}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!name.trim()} data-testid="moderation-rule-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MatchList({ matches }: { matches: Array<{ item: ModerationItem; matched: string[] }> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="ul" m={0} mt={4} pl="md">
      {matches.slice(0, 50).map(({ item, matched }) => (
        <li key={item.id}>
          <Text size="xs" className="social-text" lineClamp={2}>
            {item.text}
          </Text>
          <Text size="xs" c="dimmed">
            {authorText(item.authorHandle, item.authorName, t('moderation.queue.unknownAuthor'))} · {item.channelName}
            {matched.length > 0 ? ` · ${matched.join(', ')}` : ''}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
