/**
 * Demo FAQ articles and saved replies for the demo workspaces. Idempotent: an article whose slug
 * exists in that language, or a saved reply whose title exists in that language, is left alone.
 */
import type { Executor } from '../db/database.js';
import { EKEBY_KNOWLEDGE } from './demo-knowledge-ekeby.js';
import { VANDIJK_KNOWLEDGE } from './demo-knowledge-vandijk.js';
import { insertArticlesIfMissing } from './faq.repository.js';
import type { KnowledgeLanguage } from './knowledge.schema.js';
import { insertSavedReplies, listSavedReplies } from './saved-replies.repository.js';

export interface DemoKnowledge {
  articles: Array<{
    slug: string;
    language: KnowledgeLanguage;
    question: string;
    answer: string;
    keywords: string;
    externalUrl: string | null;
  }>;
  savedReplies: Array<{ title: string; language: KnowledgeLanguage; body: string }>;
}

/** By demo workspace slug (src/demo/demo-data.ts). */
export const DEMO_KNOWLEDGE: Record<string, DemoKnowledge> = { ekeby: EKEBY_KNOWLEDGE, vandijk: VANDIJK_KNOWLEDGE };

/** Returns how many articles and saved replies were added (0 and 0 on a second run). */
export async function seedDemoKnowledge(trx: Executor, workspaceId: string, workspaceSlug: string) {
  const demo = DEMO_KNOWLEDGE[workspaceSlug];
  if (!demo) return { articles: 0, savedReplies: 0 };
  const articles = await insertArticlesIfMissing(
    trx,
    workspaceId,
    demo.articles.map((a) => ({ ...a, published: true })),
  );
  const existing = await listSavedReplies(trx, workspaceId);
  const have = new Set(existing.map((r) => `${r.language}\u0000${r.title}`));
  const missing = demo.savedReplies.filter((r) => !have.has(`${r.language}\u0000${r.title}`));
  await insertSavedReplies(
    trx,
    workspaceId,
    missing.map((r) => ({ ...r, channelId: null })),
  );
  return { articles: articles.length, savedReplies: missing.length };
}
