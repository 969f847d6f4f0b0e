/** Add or edit an FAQ article. The slug is suggested from the question and forms the public link. */
import { Button, Group, Modal, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Workspace } from '../../api/types';
import { FormError } from '../inbox-settings/FormError';
import type { FaqArticle, FaqArticleInput } from './knowledge.types';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** "Hur byter jag lösenord?" → "hur-byter-jag-losenord". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

export function FaqModal({
  article,
  workspace,
  defaultLanguage,
  create,
  update,
  onClose,
}: {
  article: FaqArticle | null;
  workspace: Workspace;
  defaultLanguage: Language;
  create: UseMutationResult<unknown, Error, FaqArticleInput>;
  update: UseMutationResult<unknown, Error, { id: string; body: Partial<FaqArticleInput> }>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FaqArticleInput>(() => ({
    slug: article?.slug ?? '',
    language: article?.language ?? defaultLanguage,
    question: article?.question ?? '',
    answer: article?.answer ?? '',
    keywords: article?.keywords ?? '',
    externalUrl: article?.externalUrl ?? null,
    published: article?.published ?? true,
  }));
  // Until someone edits the slug by hand, it follows the question.
  const [slugTouched, setSlugTouched] = useState(Boolean(article));
  const mutation = article ? update : create;
  const set = (patch: Partial<FaqArticleInput>) => setForm((f) => ({ ...f, ...patch }));
  const slugOk = SLUG.test(form.slug);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!slugOk) return;
    const body = {
      ...form,
      question: form.question.trim(),
      answer: form.answer.trim(),
      externalUrl: form.externalUrl?.trim() || null,
    };
    if (article) update.mutate({ id: article.id, body }, { onSuccess: onClose });
    else create.mutate(body, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t('knowledge.faq.editTitle')} size="xl" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError error={mutation.error} />
          <TextInput
            label={t('knowledge.faq.question')}
            required
            maxLength={500}
            lang={form.language}
            value={form.question}
            onChange={(e) => {
              const question = e.currentTarget.value;
              set(slugTouched ? { question } : { question, slug: slugify(question) });
            }}
            data-autofocus
            data-testid="faq-question"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('knowledge.faq.slug')}
              description={`/faq/${workspace.slug}/${form.slug || '…'}`}
              required
              maxLength={100}
              value={form.slug}
              onChange={(e) => {
                setSlugTouched(true);
                set({ slug: e.currentTarget.value.toLowerCase() });
              }}
              error={form.slug && !slugOk ? t('knowledge.faq.badSlug') : undefined}
              data-testid="faq-slug"
            />
            <Select
              label={t('knowledge.language')}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
              value={form.language}
              onChange={(v) => v && set({ language: v as Language })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Textarea
            label={t('knowledge.faq.answer')}
            required
            autosize
            minRows={5}
            maxLength={10000}
            lang={form.language}
            value={form.answer}
            onChange={(e) => set({ answer: e.currentTarget.value })}
            data-testid="faq-answer"
          />
          <TextInput
            label={t('knowledge.faq.keywords')}
            description={t('knowledge.faq.keywordsHint')}
            value={form.keywords}
            maxLength={1000}
            onChange={(e) => set({ keywords: e.currentTarget.value })}
            data-testid="faq-keywords"
          />
          <TextInput
            label={t('knowledge.faq.externalUrl')}
            description={t('knowledge.faq.externalUrlHint')}
            type="url"
            value={form.externalUrl ?? ''}
            onChange={(e) => set({ externalUrl: e.currentTarget.value })}
          />
          <Switch
            label={t('knowledge.faq.publishedLabel')}
            description={t('knowledge.faq.publishedHint')}
            checked={form.published}
            onChange={(e) => set({ published: e.currentTarget.checked })}
            data-testid="faq-published"
          />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {form.published ? `/faq/${workspace.slug}/${form.slug}` : ''}
            </Text>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('knowledge.cancel')}
              </Button>
              <Button
                type="submit"
                loading={mutation.isPending}
                disabled={!slugOk || !form.question.trim() || !form.answer.trim()}
                data-testid="faq-save"
              >
                {t('knowledge.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
