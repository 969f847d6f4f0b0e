/** The published FAQ of a workspace, as anyone may read it (no login): by workspace slug. */
import type { Db } from '../db/database.js';
import { findPublishedBySlug, findWorkspaceForFaq, listArticles, listPublishedLanguages } from './faq.repository.js';
import type { KnowledgeLanguage } from './knowledge.schema.js';

async function publicWorkspace(db: Db, workspaceSlug: string) {
  const ws = await findWorkspaceForFaq(db, { slug: workspaceSlug });
  return ws ? { ...ws, defaultLanguage: ws.default_language as KnowledgeLanguage } : null;
}

/**
 * One published article by slug. A slug may exist in several languages: the visitor's preferences
 * (?lang=, then Accept-Language) decide, then the workspace's default language, then any.
 */
export async function findPublicArticle(db: Db, workspaceSlug: string, slug: string, preferred: KnowledgeLanguage[]) {
  const workspace = await publicWorkspace(db, workspaceSlug);
  if (!workspace) return null;
  const candidates = await findPublishedBySlug(db, workspace.id, slug);
  const order = [...preferred, workspace.defaultLanguage];
  const article =
    order.map((lang) => candidates.find((a) => a.language === lang)).find(Boolean) ??
    [...candidates].sort((a, b) => a.language.localeCompare(b.language))[0];
  return article ? { workspace, article } : null;
}

/** The list page: published articles in the visitor's language (or the default), and which other languages exist. */
export async function findPublicList(db: Db, workspaceSlug: string, preferred: KnowledgeLanguage[]) {
  const workspace = await publicWorkspace(db, workspaceSlug);
  if (!workspace) return null;
  const available = (await listPublishedLanguages(db, workspace.id)).map((r) => r.language as KnowledgeLanguage);
  const language =
    [...preferred, workspace.defaultLanguage].find((lang) => available.includes(lang)) ?? workspace.defaultLanguage;
  const articles = await listArticles(db, workspace.id, { language, published: true });
  return { workspace, language, articles, otherLanguages: available.filter((l) => l !== language) };
}

/** For the JSON endpoint: every published article, optionally of one language. */
export async function listPublicFaq(db: Db, workspaceSlug: string, language?: KnowledgeLanguage) {
  const workspace = await publicWorkspace(db, workspaceSlug);
  if (!workspace) return null;
  const articles = await listArticles(db, workspace.id, { language, published: true });
  return { workspace, articles };
}
