/** Tone-of-voice guide per language (and optionally per channel), edited as a form over the ToneGuide JSON shape. */
import { Alert, Center, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChannels } from '../channels/channels.api';
import { useToneGuide } from './inbox-settings.api';
import { ToneGuideForm } from './ToneGuideForm';

export function ToneGuidePanel({ workspace, canEdit }: { workspace: Workspace; canEdit: boolean }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(workspace.defaultLanguage);
  const [channelId, setChannelId] = useState<string | null>(null);
  const channels = useChannels(workspace.id);
  const guide = useToneGuide(workspace.id, language, channelId);

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="tone-guides">
      <Title order={3} size="h5">
        {t('inboxSettings.tone.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('inboxSettings.tone.hint')}
      </Text>
      <Group mb="md" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('inboxSettings.tone.language')}
          </Text>
          <SegmentedControl
            data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            value={language}
            onChange={(v) => setLanguage(v as Language)}
            data-testid="tone-language"
          />
        </Stack>
        <Select
          label={t('inboxSettings.tone.channel')}
          data={[
            { value: '', label: t('inboxSettings.tone.allChannels') },
            ...(channels.data ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
          value={channelId ?? ''}
          onChange={(v) => setChannelId(v || null)}
          allowDeselect={false}
          w={260}
        />
      </Group>
      {guide.isPending ? (
        <Center py="lg">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : guide.error ? (
        <ErrorAlert error={guide.error} />
      ) : (
        <>
          {!canEdit && (
            <Alert variant="light" color="gray" mb="md">
              {t('inboxSettings.readOnly')}
            </Alert>
          )}
          {/* Keyed so switching language or channel starts from that guide. */}
          <ToneGuideForm
            key={`${language}|${channelId ?? ''}|${guide.dataUpdatedAt}`}
            workspaceId={workspace.id}
            language={language}
            channelId={channelId}
            guide={{ ...guide.data, language }}
            readOnly={!canEdit}
          />
        </>
      )}
    </Paper>
  );
}
