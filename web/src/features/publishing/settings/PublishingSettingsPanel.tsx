/** Publishing settings: approval and who approves, what a blackout does, the global pause, posting slots. */
import {
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  Loader,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../api/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatLocale } from '../../../i18n';
import { formatDateTime } from '../../../lib/time';
import { useWorkspace } from '../../shell/workspace-context';
import { PUBLISHING_ADMINS } from '../calendar/PausedBanner';
import {
  type BlackoutPolicy,
  type PublishingSettings,
  usePausePublishing,
  usePublishingSettings,
  useResumePublishing,
  useSaveSettings,
} from '../settings.api';
import { SlotsEditor } from './SlotsEditor';

type Editable = Omit<PublishingSettings, 'paused'>;

export function PublishingSettingsPanel() {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const settings = usePublishingSettings(workspace.id);
  const save = useSaveSettings(workspace.id);
  const pause = usePausePublishing(workspace.id);
  const resume = useResumePublishing(workspace.id);
  const canEdit = workspace.roles.some((role) => PUBLISHING_ADMINS.includes(role));
  // Local edits over the server's values until saved.
  const [edits, setEdits] = useState<Editable | null>(null);
  const [saved, setSaved] = useState(false);
  const [reason, setReason] = useState('');

  if (!settings.data) return settings.error ? <ErrorAlert error={settings.error} /> : <Loader />;
  const form: Editable = edits ?? {
    requireApproval: settings.data.requireApproval,
    approverRoles: settings.data.approverRoles,
    blackoutPolicy: settings.data.blackoutPolicy,
  };
  const paused = settings.data.paused;
  const edit = (changes: Partial<Editable>) => {
    setSaved(false);
    setEdits({ ...form, ...changes });
  };

  return (
    <Stack gap="lg" maw={820} data-testid="publishing-settings">
      {!canEdit && <Alert variant="light">{t('publishing.settings.readOnly')}</Alert>}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('publishing.settings.approval')}
          </Title>
          <Switch
            label={t('publishing.settings.requireApproval')}
            checked={form.requireApproval}
            disabled={!canEdit}
            onChange={(e) => edit({ requireApproval: e.currentTarget.checked })}
            data-testid="settings-require-approval"
          />
          <Checkbox.Group
            label={t('publishing.settings.approverRoles')}
            value={form.approverRoles}
            onChange={(value) => edit({ approverRoles: value as Role[] })}
          >
            <Group gap="md" mt={4}>
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`roles.${role}`)} disabled={!canEdit} />
              ))}
            </Group>
          </Checkbox.Group>
          <Radio.Group
            label={t('publishing.settings.blackoutPolicy')}
            value={form.blackoutPolicy}
            onChange={(value) => edit({ blackoutPolicy: value as BlackoutPolicy })}
          >
            <Stack gap={6} mt={4}>
              {(['move_to_end', 'await_reapproval'] as const).map((policy) => (
                <Radio
                  key={policy}
                  value={policy}
                  label={t(`publishing.settings.policy.${policy}`)}
                  disabled={!canEdit}
                  data-testid={`settings-policy-${policy}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          {canEdit && (
            <Group>
              <Button
                loading={save.isPending}
                disabled={form.approverRoles.length === 0}
                onClick={() =>
                  save.mutate(form, {
                    onSuccess: () => {
                      setEdits(null);
                      setSaved(true);
                    },
                  })
                }
                data-testid="settings-save"
              >
                {t('publishing.settings.save')}
              </Button>
              {saved && (
                <Text size="sm" c="teal">
                  {t('publishing.settings.saved')}
                </Text>
              )}
            </Group>
          )}
          <ErrorAlert error={save.error} />
        </Stack>
      </Paper>

      <Paper withBorder p="md" data-testid="settings-pause">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('publishing.settings.pause.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('publishing.settings.pause.intro')}
          </Text>
          {paused ? (
            <>
              <Alert color="red" variant="light" data-testid="publishing-paused-settings">
                {t('publishing.settings.pause.pausedSince', {
                  when: formatDateTime(paused.at, formatLocale(i18n.resolvedLanguage), workspace.timeZone),
                  who: paused.by?.name ?? t('publishing.settings.pause.someone'),
                  reason: paused.reason,
                })}
              </Alert>
              {canEdit && (
                <Group>
                  <Button
                    color="teal"
                    loading={resume.isPending}
                    onClick={() => resume.mutate()}
                    data-testid="settings-resume"
                  >
                    {t('publishing.settings.pause.resume')}
                  </Button>
                </Group>
              )}
            </>
          ) : (
            canEdit && (
              <Group align="flex-end">
                <TextInput
                  label={t('publishing.settings.pause.reason')}
                  value={reason}
                  maxLength={500}
                  onChange={(e) => setReason(e.currentTarget.value)}
                  style={{ flex: 1 }}
                  data-testid="settings-pause-reason"
                />
                <Button
                  color="red"
                  loading={pause.isPending}
                  disabled={!reason.trim()}
                  onClick={() => pause.mutate(reason.trim(), { onSuccess: () => setReason('') })}
                  data-testid="settings-pause"
                >
                  {t('publishing.settings.pause.pause')}
                </Button>
              </Group>
            )
          )}
          <ErrorAlert error={pause.error ?? resume.error} />
        </Stack>
      </Paper>

      <Divider />
      <SlotsEditor canEdit={canEdit} />
    </Stack>
  );
}
