/** Add or edit a saved reply: title, language, optional channel, body with clickable variables and a live preview. */
import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Channel, LANGUAGES, type Language, type Workspace } from '../../api/types';
import { useCurrentMe } from '../auth/auth.api';
import { FormError } from '../inbox-settings/FormError';
import { SAVED_REPLY_VARIABLES, type SavedReply, type SavedReplyInput } from './knowledge.types';
import { renderTemplate, unknownVariables } from './render-template';

export function SavedReplyModal({
  reply,
  defaultLanguage,
  workspace,
  channels,
  create,
  update,
  onClose,
}: {
  reply: SavedReply | null;
  defaultLanguage: Language;
  workspace: Workspace;
  channels: Channel[];
  create: UseMutationResult<unknown, Error, SavedReplyInput>;
  update: UseMutationResult<unknown, Error, { id: string; body: Partial<SavedReplyInput> }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const [form, setForm] = useState<SavedReplyInput>(() => ({
    title: reply?.title ?? '',
    language: reply?.language ?? defaultLanguage,
    body: reply?.body ?? '',
    channelId: reply?.channelId ?? null,
  }));
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const mutation = reply ? update : create;
  const set = (patch: Partial<SavedReplyInput>) => setForm((f) => ({ ...f, ...patch }));
  const unknown = unknownVariables(form.body, SAVED_REPLY_VARIABLES);
  const channel = channels.find((c) => c.id === form.channelId) ?? channels[0];
  const sample: Record<string, string> = {
    'author.name': t('knowledge.replies.sampleAuthor'),
    'author.handle': '@anna',
    'agent.name': me.user.name,
    'workspace.name': workspace.name,
    'channel.name': channel?.name ?? workspace.name,
  };

  /** Inserts the variable where the cursor is, so writing flows on. */
  const insert = (name: string) => {
    const token = `{{${name}}}`;
    const el = bodyRef.current;
    const start = el?.selectionStart ?? form.body.length;
    const end = el?.selectionEnd ?? form.body.length;
    set({ body: form.body.slice(0, start) + token + form.body.slice(end) });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { ...form, title: form.title.trim(), body: form.body.trim() };
    if (reply) update.mutate({ id: reply.id, body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('knowledge.replies.editTitle')} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={mutation.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('knowledge.replies.title')}
              required
              maxLength={200}
              value={form.title}
              onChange={(e) => set({ title: e.currentTarget.value })}
              data-autofocus
              data-testid="saved-reply-title"
            />
            <Select
              label={t('knowledge.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              value={form.language}
              onChange={(v) => v && set({ language: v as Language })}
              allowDeselect={false}
              data-testid="saved-reply-language"
            />
            <Select
              label={t('knowledge.replies.channel')}
              data={[
                { value: '', label: t('knowledge.replies.allChannels') },
                ...channels.map((c) => ({ value: c.id, label: c.name })),
              ]}
              value={form.channelId ?? ''}
              onChange={(v) => set({ channelId: v || null })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Textarea
            ref={bodyRef}
            label={t('knowledge.replies.body')}
            required
            autosize
            minRows={5}
            maxLength={5000}
            lang={form.language}
            value={form.body}
            onChange={(e) => set({ body: e.currentTarget.value })}
            data-testid="saved-reply-body"
          />
          <div>
            <Text size="sm" fw={500}>
              {t('knowledge.replies.variables')}
            </Text>
            <Text size="xs" c="dimmed" mb={6}>
              {t('knowledge.replies.variablesHint')}
            </Text>
            <Group gap={6}>
              {SAVED_REPLY_VARIABLES.map((name) => (
                <UnstyledButton
                  key={name}
                  onClick={() => insert(name)}
                  aria-label={t('knowledge.replies.insert', { name })}
                >
                  <Code>{`{{${name}}}`}</Code>
                </UnstyledButton>
              ))}
            </Group>
            <Text size="xs" c="dimmed" mt={6}>
              {SAVED_REPLY_VARIABLES.map(
                (name) => `{{${name}}} – ${t(`knowledge.replies.variable.${name.replace('.', '_')}`)}`,
              ).join(' · ')}
            </Text>
          </div>
          {unknown.length > 0 && (
            <Alert color="yellow" variant="light">
              {t('knowledge.replies.unknownVariables', { names: unknown.map((n) => `{{${n}}}`).join(', ') })}
            </Alert>
          )}
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('knowledge.replies.preview')}
            </Text>
            <Paper withBorder radius="md" p="sm" bg="gray.0" data-testid="saved-reply-preview">
              <Text size="sm" lang={form.language} style={{ whiteSpace: 'pre-wrap' }}>
                {form.body.trim() ? renderTemplate(form.body, sample) : '—'}
              </Text>
            </Paper>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('knowledge.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={!form.title.trim() || !form.body.trim() || unknown.length > 0}
              data-testid="saved-reply-save"
            >
              {t('knowledge.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
