/** What the live check found in the draft: spelling (click a suggestion to replace), tone, sensitive words. */
import { Badge, Group, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { toneMessage } from './compose-text';
import type { ComposeCheck, SpellingIssue } from './inbox.types';

export function ComposeChecks({
  check,
  checking,
  onReplace,
}: {
  check: ComposeCheck | null;
  checking: boolean;
  onReplace: (issue: SpellingIssue, replacement: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  if (!check) {
    return checking ? (
      <Text size="xs" c="dimmed">
        {t('inbox.composer.checking')}
      </Text>
    ) : null;
  }
  const nothing = check.spelling.length === 0 && check.tone.length === 0 && check.sensitive.length === 0;
  return (
    <Stack gap={6} data-testid="compose-checks" aria-live="polite">
      {nothing && (
        <Text size="xs" c="teal.8">
          {t('inbox.composer.allGood')}
        </Text>
      )}
      {check.spelling.length > 0 && (
        <Group gap={4} wrap="wrap">
          <Text size="xs" fw={600}>
            {t('inbox.composer.spelling')}:
          </Text>
          {check.spelling.map((issue) => (
            <Menu key={`${issue.start}-${issue.word}`} shadow="md" position="top-start">
              <Menu.Target>
                <Badge
                  component="button"
                  type="button"
                  size="sm"
                  color="red"
                  variant="light"
                  style={{ cursor: 'pointer', border: 0, textDecoration: 'underline wavy' }}
                  data-testid="spelling-issue"
                  data-word={issue.word}
                >
                  {issue.word}
                </Badge>
              </Menu.Target>
              <Menu.Dropdown>
                {issue.suggestions.length === 0 ? (
                  <Menu.Label>{t('inbox.composer.noSuggestions')}</Menu.Label>
                ) : (
                  issue.suggestions.slice(0, 6).map((suggestion) => (
                    <Menu.Item
                      key={suggestion}
                      onClick={() => onReplace(issue, suggestion)}
                      aria-label={t('inbox.composer.replaceWith', { word: issue.word, suggestion })}
                      data-testid="spelling-suggestion"
                    >
                      {suggestion}
                    </Menu.Item>
                  ))
                )}
              </Menu.Dropdown>
            </Menu>
          ))}
        </Group>
      )}
      {check.tone.length > 0 && (
        <Stack gap={2} data-testid="tone-findings">
          <Text size="xs" fw={600}>
            {t('inbox.composer.tone')}
          </Text>
          {check.tone.map((finding, index) => (
            <Text
              key={`${finding.rule}-${index}`}
              size="xs"
              c={finding.severity === 'warning' ? 'orange.8' : 'dimmed'}
              data-testid="tone-finding"
              data-rule={finding.rule}
            >
              • {toneMessage(finding, language)}
            </Text>
          ))}
        </Stack>
      )}
      {check.sensitive.length > 0 && (
        <Group gap={4} wrap="wrap" data-testid="sensitive-findings">
          <Text size="xs" fw={600}>
            {t('inbox.composer.sensitive')}:
          </Text>
          {check.sensitive.map((s) => (
            <Badge key={`${s.start}-${s.term}`} size="sm" color="grape" variant="light" title={s.reason}>
              {s.term}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
