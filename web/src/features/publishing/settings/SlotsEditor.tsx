/** Posting slots per channel: a weekday × time list; the queue fills the next free one. */
import { ActionIcon, Alert, Button, Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IconPlus, IconTrash } from '../../../components/icons';
import { formatLocale } from '../../../i18n';
import { useChannels } from '../../channels/channels.api';
import { useWorkspace } from '../../shell/workspace-context';
import { dayLabel } from '../calendar/calendar-format';
import { type PostingSlot, usePostingSlots, useSaveSlots } from '../settings.api';

/** 1 = Monday … 7 = Sunday; 2024-01-01 was a Monday. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const weekdayDay = (weekday: number) => `2024-01-0${weekday}`;

export function sortSlots(slots: PostingSlot[]): PostingSlot[] {
  return [...slots].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

export function SlotsEditor({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const locale = formatLocale(i18n.resolvedLanguage);
  const channels = useChannels(workspace.id);
  const [channelId, setChannelId] = useState<string | null>(null);
  const selected = channelId ?? channels.data?.[0]?.id ?? null;
  const slots = usePostingSlots(workspace.id, selected);
  const save = useSaveSlots(workspace.id);
  // Local edits over the channel's stored slots until saved.
  const [edits, setEdits] = useState<PostingSlot[] | null>(null);
  const [saved, setSaved] = useState(false);
  const draft = edits ?? sortSlots(slots.data ?? []);
  const setDraft = (update: (list: PostingSlot[]) => PostingSlot[]) => setEdits(update(draft));

  const change = (index: number, changes: Partial<PostingSlot>) => {
    setSaved(false);
    setDraft((list) => list.map((slot, i) => (i === index ? { ...slot, ...changes } : slot)));
  };

  return (
    <Stack gap="sm" data-testid="posting-slots">
      <Title order={3} size="h4">
        {t('publishing.settings.slots.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('publishing.settings.slots.intro', { zone: workspace.timeZone })}
      </Text>
      {channels.data?.length === 0 && <Text c="dimmed">{t('publishing.settings.slots.noChannel')}</Text>}
      {selected && (
        <Select
          label={t('publishing.settings.slots.channel')}
          value={selected}
          onChange={(value) => {
            setSaved(false);
            setEdits(null);
            setChannelId(value);
          }}
          data={(channels.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          maw={320}
          data-testid="slots-channel"
        />
      )}
      {slots.isFetching && <Loader size="sm" />}
      <ErrorAlert error={slots.error ?? save.error} />
      {selected && draft.length === 0 && !slots.isFetching && (
        <Text c="dimmed">{t('publishing.settings.slots.empty')}</Text>
      )}
      {draft.map((slot, index) => (
        <Group key={index} gap="xs" data-testid="slot-row">
          <Select
            aria-label={t('publishing.settings.slots.weekday')}
            value={String(slot.weekday)}
            disabled={!canEdit}
            onChange={(value) => value && change(index, { weekday: Number(value) })}
            data={WEEKDAYS.map((weekday) => ({
              value: String(weekday),
              label: dayLabel(weekdayDay(weekday), locale, { weekday: 'long' }),
            }))}
            w={160}
          />
          <TextInput
            type="time"
            aria-label={t('publishing.settings.slots.time')}
            value={slot.time}
            disabled={!canEdit}
            onChange={(e) => change(index, { time: e.currentTarget.value.slice(0, 5) })}
            w={120}
          />
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('publishing.settings.slots.remove')}
              onClick={() => {
                setSaved(false);
                setDraft((list) => list.filter((_, i) => i !== index));
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canEdit && selected && (
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setDraft((list) => [...list, { weekday: 1, time: '09:00' }])}
            data-testid="slot-add"
          >
            {t('publishing.settings.slots.add')}
          </Button>
          <Button
            loading={save.isPending}
            disabled={draft.some((slot) => !/^\d{2}:\d{2}$/.test(slot.time))}
            onClick={() =>
              save.mutate(
                { channelId: selected, slots: sortSlots(draft) },
                {
                  onSuccess: () => {
                    setEdits(null);
                    setSaved(true);
                  },
                },
              )
            }
            data-testid="slots-save"
          >
            {t('publishing.settings.slots.save')}
          </Button>
        </Group>
      )}
      {saved && (
        <Alert color="teal" variant="light">
          {t('publishing.settings.slots.saved')}
        </Alert>
      )}
    </Stack>
  );
}
