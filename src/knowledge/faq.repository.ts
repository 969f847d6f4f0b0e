import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { KnowledgeLanguage } from './knowledge.schema.js';

/** Every column but the generated search vector, which is for the database only. */
const COLUMNS = [
  'id',
  'workspace_id',
  'slug',
  'language',
  'question',
  'answer',
  'keywords',
  'external_url',
  'published',
  'created_at',
  'updated_at',
] as const;

export interface ArticleValues {
  slug: string;
  language: KnowledgeLanguage;
  question: string;
  answer: string;
  keywords: string;
  externalUrl: string | null;
  published: boolean;
}

export function listArticles(
  db: Executor,
  workspaceId: string,
  filter: { language?: string; published?: boolean } = {},
) {
  let query = db.selectFrom('faq_articles').select(COLUMNS).where('workspace_id', '=', workspaceId);
  if (filter.language) query = query.where('language', '=', filter.language);
  if (filter.published !== undefined) query = query.where('published', '=', filter.published);
  return query.orderBy('language').orderBy('question').orderBy('id').execute();
}

export function findArticle(db: Executor, workspaceId: string, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .selectFrom('faq_articles')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
}

export function insertArticle(db: Executor, workspaceId: string, values: ArticleValues) {
  return db
    .insertInto('faq_articles')
    .values({
      workspace_id: workspaceId,
      slug: values.slug,
      language: values.language,
      question: values.question,
      answer: values.answer,
      keywords: values.keywords,
      external_url: values.externalUrl,
      published: values.published,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export function updateArticle(db: Executor, workspaceId: string, id: string, values: ArticleValues) {
  return db
    .updateTable('faq_articles')
    .set({
      slug: values.slug,
      language: values.language,
      question: values.question,
      answer: values.answer,
      keywords: values.keywords,
      external_url: values.externalUrl,
      published: values.published,
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export function deleteArticle(db: Executor, workspaceId: string, id: string) {
  return db.deleteFrom('faq_articles').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export function findWorkspaceForFaq(db: Executor, workspaceIdOrSlug: { id: string } | { slug: string }) {
  const query = db.selectFrom('workspaces').select(['id', 'slug', 'name', 'default_language']);
  return (
    'id' in workspaceIdOrSlug
      ? query.where('id', '=', workspaceIdOrSlug.id)
      : query.where('slug', '=', workspaceIdOrSlug.slug)
  ).executeTakeFirst();
}

/** Published articles with this slug, in every language it exists in. */
export function findPublishedBySlug(db: Executor, workspaceId: string, slug: string) {
  return db
    .selectFrom('faq_articles')
    .select(COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('slug', '=', slug)
    .where('published', '=', true)
    .execute();
}

/** The text a conversation is waiting on: its latest unanswered inbound item, else its latest inbound item. */
export function findTextToAnswer(db: Executor, workspaceId: string, conversationId: string) {
  return db
    .selectFrom('conversations')
    .innerJoin('items', 'items.conversation_id', 'conversations.id')
    .select(['items.text', 'items.language'])
    .where('conversations.workspace_id', '=', workspaceId)
    .where('conversations.id', '=', conversationId)
    .where('items.direction', '=', 'inbound')
    .where('items.deleted_at', 'is', null)
    .orderBy(sql`items.answered_at IS NULL`, 'desc')
    .orderBy('items.occurred_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function conversationExists(db: Executor, workspaceId: string, conversationId: string) {
  const row = await db
    .selectFrom('conversations')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', conversationId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface ScoredArticle {
  id: string;
  slug: string;
  language: string;
  question: string;
  score: number;
  snippet: string;
}

/**
 * Published articles scored against a text, best first. Two signals, both in the article's own
 * text-search configuration:
 *  - ts_rank_cd against an OR of the text's significant words (plainto_tsquery drops stop words and
 *    stems; its ANDs become ORs, because a long post never contains every word of an article);
 *  - pg_trgm word_similarity(question, text): the question's closest match anywhere in the text,
 *    which catches compound words and spelling variants the stemmer misses.
 * rank / (rank + 1.5) maps the unbounded rank to 0..1; a single word in the answer stays below 0.25.
 */
export async function scoreArticles(db: Executor, workspaceId: string, text: string, minScore: number) {
  const config = sql`(CASE f.language WHEN 'sv' THEN 'swedish'::regconfig WHEN 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END)`;
  const { rows } = await sql<ScoredArticle>`
    WITH scored AS (
      SELECT f.id, f.slug, f.language, f.question, f.answer, q.query,
             least(1.0, 0.75 * (r.rank / (r.rank + 1.5)) + 0.25 * word_similarity(f.question, ${text}))::float8 AS score,
             ${config} AS config
        FROM faq_articles f
       CROSS JOIN LATERAL (SELECT replace(plainto_tsquery(${config}, ${text})::text, ' & ', ' | ')::tsquery AS query) q
       CROSS JOIN LATERAL (SELECT ts_rank_cd(f.search, q.query) AS rank) r
       WHERE f.workspace_id = ${workspaceId} AND f.published
    )
    SELECT id, slug, language, question, round(score::numeric, 3)::float8 AS score,
           ts_headline(config, answer, query,
             'MaxWords=30, MinWords=12, StartSel="", StopSel="", MaxFragments=2, FragmentDelimiter=" … "') AS snippet
      FROM scored
     WHERE score >= ${minScore}
     ORDER BY score DESC, question`.execute(db);
  return rows;
}

/** Languages with at least one published article, for the language links of the public pages. */
export function listPublishedLanguages(db: Executor, workspaceId: string) {
  return db
    .selectFrom('faq_articles')
    .select('language')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('published', '=', true)
    .orderBy('language')
    .execute();
}

/** Insert articles, skipping any whose slug already exists in that language; returns the new ids. */
export function insertArticlesIfMissing(db: Executor, workspaceId: string, articles: ArticleValues[]) {
  if (!articles.length) return Promise.resolve([]);
  const now = new Date();
  return db
    .insertInto('faq_articles')
    .values(
      articles.map((a) => ({
        workspace_id: workspaceId,
        slug: a.slug,
        language: a.language,
        question: a.question,
        answer: a.answer,
        keywords: a.keywords,
        external_url: a.externalUrl,
        published: a.published,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['workspace_id', 'language', 'slug']).doNothing())
    .returning('id')
    .execute();
}
