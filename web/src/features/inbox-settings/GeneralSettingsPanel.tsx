/** Business hours, approval policy, auto-assignment, SLA warning threshold and the out-of-hours acknowledgement. */
import {
  Alert,
  Button,
  Divider,
  Group,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Workspace } from '../../api/types';
import { IconCheck } from '../../components/icons';
import { BusinessHoursEditor, intervalValid } from './BusinessHoursEditor';
import { FormError } from './FormError';
import { useSaveInboxSettings } from './inbox-settings.api';
import { APPROVAL_POLICIES, type InboxSettings, type InboxSettingsInput, WEEKDAYS } from './inbox-settings.types';

/** The writable fields only: the server rejects unknown ones (updatedAt, webhookSecretSet) and empty texts. */
export function toInput(settings: InboxSettings): InboxSettingsInput {
  const texts = Object.fromEntries(
    Object.entries(settings.outOfHoursTexts).filter(([, text]) => typeof text === 'string' && text.trim() !== ''),
  );
  return {
    businessHours: settings.businessHours,
    approvalPolicy: settings.approvalPolicy,
    autoAssign: settings.autoAssign,
    warningRatio: settings.warningRatio,
    outOfHoursAck: settings.outOfHoursAck,
    outOfHoursTexts: texts,
    webhookUrl: settings.webhookUrl,
  };
}

export function GeneralSettingsPanel({
  workspace,
  settings,
  readOnly,
}: {
  workspace: Workspace;
  settings: InboxSettings;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const save = useSaveInboxSettings(workspace.id);
  const [form, setForm] = useState<InboxSettingsInput>(() => toInput(settings));
  const [dirty, setDirty] = useState(false);
  const set = (patch: Partial<InboxSettingsInput>) => {
    setForm((f) => ({ ...f, ...patch }));
    setDirty(true);
  };

  const hoursValid =
    WEEKDAYS.every((d) => (form.businessHours.days[d] ?? []).every(intervalValid)) &&
    form.businessHours.closedDates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  const textsMissing = form.outOfHoursAck && LANGUAGES.some((l) => !form.outOfHoursTexts[l]?.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (readOnly || !hoursValid || textsMissing) return;
    // The webhook is edited in its own tab; send the stored values so this form does not change them.
    save.mutate(
      { ...toInput({ ...settings, ...form }), webhookUrl: settings.webhookUrl },
      { onSuccess: () => setDirty(false) },
    );
  };

  return (
    <Paper withBorder radius="lg" p="lg" component="form" onSubmit={submit} noValidate data-testid="general-settings">
      <Stack gap="lg">
        <FormError error={save.error} />
        {save.isSuccess && !dirty && (
          <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="inbox-settings-saved">
            {t('inboxSettings.saved')}
          </Alert>
        )}
        <BusinessHoursEditor
          value={form.businessHours}
          onChange={(businessHours) => set({ businessHours })}
          country={workspace.country}
          timeZone={form.businessHours.timeZone || workspace.timeZone}
          readOnly={readOnly}
        />
        <Divider />
        <Radio.Group
          label={
            <Title order={3} size="h5">
              {t('inboxSettings.approval.title')}
            </Title>
          }
          value={form.approvalPolicy}
          onChange={(v) => set({ approvalPolicy: v as InboxSettingsInput['approvalPolicy'] })}
          data-testid="approval-policy"
        >
          <Stack gap="sm" mt="xs">
            {APPROVAL_POLICIES.map((policy) => (
              <Radio
                key={policy}
                value={policy}
                label={t(`inboxSettings.approval.${policy}`)}
                description={t(`inboxSettings.approval.${policy}Hint`)}
                disabled={readOnly}
                data-testid={`approval-${policy}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Divider />
        <Switch
          label={t('inboxSettings.autoAssign')}
          description={t('inboxSettings.autoAssignHint')}
          checked={form.autoAssign}
          onChange={(e) => set({ autoAssign: e.currentTarget.checked })}
          disabled={readOnly}
          data-testid="auto-assign"
        />
        <NumberInput
          label={t('inboxSettings.warningRatio')}
          description={t('inboxSettings.warningRatioHint')}
          suffix=" %"
          min={5}
          max={95}
          step={5}
          maw={360}
          value={Math.round(form.warningRatio * 100)}
          onChange={(v) => typeof v === 'number' && set({ warningRatio: Math.min(0.95, Math.max(0.05, v / 100)) })}
          disabled={readOnly}
          data-testid="warning-ratio"
        />
        <Divider />
        <Stack gap="sm">
          <Switch
            label={t('inboxSettings.outOfHours.title')}
            description={t('inboxSettings.outOfHours.hint')}
            checked={form.outOfHoursAck}
            onChange={(e) => set({ outOfHoursAck: e.currentTarget.checked })}
            disabled={readOnly}
            data-testid="out-of-hours-ack"
          />
          {form.outOfHoursAck &&
            LANGUAGES.map((language) => (
              <Textarea
                key={language}
                lang={language}
                label={t('inboxSettings.outOfHours.text', { language: t(`languages.${language}`) })}
                autosize
                minRows={2}
                maxLength={1000}
                value={form.outOfHoursTexts[language] ?? ''}
                onChange={(e) =>
                  set({ outOfHoursTexts: { ...form.outOfHoursTexts, [language]: e.currentTarget.value } })
                }
                disabled={readOnly}
                error={!form.outOfHoursTexts[language]?.trim() ? t('inboxSettings.outOfHours.missing') : undefined}
                data-testid={`out-of-hours-${language}`}
              />
            ))}
        </Stack>
        {readOnly ? (
          <Text size="sm" c="dimmed">
            {t('inboxSettings.readOnly')}
          </Text>
        ) : (
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!dirty || !hoursValid || textsMissing}
              data-testid="inbox-settings-save"
            >
              {t('inboxSettings.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
