/** The condition of a moderation rule: one condition, or all/any of several (one level of nesting). */
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../components/icons';
import { INTENTS, SEVERITIES, type Severity } from '../inbox/inbox.types';
import { emptyCondition, emptyLeaf } from './condition';
import { type Condition, type ConditionLanguage, LEAF_TYPES, type LeafCondition, type LeafType } from './rules.types';

const TOP_TYPES = [...LEAF_TYPES, 'all', 'any'] as const;

function isCombination(c: Condition): c is Extract<Condition, { conditions: Condition[] }> {
  return c.type === 'all' || c.type === 'any';
}

export function ConditionBuilder({ value, onChange }: { value: Condition; onChange: (c: Condition) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="moderation-condition">
      <Select
        label={t('moderation.rules.condition')}
        value={value.type}
        onChange={(type) => type && type !== value.type && onChange(emptyCondition(type as Condition['type']))}
        allowDeselect={false}
        data={TOP_TYPES.map((type) => ({ value: type, label: t(`moderation.rules.type.${type}`) }))}
        data-testid="moderation-condition-type"
      />
      {isCombination(value) ? (
        <Stack gap="xs" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-indigo-2)' }}>
          {value.conditions.map((child, i) => {
            const leaf = isCombination(child) ? emptyLeaf('words') : child;
            const replace = (next: LeafCondition) =>
              onChange({ ...value, conditions: value.conditions.map((c, j) => (j === i ? next : c)) });
            return (
              <Paper key={i} withBorder p="xs" radius="md">
                <Group align="flex-start" gap="xs" wrap="nowrap">
                  <Stack gap="xs" style={{ flex: 1 }}>
                    <Select
                      size="xs"
                      aria-label={t('moderation.rules.condition')}
                      value={leaf.type}
                      onChange={(type) => type && replace(emptyLeaf(type as LeafType))}
                      allowDeselect={false}
                      data={LEAF_TYPES.map((type) => ({ value: type, label: t(`moderation.rules.type.${type}`) }))}
                    />
                    <LeafEditor value={leaf} onChange={replace} />
                  </Stack>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={value.conditions.length <= 1}
                    onClick={() => onChange({ ...value, conditions: value.conditions.filter((_, j) => j !== i) })}
                    aria-label={t('moderation.rules.removeCondition')}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              </Paper>
            );
          })}
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange({ ...value, conditions: [...value.conditions, emptyLeaf('words')] })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('moderation.rules.addCondition')}
          </Button>
        </Stack>
      ) : (
        <LeafEditor value={value} onChange={onChange} />
      )}
    </Stack>
  );
}

function LanguageSelect({ value, onChange }: { value?: ConditionLanguage; onChange: (l?: ConditionLanguage) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      size="xs"
      label={t('moderation.rules.language')}
      value={value ?? 'any'}
      onChange={(v) => onChange(v && v !== 'any' ? (v as ConditionLanguage) : undefined)}
      allowDeselect={false}
      data={[
        { value: 'any', label: t('moderation.rules.anyLanguage') },
        ...(['sv', 'nl', 'en'] as const).map((l) => ({ value: l, label: t(`languages.${l}`) })),
      ]}
    />
  );
}

function LeafEditor({ value, onChange }: { value: LeafCondition; onChange: (c: LeafCondition) => void }) {
  const { t } = useTranslation();
  const toNumber = (v: string | number, fallback: number) => (typeof v === 'number' ? v : Number(v) || fallback);
  switch (value.type) {
    case 'words':
      return (
        <>
          <LanguageSelect value={value.language} onChange={(language) => onChange({ ...value, language })} />
          <Textarea
            size="xs"
            label={t('moderation.rules.words')}
            value={value.words.join('\n')}
            onChange={(e) => onChange({ ...value, words: e.currentTarget.value.split('\n') })}
            autosize
            minRows={3}
            data-testid="moderation-condition-words"
          />
        </>
      );
    case 'pattern':
      return (
        <>
          <LanguageSelect value={value.language} onChange={(language) => onChange({ ...value, language })} />
          <TextInput
            size="xs"
            label={t('moderation.rules.pattern')}
            value={value.pattern}
            onChange={(e) => onChange({ ...value, pattern: e.currentTarget.value })}
            ff="monospace"
          />
          <Checkbox
            size="xs"
            label={t('moderation.rules.ignoreCase')}
            checked={value.flags === 'i'}
            onChange={(e) => onChange({ ...value, flags: e.currentTarget.checked ? 'i' : '' })}
          />
        </>
      );
    case 'authors':
      return (
        <Textarea
          size="xs"
          label={t('moderation.rules.handles')}
          value={value.handles.join('\n')}
          onChange={(e) => onChange({ ...value, handles: e.currentTarget.value.split('\n') })}
          autosize
          minRows={3}
        />
      );
    case 'flooding':
      return (
        <Group grow>
          <NumberInput
            size="xs"
            label={t('moderation.rules.maxItems')}
            min={1}
            max={1000}
            value={value.maxItems}
            onChange={(v) => onChange({ ...value, maxItems: toNumber(v, 1) })}
          />
          <NumberInput
            size="xs"
            label={t('moderation.rules.withinMinutes')}
            min={1}
            max={7 * 24 * 60}
            value={value.withinMinutes}
            onChange={(v) => onChange({ ...value, withinMinutes: toNumber(v, 1) })}
          />
        </Group>
      );
    case 'classifier':
      return (
        <Stack gap="xs">
          <MultiSelect
            size="xs"
            label={t('moderation.rules.intent')}
            value={value.intent ?? []}
            onChange={(intent) => onChange({ ...value, intent })}
            data={INTENTS.map((i) => ({ value: i, label: t(`inbox.intent.${i}`, { defaultValue: i }) }))}
          />
          <Group grow>
            <Select
              size="xs"
              label={t('moderation.rules.minSeverity')}
              value={value.minSeverity ?? null}
              onChange={(v) => onChange({ ...value, minSeverity: (v as Severity | null) ?? undefined })}
              clearable
              data={SEVERITIES.map((s) => ({ value: s, label: t(`moderation.severity.${s}`) }))}
            />
            <NumberInput
              size="xs"
              label={t('moderation.rules.maxSentimentScore')}
              min={-1}
              max={1}
              step={0.1}
              decimalScale={2}
              value={value.maxSentimentScore ?? ''}
              onChange={(v) => onChange({ ...value, maxSentimentScore: v === '' ? undefined : toNumber(v, 0) })}
            />
          </Group>
          <Group gap="md">
            {(['offensive', 'personalData', 'hasLink'] as const).map((flag) => (
              <Checkbox
                key={flag}
                size="xs"
                label={t(`moderation.rules.${flag}`)}
                checked={value[flag] === true}
                onChange={(e) => onChange({ ...value, [flag]: e.currentTarget.checked || undefined })}
              />
            ))}
          </Group>
        </Stack>
      );
  }
}
