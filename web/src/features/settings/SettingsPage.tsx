import { Alert, Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconCheck } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { useWorkspace } from '../shell/workspace-context';
import { useUpdateWorkspace } from './settings.api';

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function SettingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const update = useUpdateWorkspace(workspace.id);
  const [name, setName] = useState(workspace.name);
  const [timeZone, setTimeZone] = useState(workspace.timeZone);
  const [defaultLanguage, setDefaultLanguage] = useState<Language>(workspace.defaultLanguage);
  const zones = useMemo(
    () => timeZones(workspace.timeZone).map((z) => ({ value: z, label: z.replaceAll('_', ' ') })),
    [workspace.timeZone],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name: name.trim(), timeZone, defaultLanguage });
  };
  const changed =
    name.trim() !== workspace.name || timeZone !== workspace.timeZone || defaultLanguage !== workspace.defaultLanguage;

  return (
    <Stack gap={0} maw={720} mx="auto" data-testid="settings-page">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit} noValidate>
        <Stack>
          {update.error && <ErrorAlert error={update.error} />}
          {update.isSuccess && !changed && (
            <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="settings-saved">
              {t('common.saved')}
            </Alert>
          )}
          <TextInput
            label={t('settings.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            data-testid="settings-name"
          />
          <Select
            label={t('settings.timeZone')}
            description={t('settings.timeZoneHint')}
            placeholder={t('settings.searchTimeZone')}
            data={zones}
            value={timeZone}
            onChange={(v) => v && setTimeZone(v)}
            searchable
            allowDeselect={false}
            nothingFoundMessage="—"
            limit={100}
            data-testid="settings-timezone"
          />
          <Select
            label={t('settings.defaultLanguage')}
            description={t('settings.defaultLanguageHint')}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            value={defaultLanguage}
            onChange={(v) => v && setDefaultLanguage(v as Language)}
            allowDeselect={false}
            data-testid="settings-language"
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={update.isPending}
              disabled={!changed || !name.trim()}
              data-testid="settings-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
