/** The fields of one ToneGuide (see src/language/tone/tone-guide.ts): formality, words, emoji, sign-off, lengths. */
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types';
import { IconCheck, IconPlus, IconTrash } from '../../components/icons';
import { FormError } from './FormError';
import { useSaveToneGuide } from './inbox-settings.api';
import type { ToneGuide } from './inbox-settings.types';

function validPattern(pattern: string | undefined): boolean {
  if (!pattern) return true;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Optional numbers: an empty field means "no limit" and is left out of the guide. */
const optionalNumber = (v: string | number) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function ToneGuideForm({
  workspaceId,
  language,
  channelId,
  guide: initial,
  readOnly,
}: {
  workspaceId: string;
  language: Language;
  channelId: string | null;
  guide: ToneGuide;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const save = useSaveToneGuide(workspaceId, language, channelId);
  const [guide, setGuide] = useState<ToneGuide>(initial);
  const [dirty, setDirty] = useState(false);
  const set = (patch: Partial<ToneGuide>) => {
    setGuide((g) => ({ ...g, ...patch }));
    setDirty(true);
  };
  const patternOk = validPattern(guide.signOff.pattern);
  const wordsOk =
    guide.preferredWords.every((w) => w.use.trim() && w.instead.length > 0) &&
    guide.avoidWords.every((w) => w.term.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!patternOk || !wordsOk) return;
    const clean: ToneGuide = {
      ...guide,
      preferredWords: guide.preferredWords.map((w) => ({ use: w.use.trim(), instead: w.instead })),
      avoidWords: guide.avoidWords.map((w) =>
        w.reason?.trim() ? { term: w.term.trim(), reason: w.reason.trim() } : { term: w.term.trim() },
      ),
      signOff: guide.signOff.pattern?.trim()
        ? { required: guide.signOff.required, pattern: guide.signOff.pattern.trim() }
        : { required: guide.signOff.required },
    };
    save.mutate(clean, { onSuccess: () => setDirty(false) });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="tone-form">
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <FormError error={save.error} />
          {save.isSuccess && !dirty && (
            <Alert color="teal" variant="light" icon={<IconCheck />} data-testid="tone-saved">
              {t('inboxSettings.saved')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('inboxSettings.tone.formality')}
              data={(['informal', 'formal', 'any'] as const).map((v) => ({
                value: v,
                label: t(`inboxSettings.tone.formalityOption.${v}`),
              }))}
              value={guide.formality}
              onChange={(v) => v && set({ formality: v as ToneGuide['formality'] })}
              allowDeselect={false}
              data-testid="tone-formality"
            />
            <Select
              label={t('inboxSettings.tone.emoji')}
              data={(['none', 'sparingly', 'allowed'] as const).map((v) => ({
                value: v,
                label: t(`inboxSettings.tone.emojiOption.${v}`),
              }))}
              value={guide.emoji}
              onChange={(v) => v && set({ emoji: v as ToneGuide['emoji'] })}
              allowDeselect={false}
            />
          </SimpleGrid>

          <Divider />
          <Title order={4} size="h6">
            {t('inboxSettings.tone.preferred')}
          </Title>
          <Text size="sm" c="dimmed" mt={-8}>
            {t('inboxSettings.tone.preferredHint')}
          </Text>
          {guide.preferredWords.map((word, index) => (
            <Group key={index} align="flex-end" wrap="nowrap" data-testid="preferred-word">
              <TextInput
                label={index === 0 ? t('inboxSettings.tone.use') : undefined}
                aria-label={t('inboxSettings.tone.use')}
                value={word.use}
                maxLength={100}
                onChange={(e) => {
                  const use = e.currentTarget.value;
                  set({ preferredWords: guide.preferredWords.map((w, i) => (i === index ? { ...w, use } : w)) });
                }}
                w={200}
              />
              <TagsInput
                label={index === 0 ? t('inboxSettings.tone.instead') : undefined}
                aria-label={t('inboxSettings.tone.instead')}
                placeholder={t('inboxSettings.tone.insteadHint')}
                value={word.instead}
                onChange={(instead) =>
                  set({ preferredWords: guide.preferredWords.map((w, i) => (i === index ? { ...w, instead } : w)) })
                }
                style={{ flex: 1 }}
              />
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('inboxSettings.delete')}
                  onClick={() => set({ preferredWords: guide.preferredWords.filter((_, i) => i !== index) })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {!readOnly && (
            <Button
              variant="subtle"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => set({ preferredWords: [...guide.preferredWords, { use: '', instead: [] }] })}
            >
              {t('inboxSettings.tone.addWord')}
            </Button>
          )}

          <Divider />
          <Title order={4} size="h6">
            {t('inboxSettings.tone.avoid')}
          </Title>
          {guide.avoidWords.map((word, index) => (
            <Group key={index} align="flex-end" wrap="nowrap" data-testid="avoid-word">
              <TextInput
                label={index === 0 ? t('inboxSettings.tone.term') : undefined}
                aria-label={t('inboxSettings.tone.term')}
                value={word.term}
                maxLength={100}
                onChange={(e) => {
                  const term = e.currentTarget.value;
                  set({ avoidWords: guide.avoidWords.map((w, i) => (i === index ? { ...w, term } : w)) });
                }}
                w={240}
              />
              <TextInput
                label={index === 0 ? t('inboxSettings.tone.reason') : undefined}
                aria-label={t('inboxSettings.tone.reason')}
                value={word.reason ?? ''}
                maxLength={200}
                onChange={(e) => {
                  const reason = e.currentTarget.value;
                  set({ avoidWords: guide.avoidWords.map((w, i) => (i === index ? { ...w, reason } : w)) });
                }}
                style={{ flex: 1 }}
              />
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t('inboxSettings.delete')}
                  onClick={() => set({ avoidWords: guide.avoidWords.filter((_, i) => i !== index) })}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {!readOnly && (
            <Button
              variant="subtle"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => set({ avoidWords: [...guide.avoidWords, { term: '' }] })}
            >
              {t('inboxSettings.tone.addWord')}
            </Button>
          )}

          <Divider />
          <Checkbox
            label={t('inboxSettings.tone.signOffRequired')}
            checked={guide.signOff.required}
            onChange={(e) => set({ signOff: { ...guide.signOff, required: e.currentTarget.checked } })}
          />
          <TextInput
            label={t('inboxSettings.tone.signOffPattern')}
            description={t('inboxSettings.tone.signOffPatternHint')}
            value={guide.signOff.pattern ?? ''}
            maxLength={200}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            onChange={(e) => set({ signOff: { ...guide.signOff, pattern: e.currentTarget.value } })}
            error={patternOk ? undefined : t('inboxSettings.tone.badPattern')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('inboxSettings.tone.maxLength')}
              placeholder={t('inboxSettings.tone.noLimit')}
              min={1}
              value={guide.maxLength ?? ''}
              onChange={(v) => set({ maxLength: optionalNumber(v) })}
            />
            <NumberInput
              label={t('inboxSettings.tone.maxSentenceWords')}
              placeholder={t('inboxSettings.tone.noLimit')}
              min={1}
              value={guide.maxSentenceWords ?? ''}
              onChange={(v) => set({ maxSentenceWords: optionalNumber(v) })}
            />
            <NumberInput
              label={t('inboxSettings.tone.exclamationMarks')}
              placeholder={t('inboxSettings.tone.noLimit')}
              min={0}
              value={guide.exclamationMarks ?? ''}
              onChange={(v) => set({ exclamationMarks: optionalNumber(v) })}
            />
          </SimpleGrid>
          <Checkbox
            label={t('inboxSettings.tone.apology')}
            checked={guide.apology ?? false}
            onChange={(e) => set({ apology: e.currentTarget.checked })}
          />
          {!readOnly && (
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={save.isPending}
                disabled={!dirty || !patternOk || !wordsOk}
                data-testid="tone-save"
              >
                {t('inboxSettings.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
