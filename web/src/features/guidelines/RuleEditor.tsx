/** One rule in the editor: number, key, default action, order buttons and its texts per language. */
import { ActionIcon, Badge, Group, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { icon, IconTrash } from '../../components/icons';
import { missingLanguages, type RuleForm } from './guidelines-form';
import { GUIDELINE_ACTIONS, type GuidelineAction } from './guidelines.types';
import { LanguageTabs } from './LanguageTabs';

const IconUp = icon(['M12 19V5', 'M6 11l6-6 6 6'], 'IconUp');
const IconDown = icon(['M12 5v14', 'M6 13l6 6 6-6'], 'IconDown');

export function RuleEditor({
  rule,
  number,
  isFirst,
  isLast,
  onChange,
  onMove,
  onRemove,
}: {
  rule: RuleForm;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  onChange: (rule: RuleForm) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const missing = missingLanguages(rule);
  return (
    <Paper withBorder radius="md" p="md" data-testid="guideline-rule-row" data-key={rule.key}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Group align="flex-end" gap="sm" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
            <Badge size="lg" variant="light" radius="sm" mb={6}>
              {number}
            </Badge>
            <TextInput
              label={t('guidelines.rules.key')}
              description={t('guidelines.rules.keyHint')}
              value={rule.key}
              onChange={(e) => onChange({ ...rule, key: e.currentTarget.value })}
              w={220}
              data-testid="guideline-rule-key"
            />
            <Select
              label={t('guidelines.rules.action')}
              data={GUIDELINE_ACTIONS.map((a) => ({ value: a, label: t(`guidelines.actions.${a}`) }))}
              value={rule.defaultAction}
              allowDeselect={false}
              onChange={(v) => v && onChange({ ...rule, defaultAction: v as GuidelineAction })}
              w={300}
              data-testid="guideline-rule-action"
            />
          </Group>
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t('guidelines.rules.moveUp', { number })}>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={isFirst}
                onClick={() => onMove(-1)}
                aria-label={t('guidelines.rules.moveUp', { number })}
              >
                <IconUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('guidelines.rules.moveDown', { number })}>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={isLast}
                onClick={() => onMove(1)}
                aria-label={t('guidelines.rules.moveDown', { number })}
              >
                <IconDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('guidelines.rules.remove', { number })}>
              <ActionIcon
                variant="subtle"
                color="red"
                onClick={onRemove}
                aria-label={t('guidelines.rules.remove', { number })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <LanguageTabs
          idPrefix={`rule-${rule.uid}`}
          fields={[
            {
              label: t('guidelines.rules.title'),
              value: rule.title,
              required: true,
              testId: 'guideline-rule-title',
              onChange: (title) => onChange({ ...rule, title }),
            },
            {
              label: t('guidelines.rules.explanation'),
              value: rule.explanation,
              required: true,
              multiline: true,
              testId: 'guideline-rule-explanation',
              onChange: (explanation) => onChange({ ...rule, explanation }),
            },
          ]}
        />
        <Text size="xs" c={missing.length ? 'red' : 'dimmed'}>
          {missing.length
            ? t('guidelines.rules.missing', { languages: missing.map((l) => t(`languages.${l}`)).join(', ') })
            : t('guidelines.rules.complete')}
        </Text>
      </Stack>
    </Paper>
  );
}
