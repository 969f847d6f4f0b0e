/** Saved replies: a searchable list per language, with an editor that explains the variables and previews the text. */
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconEdit, IconPlus, IconTrash } from '../../components/icons';
import { useChannels } from '../channels/channels.api';
import { ConfirmDelete } from '../inbox-settings/ConfirmDelete';
import { useSavedReplies } from './knowledge.api';
import type { SavedReply } from './knowledge.types';
import type { LanguageFilter } from './KnowledgePage';
import { SavedReplyModal } from './SavedReplyModal';

export function SavedRepliesPanel({
  workspace,
  language,
  canEdit,
}: {
  workspace: Workspace;
  language: LanguageFilter;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { list, create, update, remove } = useSavedReplies(workspace.id);
  const channels = useChannels(workspace.id);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<SavedReply | 'new' | null>(null);
  const [deleting, setDeleting] = useState<SavedReply | null>(null);
  const needle = search.trim().toLowerCase();
  const shown = (list.data ?? [])
    .filter((r) => language === 'all' || r.language === language)
    .filter((r) => !needle || `${r.title} ${r.body}`.toLowerCase().includes(needle))
    .sort((a, b) => a.title.localeCompare(b.title));

  return (
    <Stack data-testid="saved-replies">
      <Group justify="space-between">
        <TextInput
          placeholder={t('knowledge.search')}
          aria-label={t('knowledge.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="saved-reply-add">
            {t('knowledge.replies.add')}
          </Button>
        )}
      </Group>
      {list.isPending ? (
        <Center py="lg">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('knowledge.replies.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {shown.map((reply) => (
            <Card key={reply.id} withBorder radius="md" padding="md" data-testid="saved-reply" data-title={reply.title}>
              <Group justify="space-between" wrap="nowrap" mb={6}>
                <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                  <Badge variant="outline" color="gray" size="sm">
                    {reply.language.toUpperCase()}
                  </Badge>
                  <Text fw={600} size="sm" truncate>
                    {reply.title}
                  </Text>
                </Group>
                {canEdit && (
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t('knowledge.edit')}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${t('knowledge.edit')}: ${reply.title}`}
                        onClick={() => setEditing(reply)}
                      >
                        <IconEdit size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('knowledge.delete')}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`${t('knowledge.delete')}: ${reply.title}`}
                        onClick={() => setDeleting(reply)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                )}
              </Group>
              {reply.channelId && (
                <Text size="xs" c="dimmed" mb={4}>
                  {t('knowledge.replies.onlyChannel', {
                    channel: channels.data?.find((c) => c.id === reply.channelId)?.name ?? '…',
                  })}
                </Text>
              )}
              <Text size="sm" lang={reply.language} style={{ whiteSpace: 'pre-wrap' }} lineClamp={5}>
                {reply.body}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {editing && (
        <SavedReplyModal
          reply={editing === 'new' ? null : editing}
          defaultLanguage={language === 'all' ? workspace.defaultLanguage : language}
          workspace={workspace}
          channels={channels.data ?? []}
          create={create}
          update={update}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDelete name={deleting.title} id={deleting.id} mutation={remove} onClose={() => setDeleting(null)} />
      )}
    </Stack>
  );
}
