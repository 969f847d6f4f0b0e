/** Saved replies: search by title or text, the conversation's language first; the server fills in the variables. */
import { Button, Popover, ScrollArea, Stack, Text, TextInput, UnstyledButton, Badge, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { renderSavedReply, useSavedReplies } from './inbox.api';

export function SavedRepliesPicker({
  workspaceId,
  conversationId,
  language,
  onInsert,
}: {
  workspaceId: string;
  conversationId: string;
  language: string | null;
  onInsert: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const replies = useSavedReplies(workspaceId, opened);

  const needle = search.trim().toLowerCase();
  const shown = (replies.data ?? [])
    .filter((r) => !needle || r.title.toLowerCase().includes(needle) || r.body.toLowerCase().includes(needle))
    .sort(
      (a, b) => Number(b.language === language) - Number(a.language === language) || a.title.localeCompare(b.title),
    );

  const pick = (id: string) => {
    setBusy(id);
    setError(null);
    renderSavedReply(workspaceId, id, conversationId)
      .then((result) => {
        onInsert(result.text);
        setOpened(false);
        setSearch('');
      })
      .catch(setError)
      .finally(() => setBusy(null));
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="top-end" width={380} shadow="md" trapFocus>
      <Popover.Target>
        <Button size="compact-sm" variant="light" onClick={() => setOpened((o) => !o)} data-testid="saved-replies">
          {t('inbox.composer.savedReplies')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <TextInput
            size="xs"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            placeholder={t('inbox.composer.savedRepliesSearch')}
            aria-label={t('inbox.composer.savedRepliesSearch')}
            data-autofocus
          />
          {error ? <ErrorAlert error={error} /> : null}
          {replies.error ? <ErrorAlert error={replies.error} /> : null}
          <ScrollArea.Autosize mah={300}>
            <Stack gap={2}>
              {replies.isPending ? (
                <Text size="xs" c="dimmed">
                  {t('common.loading')}
                </Text>
              ) : shown.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('inbox.composer.noSavedReplies')}
                </Text>
              ) : (
                shown.map((reply) => (
                  <UnstyledButton
                    key={reply.id}
                    onClick={() => pick(reply.id)}
                    disabled={busy !== null}
                    p={6}
                    style={{ borderRadius: 'var(--mantine-radius-sm)' }}
                    className="saved-reply-option"
                    data-testid="saved-reply"
                  >
                    <Group gap={6} wrap="nowrap">
                      <Badge size="xs" variant="outline" color="gray">
                        {reply.language.toUpperCase()}
                      </Badge>
                      <Text size="sm" fw={500} truncate>
                        {reply.title}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {reply.body}
                    </Text>
                  </UnstyledButton>
                ))
              )}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
