/** Create or edit a blackout window: when (local start, duration, zone, repeat or a raw RRULE), why, and where. */
import { Button, Group, Modal, NumberInput, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatLocale } from '../../../i18n';
import { useChannels } from '../../channels/channels.api';
import { useWorkspace } from '../../shell/workspace-context';
import { type BlackoutInput, type BlackoutWindow, useCreateBlackout, useUpdateBlackout } from '../blackouts.api';
import { describeRecurrence, presetOfRule, type RepeatPreset, ruleForPreset } from './rrule-words';

const PRESETS: RepeatPreset[] = ['none', 'yearly', 'monthly', 'weekly', 'daily', 'custom'];
const ALL_CHANNELS = '';

function timeZones(current: string): string[] {
  try {
    const zones = Intl.supportedValuesOf('timeZone');
    return zones.includes(current) ? zones : [current, ...zones];
  } catch {
    return [current];
  }
}

export function BlackoutForm({
  window: editing,
  initial,
  onClose,
}: {
  window: BlackoutWindow | null;
  initial?: Partial<BlackoutInput>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const channels = useChannels(workspace.id);
  const create = useCreateBlackout(workspace.id);
  const update = useUpdateBlackout(workspace.id);
  const source = { ...initial, ...(editing ?? {}) };
  // Only the fields the API takes (a template or a stored window carries more).
  const start: BlackoutInput = {
    channelId: source.channelId ?? null,
    title: source.title ?? '',
    reason: source.reason ?? '',
    startsLocal: source.startsLocal ?? `${new Date().toISOString().slice(0, 10)}T12:00`,
    durationMinutes: source.durationMinutes ?? 60,
    timeZone: source.timeZone ?? workspace.timeZone,
    rrule: source.rrule ?? null,
    enabled: source.enabled ?? true,
  };
  const [form, setForm] = useState<BlackoutInput>(start);
  const [preset, setPreset] = useState<RepeatPreset>(presetOfRule(start.rrule, start.startsLocal));
  const set = (changes: Partial<BlackoutInput>) => setForm((f) => ({ ...f, ...changes }));
  const rrule = preset === 'custom' ? form.rrule?.trim() || null : ruleForPreset(preset, form.startsLocal);
  const words = describeRecurrence({ ...form, rrule }, formatLocale(i18n.resolvedLanguage), (key, options) =>
    t(`publishing.${key}`, options ?? {}),
  );
  const saving = create.isPending || update.isPending;

  const submit = () => {
    const body: BlackoutInput = { ...form, title: form.title.trim(), reason: form.reason.trim(), rrule };
    if (editing) update.mutate({ id: editing.id, ...body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(editing ? 'publishing.blackouts.form.editTitle' : 'publishing.blackouts.form.createTitle')}
    >
      <Stack gap="sm" data-testid="blackout-form">
        <TextInput
          required
          label={t('publishing.blackouts.form.title')}
          value={form.title}
          maxLength={200}
          onChange={(e) => set({ title: e.currentTarget.value })}
          data-testid="blackout-title"
        />
        <Textarea
          label={t('publishing.blackouts.form.reason')}
          description={t('publishing.blackouts.form.reasonHelp')}
          value={form.reason}
          autosize
          minRows={2}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          data-testid="blackout-reason"
        />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            required
            label={t('publishing.blackouts.form.startsLocal')}
            value={form.startsLocal}
            onChange={(e) => set({ startsLocal: e.currentTarget.value.slice(0, 16) })}
            data-testid="blackout-starts"
          />
          <NumberInput
            required
            label={t('publishing.blackouts.form.duration')}
            min={1}
            max={20160}
            value={form.durationMinutes}
            onChange={(value) => set({ durationMinutes: Number(value) || 1 })}
            data-testid="blackout-duration"
          />
        </Group>
        <Group grow align="flex-start">
          <Select
            searchable
            label={t('publishing.blackouts.form.timeZone')}
            value={form.timeZone}
            onChange={(value) => value && set({ timeZone: value })}
            data={timeZones(form.timeZone)}
            data-testid="blackout-timezone"
          />
          <Select
            label={t('publishing.blackouts.form.scope')}
            value={form.channelId ?? ALL_CHANNELS}
            onChange={(value) => set({ channelId: value ? value : null })}
            data={[
              { value: ALL_CHANNELS, label: t('publishing.blackouts.scopeAll') },
              ...(channels.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
            data-testid="blackout-scope"
          />
        </Group>
        <Select
          label={t('publishing.blackouts.form.repeat')}
          value={preset}
          onChange={(value) => {
            if (!value) return;
            if (value === 'custom') set({ rrule: rrule ?? '' });
            setPreset(value as RepeatPreset);
          }}
          data={PRESETS.map((value) => ({ value, label: t(`publishing.blackouts.repeat.${value}`) }))}
          data-testid="blackout-repeat"
        />
        {preset === 'custom' && (
          <TextInput
            label={t('publishing.blackouts.form.rrule')}
            description={t('publishing.blackouts.form.rruleHelp')}
            value={form.rrule ?? ''}
            onChange={(e) => set({ rrule: e.currentTarget.value })}
            ff="monospace"
            data-testid="blackout-rrule"
          />
        )}
        <Text size="sm" c="dimmed" data-testid="blackout-words">
          {words ? t('publishing.blackouts.form.inWords', { words }) : t('publishing.blackouts.form.noWords')}
        </Text>
        <Switch
          label={t('publishing.blackouts.form.enabled')}
          checked={form.enabled}
          onChange={(e) => set({ enabled: e.currentTarget.checked })}
        />
        <ErrorAlert error={create.error ?? update.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('publishing.blackouts.form.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={saving}
            disabled={!form.title.trim() || !form.startsLocal}
            data-testid="blackout-save"
          >
            {t('publishing.blackouts.form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
