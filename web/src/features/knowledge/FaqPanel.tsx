/** FAQ articles: question, answer, keywords, published state and the public link the replies point to. */
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IconEdit, IconExternal, IconPlus, IconTrash } from '../../components/icons';
import { ConfirmDelete } from '../inbox-settings/ConfirmDelete';
import { useFaqArticles } from './knowledge.api';
import type { FaqArticle } from './knowledge.types';
import type { LanguageFilter } from './KnowledgePage';
import { FaqModal } from './FaqModal';

export const publicFaqUrl = (workspaceSlug: string, article: Pick<FaqArticle, 'slug' | 'url'>) =>
  article.url ?? `/faq/${encodeURIComponent(workspaceSlug)}/${encodeURIComponent(article.slug)}`;

export function FaqPanel({
  workspace,
  language,
  canEdit,
}: {
  workspace: Workspace;
  language: LanguageFilter;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { list, create, update, remove } = useFaqArticles(workspace.id);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<FaqArticle | 'new' | null>(null);
  const [deleting, setDeleting] = useState<FaqArticle | null>(null);
  const needle = search.trim().toLowerCase();
  const shown = (list.data ?? [])
    .filter((a) => language === 'all' || a.language === language)
    .filter((a) => !needle || `${a.question} ${a.answer} ${a.keywords} ${a.slug}`.toLowerCase().includes(needle))
    .sort((a, b) => a.question.localeCompare(b.question));

  return (
    <Stack data-testid="faq-articles">
      <Group justify="space-between">
        <TextInput
          placeholder={t('knowledge.search')}
          aria-label={t('knowledge.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="faq-add">
            {t('knowledge.faq.add')}
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
          {t('knowledge.faq.empty')}
        </Text>
      ) : (
        shown.map((article) => (
          <Paper key={article.id} withBorder radius="md" p="md" data-testid="faq-article" data-slug={article.slug}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Badge variant="outline" color="gray" size="sm">
                    {article.language.toUpperCase()}
                  </Badge>
                  <Badge variant="light" color={article.published ? 'teal' : 'gray'} size="sm">
                    {article.published ? t('knowledge.faq.published') : t('knowledge.faq.draft')}
                  </Badge>
                  <Text fw={600} size="sm" lang={article.language}>
                    {article.question}
                  </Text>
                </Group>
                <Text size="sm" lang={article.language} style={{ whiteSpace: 'pre-wrap' }} lineClamp={3}>
                  {article.answer}
                </Text>
                <Group gap="md">
                  {article.published && (
                    <Anchor
                      href={publicFaqUrl(workspace.slug, article)}
                      target="_blank"
                      rel="noopener noreferrer"
                      size="xs"
                      data-testid="faq-public-link"
                    >
                      <Group gap={4} component="span">
                        <IconExternal size={12} />
                        {t('knowledge.faq.openPublic')}
                      </Group>
                    </Anchor>
                  )}
                  {article.keywords && (
                    <Text size="xs" c="dimmed">
                      {t('knowledge.faq.keywords')}: {article.keywords}
                    </Text>
                  )}
                </Group>
              </Stack>
              {canEdit && (
                <Group gap={2} wrap="nowrap">
                  <Tooltip label={t('knowledge.edit')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`${t('knowledge.edit')}: ${article.question}`}
                      onClick={() => setEditing(article)}
                    >
                      <IconEdit size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('knowledge.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t('knowledge.delete')}: ${article.question}`}
                      onClick={() => setDeleting(article)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              )}
            </Group>
          </Paper>
        ))
      )}
      {editing && (
        <FaqModal
          article={editing === 'new' ? null : editing}
          workspace={workspace}
          defaultLanguage={language === 'all' ? workspace.defaultLanguage : language}
          create={create}
          update={update}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDelete name={deleting.question} id={deleting.id} mutation={remove} onClose={() => setDeleting(null)} />
      )}
    </Stack>
  );
}
