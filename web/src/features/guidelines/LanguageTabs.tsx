/** One text in Swedish, Dutch and English, a tab per language; an empty language is marked on its tab. */
import { Group, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GUIDELINE_LANGUAGES, type TextMap } from './guidelines.types';

export interface LanguageField {
  label: string;
  value: TextMap;
  onChange: (value: TextMap) => void;
  multiline?: boolean;
  required?: boolean;
  testId?: string;
}

export function LanguageTabs({ fields, idPrefix }: { fields: LanguageField[]; idPrefix: string }) {
  const { t } = useTranslation();
  const missing = (l: (typeof GUIDELINE_LANGUAGES)[number]) => fields.some((f) => f.required && !f.value[l].trim());
  return (
    <Tabs defaultValue="sv" keepMounted={false} variant="outline">
      <Tabs.List>
        {GUIDELINE_LANGUAGES.map((l) => (
          <Tabs.Tab key={l} value={l} id={`${idPrefix}-${l}`} data-testid={`${idPrefix}-tab-${l}`}>
            <Group gap={4} wrap="nowrap">
              {t(`languages.${l}`)}
              {missing(l) && (
                <Text span c="red" fw={700} aria-label={t('guidelines.rules.missing', { languages: l.toUpperCase() })}>
                  •
                </Text>
              )}
            </Group>
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {GUIDELINE_LANGUAGES.map((l) => (
        <Tabs.Panel key={l} value={l} pt="xs">
          {fields.map((f) => {
            const props = {
              label: f.label,
              lang: l,
              value: f.value[l],
              mb: 'xs',
              'data-testid': f.testId ? `${f.testId}-${l}` : undefined,
              onChange: (e: { currentTarget: { value: string } }) =>
                f.onChange({ ...f.value, [l]: e.currentTarget.value }),
            };
            return f.multiline ? (
              <Textarea key={f.label} {...props} autosize minRows={2} maxRows={10} />
            ) : (
              <TextInput key={f.label} {...props} />
            );
          })}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
