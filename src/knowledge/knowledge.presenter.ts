/** Saved replies and FAQ articles as the API shows them. */
import type { z } from 'zod';
import type { FaqArticle, SavedReply as SavedReplyRow } from '../db/schema.js';
import type { Article, KnowledgeLanguage, SavedReply } from './knowledge.schema.js';
import { TEMPLATE_VARIABLES } from './template-variables.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentSavedReply(row: SavedReplyRow): z.infer<typeof SavedReply> {
  return {
    id: row.id,
    title: row.title,
    language: row.language as KnowledgeLanguage,
    body: row.body,
    channelId: row.channel_id,
    // Which variables it uses, so the editor can show what will be filled in.
    variables: TEMPLATE_VARIABLES.filter((name) =>
      new RegExp(`\\{\\{\\s*${name.replace('.', '\\.')}\\s*\\}\\}`).test(row.body),
    ),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/**
 * The public link of an article. Slugs are unique per language, so an article that is not in the
 * workspace's default language carries ?lang= to stay unambiguous.
 */
export function articleUrl(
  base: string,
  workspace: { slug: string; defaultLanguage: string },
  article: { slug: string; language: string },
) {
  const path = `${base.replace(/\/+$/, '')}/faq/${encodeURIComponent(workspace.slug)}/${encodeURIComponent(article.slug)}`;
  return article.language === workspace.defaultLanguage ? path : `${path}?lang=${article.language}`;
}

export function presentArticle(row: Omit<FaqArticle, 'search'>, url: string): z.infer<typeof Article> {
  return {
    id: row.id,
    slug: row.slug,
    language: row.language as KnowledgeLanguage,
    question: row.question,
    answer: row.answer,
    keywords: row.keywords,
    externalUrl: row.external_url,
    published: row.published,
    url,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}
