/** The version in force, read-only, in one language at a time: what a moderator cites. */
import { Alert, Badge, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types';
import { GUIDELINE_LANGUAGES, type GuidelineVersion } from './guidelines.types';

export function PublishedGuidelinesView({ version, language }: { version: GuidelineVersion; language: Language }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Language>(language);
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="guidelines-published">
      <Stack gap="md">
        <Alert variant="light" color="gray">
          {t('guidelines.readOnly')}
        </Alert>
        <SegmentedControl
          data={GUIDELINE_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          value={shown}
          onChange={(v) => setShown(v as Language)}
          w="fit-content"
        />
        {version.intro[shown] && (
          <Text size="sm" lang={shown} style={{ whiteSpace: 'pre-wrap' }}>
            {version.intro[shown]}
          </Text>
        )}
        {version.rules.map((rule) => (
          <Stack key={rule.key} gap={4} data-testid="guideline-rule-row" data-key={rule.key}>
            <Group gap="xs" wrap="nowrap">
              <Title order={3} size="h5" lang={shown}>
                {rule.number}. {rule.title[shown]}
              </Title>
              <Badge variant="outline" color="gray" size="sm">
                {rule.key}
              </Badge>
            </Group>
            <Text size="sm" lang={shown} style={{ whiteSpace: 'pre-wrap' }}>
              {rule.explanation[shown]}
            </Text>
            <Text size="xs" c="dimmed">
              {t('guidelines.rules.action')}: {t(`guidelines.actions.${rule.defaultAction}`)}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
