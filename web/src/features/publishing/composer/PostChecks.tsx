/** What the pre-publish check found in one variant (spelling, sensitive wording, tone, a missing link) and about the time. */
import { Alert, Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, formatLocale } from '../../../i18n';
import { toneMessage } from '../../inbox/compose-text';
import type { SpellingIssue } from '../../inbox/inbox.types';
import type { TimingCheck, VariantCheck } from '../posts.types';

export function VariantChecks({
  check,
  onReplace,
}: {
  check: VariantCheck;
  onReplace: (issue: SpellingIssue, replacement: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const blocking = check.blocking ?? [];
  const clean =
    blocking.length === 0 &&
    check.spelling.length === 0 &&
    check.sensitive.length === 0 &&
    check.tone.length === 0 &&
    !check.announcement.needsLink;
  return (
    <Stack gap={6} aria-live="polite" data-testid={`variant-checks-${check.channelId}`}>
      {clean && (
        <Text size="xs" c="teal.8">
          {t('publishing.editor.checksClean')}
        </Text>
      )}
      {blocking.map((problem) => (
        <Text key={problem.code} size="xs" c="red.7" fw={600} data-testid="check-blocking">
          {problem.message}
        </Text>
      ))}
      {check.spelling.length > 0 && (
        <Stack gap={2} data-testid="check-spelling">
          <Text size="xs" fw={600}>
            {t('publishing.editor.spelling')}
          </Text>
          {check.spelling.map((issue) => (
            <Group
              key={`${issue.start}-${issue.word}`}
              gap={6}
              data-testid="check-spelling-issue"
              data-word={issue.word}
            >
              <Badge size="sm" color="red" variant="light" style={{ textDecoration: 'underline wavy' }}>
                {issue.word}
              </Badge>
              {issue.suggestions.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('publishing.editor.noSuggestions')}
                </Text>
              ) : (
                issue.suggestions.slice(0, 5).map((suggestion) => (
                  <Anchor
                    key={suggestion}
                    component="button"
                    type="button"
                    size="xs"
                    onClick={() => onReplace(issue, suggestion)}
                    aria-label={t('publishing.editor.replaceWith', { word: issue.word, suggestion })}
                    data-testid="check-spelling-suggestion"
                  >
                    {suggestion}
                  </Anchor>
                ))
              )}
            </Group>
          ))}
        </Stack>
      )}
      {check.sensitive.length > 0 && (
        <Group gap={4} data-testid="check-sensitive">
          <Text size="xs" fw={600}>
            {t('publishing.editor.sensitive')}:
          </Text>
          {check.sensitive.map((s) => (
            <Badge key={`${s.start}-${s.term}`} size="sm" color="grape" variant="light" title={s.reason}>
              {s.term}
            </Badge>
          ))}
        </Group>
      )}
      {check.tone.length > 0 && (
        <Stack gap={2} data-testid="check-tone">
          <Text size="xs" fw={600}>
            {t('publishing.editor.tone')}
          </Text>
          {check.tone.map((finding, index) => (
            <Text key={`${finding.rule}-${index}`} size="xs" c={finding.severity === 'warning' ? 'orange.8' : 'dimmed'}>
              • {toneMessage(finding, language)}
            </Text>
          ))}
        </Stack>
      )}
      {check.announcement.needsLink && (
        <Text size="xs" c="orange.8" data-testid="check-announcement">
          {check.announcement.websiteUrl
            ? t('publishing.editor.needsLinkTo', { url: check.announcement.websiteUrl })
            : t('publishing.editor.needsLink')}
        </Text>
      )}
    </Stack>
  );
}

/** "Inside the blackout window Dodenherdenking; it will be published at 20:05", and the pause. */
export function TimingChecks({ timing, timeZone }: { timing: TimingCheck; timeZone: string }) {
  const { t, i18n } = useTranslation();
  if (!timing.blackout && !timing.paused) return null;
  const locale = formatLocale(i18n.resolvedLanguage);
  const at = (iso: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(new Date(iso));
  return (
    <Alert color="orange" variant="light" data-testid="check-timing">
      <Stack gap={4}>
        {timing.blackout && (
          <>
            <Text size="sm" fw={600}>
              {t('publishing.editor.insideBlackout', {
                title: timing.blackout.title,
                time: time(timing.blackout.movedTo),
                date: at(timing.blackout.movedTo),
              })}
            </Text>
            <Text size="xs">
              {t('publishing.editor.blackoutSpan', {
                start: at(timing.blackout.start),
                end: time(timing.blackout.end),
                reason: timing.blackout.reason,
              })}
            </Text>
          </>
        )}
        {timing.paused && <Text size="sm">{t('publishing.editor.pausedWarning')}</Text>}
      </Stack>
    </Alert>
  );
}
