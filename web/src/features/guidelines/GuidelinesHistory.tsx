/** Every published version with its date, who published it and what changed; each links to its public page. */
import { Anchor, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types';
import { formatLocale } from '../../i18n';
import { formatDate } from '../../lib/time';
import type { GuidelineHistoryEntry } from './guidelines.types';

export function GuidelinesHistory({
  history,
  publicUrl,
  timeZone,
  language,
}: {
  history: GuidelineHistoryEntry[];
  publicUrl: string;
  timeZone: string;
  language: Language;
}) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage);
  const latest = history[0]?.version;
  const href = (version: number) =>
    `${publicUrl}${version === latest ? '' : `/v/${version}`}?lang=${encodeURIComponent(language)}`;
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="guidelines-history">
      <Title order={2} size="h5" mb="sm">
        {t('guidelines.history.title')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('guidelines.history.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {history.map((h) => {
            const note = h.changeNote[language] || h.changeNote.en || h.changeNote.sv || h.changeNote.nl;
            return (
              <Timeline.Item
                key={h.id}
                data-testid="guidelines-history-entry"
                title={t('guidelines.history.entry', {
                  version: h.version,
                  date: formatDate(h.publishedAt, locale, timeZone),
                })}
              >
                <Stack gap={2}>
                  <Text size="sm" lang={note ? language : undefined}>
                    {note || (h.version === 1 ? t('guidelines.history.firstVersion') : t('guidelines.history.noNote'))}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {h.publishedBy && `${t('guidelines.history.by', { name: h.publishedBy.name })} · `}
                    <Anchor href={href(h.version)} target="_blank" rel="noopener noreferrer" size="xs">
                      {t('guidelines.history.view')}
                    </Anchor>
                  </Text>
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
