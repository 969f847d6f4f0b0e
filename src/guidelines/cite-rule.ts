/** What moderation needs from the guidelines: the rule an action cites, and the public link. */
import type { Executor } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import { findLatestPublished } from './guidelines.repository.js';
import type { GuidelineAction, GuidelineLanguage, GuidelineRule } from './guidelines.schema.js';

export type { GuidelineAction, GuidelineLanguage, GuidelineRule } from './guidelines.schema.js';
export { DEFAULT_GUIDELINE_RULES } from './default-guideline-rules.js';

export interface CitedRule {
  guidelineVersionId: string;
  version: number;
  key: string;
  number: number;
  /** In the requested language. */
  title: string;
  defaultAction: GuidelineAction;
}

export interface PublishedGuidelines {
  id: string;
  version: number;
  publishedAt: Date;
  rules: GuidelineRule[];
}

export async function findPublishedGuidelines(db: Executor, workspaceId: string): Promise<PublishedGuidelines | null> {
  const row = await findLatestPublished(db, workspaceId);
  if (!row) return null;
  return { id: row.id, version: row.version, publishedAt: new Date(row.published_at!), rules: row.rules };
}

/** The rule as it stands in the latest published version. */
export async function citeRule(
  db: Executor,
  workspaceId: string,
  ruleKey: string,
  language: GuidelineLanguage,
): Promise<CitedRule> {
  const published = await findPublishedGuidelines(db, workspaceId);
  if (!published) throw badRequest('Publish your community guidelines before citing a rule.');
  const rule = published.rules.find((r) => r.key === ruleKey);
  if (!rule) {
    throw badRequest(
      `The published community guidelines (version ${published.version}) have no rule "${ruleKey}". ` +
        `Known rules: ${published.rules.map((r) => r.key).join(', ') || 'none'}.`,
    );
  }
  return {
    guidelineVersionId: published.id,
    version: published.version,
    key: rule.key,
    number: rule.number,
    title: rule.title[language] || rule.title.en || rule.title.sv || rule.title.nl,
    defaultAction: rule.defaultAction,
  };
}

export function publicGuidelinesUrl(publicUrl: string, workspaceSlug: string, language?: GuidelineLanguage): string {
  const base = `${publicUrl.replace(/\/+$/, '')}/guidelines/${encodeURIComponent(workspaceSlug)}`;
  return language ? `${base}?lang=${language}` : base;
}
