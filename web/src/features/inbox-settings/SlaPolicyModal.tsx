/** Add or edit one response-time policy: conditions (channel, severities, sentiments) and targets. */
import { Button, Checkbox, Group, Modal, MultiSelect, Select, Stack, Switch, TextInput, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../api/types';
import { DurationInput } from './DurationInput';
import { FormError } from './FormError';
import {
  SENTIMENTS,
  SEVERITIES,
  type Sentiment,
  type Severity,
  type SlaPolicy,
  type SlaPolicyInput,
} from './inbox-settings.types';

const EMPTY: SlaPolicyInput = {
  name: '',
  position: 0,
  enabled: true,
  channelId: null,
  severities: null,
  sentiments: null,
  firstResponseMinutes: 240,
  nextResponseMinutes: 240,
  resolutionMinutes: 4320,
  businessHoursOnly: true,
};

export function SlaPolicyModal({
  policy,
  nextPosition,
  channels,
  create,
  update,
  onClose,
}: {
  policy: SlaPolicy | null;
  nextPosition: number;
  channels: Channel[];
  create: UseMutationResult<unknown, Error, SlaPolicyInput>;
  update: UseMutationResult<unknown, Error, { id: string; body: Partial<SlaPolicyInput> }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<SlaPolicyInput>(() => {
    if (!policy) return { ...EMPTY, position: nextPosition };
    const { id: _id, ...rest } = policy;
    void _id;
    return rest;
  });
  const set = (patch: Partial<SlaPolicyInput>) => setForm((f) => ({ ...f, ...patch }));
  const mutation = policy ? update : create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...form, name: form.name.trim() };
    if (policy) update.mutate({ id: policy.id, body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('inboxSettings.sla.editTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={mutation.error} />
          <TextInput
            label={t('inboxSettings.sla.name')}
            required
            maxLength={100}
            value={form.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            data-autofocus
            data-testid="sla-name"
          />
          <Title order={4} size="h6">
            {t('inboxSettings.sla.conditions')}
          </Title>
          <Select
            label={t('inboxSettings.sla.channel')}
            data={[
              { value: '', label: t('inboxSettings.sla.allChannels') },
              ...channels.map((c) => ({ value: c.id, label: c.name })),
            ]}
            value={form.channelId ?? ''}
            onChange={(v) => set({ channelId: v || null })}
            allowDeselect={false}
          />
          <MultiSelect
            label={t('inboxSettings.sla.severities')}
            placeholder={t('inboxSettings.sla.anyValue')}
            data={SEVERITIES.map((s) => ({ value: s, label: t(`inboxSettings.severity.${s}`) }))}
            value={form.severities ?? []}
            onChange={(v) => set({ severities: v.length ? (v as Severity[]) : null })}
            clearable
            data-testid="sla-severities"
          />
          <MultiSelect
            label={t('inboxSettings.sla.sentiments')}
            placeholder={t('inboxSettings.sla.anyValue')}
            data={SENTIMENTS.map((s) => ({ value: s, label: t(`inboxSettings.sentiment.${s}`) }))}
            value={form.sentiments ?? []}
            onChange={(v) => set({ sentiments: v.length ? (v as Sentiment[]) : null })}
            clearable
          />
          <Title order={4} size="h6">
            {t('inboxSettings.sla.targets')}
          </Title>
          <DurationInput
            label={t('inboxSettings.sla.firstResponse')}
            value={form.firstResponseMinutes}
            onChange={(firstResponseMinutes) => set({ firstResponseMinutes })}
            testId="sla-first-response"
          />
          <DurationInput
            label={t('inboxSettings.sla.nextResponse')}
            value={form.nextResponseMinutes}
            onChange={(nextResponseMinutes) => set({ nextResponseMinutes })}
          />
          <Checkbox
            label={t('inboxSettings.sla.noResolution')}
            checked={form.resolutionMinutes === null}
            onChange={(e) => set({ resolutionMinutes: e.currentTarget.checked ? null : 4320 })}
          />
          {form.resolutionMinutes !== null && (
            <DurationInput
              label={t('inboxSettings.sla.resolution')}
              value={form.resolutionMinutes}
              onChange={(resolutionMinutes) => set({ resolutionMinutes })}
            />
          )}
          <Switch
            label={t('inboxSettings.sla.businessHoursOnly')}
            description={t('inboxSettings.sla.businessHoursOnlyHint')}
            checked={form.businessHoursOnly}
            onChange={(e) => set({ businessHoursOnly: e.currentTarget.checked })}
          />
          <Switch
            label={t('inboxSettings.enabled')}
            checked={form.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('inboxSettings.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!form.name.trim()} data-testid="sla-save">
              {t('inboxSettings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
