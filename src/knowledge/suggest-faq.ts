/**
 * FAQ suggestions for a reply: articles ranked by how well they match an incoming text (or the
 * text a conversation is waiting on). Articles in the text's language come first.
 */
import { detectLanguage } from '../analysis/language.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { conversationExists, findTextToAnswer, findWorkspaceForFaq, scoreArticles } from './faq.repository.js';
import { articleUrl } from './knowledge.presenter.js';

/** Below this an article shares at most a stray word with the text: not worth showing. */
export const MIN_SUGGESTION_SCORE = 0.1;
// Long posts add little beyond their first paragraphs and only cost ranking time.
const MAX_TEXT = 2000;

export interface SuggestOptions {
  workspaceId: string;
  publicUrl: string;
  conversationId?: string;
  text?: string;
  language?: string;
  limit: number;
}

export async function suggestFaq(db: Db, options: SuggestOptions) {
  const { text, language } = await textToMatch(db, options);
  const workspace = await findWorkspaceForFaq(db, { id: options.workspaceId });
  if (!workspace || !text.trim()) return { language, suggestions: [] };
  const scored = await scoreArticles(db, options.workspaceId, text.slice(0, MAX_TEXT), MIN_SUGGESTION_SCORE);
  // Stable sort: the text's language first, by score within each group (the query sorted by score).
  const ordered = [...scored].sort((a, b) => Number(b.language === language) - Number(a.language === language));
  const site = { slug: workspace.slug, defaultLanguage: workspace.default_language };
  return {
    language,
    suggestions: ordered.slice(0, options.limit).map((row) => ({
      id: row.id,
      question: row.question,
      language: row.language as 'sv' | 'nl' | 'en',
      url: articleUrl(options.publicUrl, site, row),
      score: row.score,
      snippet: row.snippet,
    })),
  };
}

async function textToMatch(db: Db, options: SuggestOptions): Promise<{ text: string; language: string }> {
  if (options.text) return { text: options.text, language: options.language ?? detectLanguage(options.text) };
  if (!(await conversationExists(db, options.workspaceId, options.conversationId!))) throw notFound('The conversation');
  const item = await findTextToAnswer(db, options.workspaceId, options.conversationId!);
  const text = item?.text ?? '';
  const known = item?.language && item.language !== 'other' ? item.language : undefined;
  return { text, language: options.language ?? known ?? detectLanguage(text) };
}
