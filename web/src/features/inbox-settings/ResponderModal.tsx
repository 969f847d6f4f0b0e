/** Edit one responder: languages, channels (none = all), duty, training, max open conversations, manager. */
import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Switch } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Channel, LANGUAGES, type Member } from '../../api/types';
import { FormError } from './FormError';
import { useSaveResponder } from './inbox-settings.api';
import type { Responder, ResponderInput } from './inbox-settings.types';

export const responderInput = (r: Responder): ResponderInput => ({
  languages: r.languages,
  channelIds: r.channelIds,
  onDuty: r.onDuty,
  inTraining: r.inTraining,
  maxOpen: r.maxOpen,
  managerId: r.managerId,
});

export function ResponderModal({
  responder,
  members,
  channels,
  workspaceId,
  onClose,
}: {
  responder: Responder;
  members: Member[];
  channels: Channel[];
  workspaceId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveResponder(workspaceId);
  const [form, setForm] = useState<ResponderInput>(() => responderInput(responder));
  const set = (patch: Partial<ResponderInput>) => setForm((f) => ({ ...f, ...patch }));
  // Managers are people with the manager or admin role.
  const managers = members.filter(
    (m) => m.id !== responder.userId && !m.disabled && m.roles.some((role) => role === 'manager' || role === 'admin'),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ userId: responder.userId, body: form }, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('inboxSettings.responders.editTitle', { name: responder.name })}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={save.error} />
          <MultiSelect
            label={t('inboxSettings.responders.languages')}
            data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            value={form.languages}
            onChange={(languages) => set({ languages })}
            error={form.languages.length === 0 ? t('inboxSettings.responders.needLanguage') : undefined}
            data-testid="responder-languages"
          />
          <MultiSelect
            label={t('inboxSettings.responders.channels')}
            placeholder={t('inboxSettings.responders.allChannels')}
            data={channels.map((c) => ({ value: c.id, label: c.name }))}
            value={form.channelIds}
            onChange={(channelIds) => set({ channelIds })}
            clearable
          />
          <Switch
            label={t('inboxSettings.responders.onDuty')}
            checked={form.onDuty}
            onChange={(e) => set({ onDuty: e.currentTarget.checked })}
          />
          <Switch
            label={t('inboxSettings.responders.inTraining')}
            description={t('inboxSettings.responders.inTrainingHint')}
            checked={form.inTraining}
            onChange={(e) => set({ inTraining: e.currentTarget.checked })}
            data-testid="responder-training"
          />
          <NumberInput
            label={t('inboxSettings.responders.maxOpen')}
            description={t('inboxSettings.responders.maxOpenHint')}
            min={1}
            max={1000}
            value={form.maxOpen}
            onChange={(v) => typeof v === 'number' && v > 0 && set({ maxOpen: Math.round(v) })}
            w={200}
            data-testid="responder-max-open"
          />
          <Select
            label={t('inboxSettings.responders.manager')}
            data={[
              { value: '', label: t('inboxSettings.responders.noManager') },
              ...managers.map((m) => ({ value: m.id, label: m.name })),
            ]}
            value={form.managerId ?? ''}
            onChange={(v) => set({ managerId: v || null })}
            allowDeselect={false}
            searchable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('inboxSettings.cancel')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={form.languages.length === 0}
              data-testid="responder-save"
            >
              {t('inboxSettings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
