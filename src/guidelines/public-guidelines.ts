/** The published guidelines of a workspace as anyone may read them (no login), by workspace slug. */
import type { Db } from '../db/database.js';
import type { PageLanguage } from '../shared/html.js';
import * as repo from './guidelines.repository.js';
import { fullText } from './guidelines.presenter.js';
import { GUIDELINE_LANGUAGES, type GuidelineLanguage, type GuidelineRule, type TextMap } from './guidelines.schema.js';

export interface PublicGuidelines {
  workspace: { name: string; slug: string; timeZone: string };
  language: GuidelineLanguage;
  version: number;
  latestVersion: number;
  publishedAt: Date;
  /** When a newer version replaced this one (older versions only). */
  supersededAt: Date | null;
  intro: string;
  rules: Array<Pick<GuidelineRule, 'key' | 'number' | 'defaultAction'> & { title: string; explanation: string }>;
  history: Array<{ version: number; publishedAt: Date; changeNote: string }>;
}

const isLanguage = (l: string): l is GuidelineLanguage => (GUIDELINE_LANGUAGES as readonly string[]).includes(l);

/** The visitor's first choice (?lang=, Accept-Language), else the workspace's language, else English. */
export function pickLanguage(preferred: PageLanguage[], workspaceDefault: string): GuidelineLanguage {
  return preferred[0] ?? (isLanguage(workspaceDefault) ? workspaceDefault : 'en');
}

/** The version in force (no `version`) or an older published one; null when there is nothing to show. */
export async function findPublicGuidelines(
  db: Db,
  workspaceSlug: string,
  preferred: PageLanguage[],
  version?: number,
): Promise<PublicGuidelines | null> {
  const workspace = await repo.findWorkspaceForGuidelines(db, { slug: workspaceSlug });
  if (!workspace) return null;
  const row =
    version === undefined
      ? await repo.findLatestPublished(db, workspace.id)
      : await repo.findPublishedVersion(db, workspace.id, version);
  if (!row) return null;
  const language = pickLanguage(preferred, workspace.default_language);
  const text = (t: Partial<TextMap> | null | undefined) => fullText(t)[language];
  const history = await repo.listHistory(db, workspace.id);
  const successor = history.filter((h) => h.version > row.version).at(-1);
  return {
    workspace: { name: workspace.name, slug: workspace.slug, timeZone: workspace.time_zone },
    language,
    version: row.version,
    latestVersion: history[0]?.version ?? row.version,
    publishedAt: new Date(row.published_at!),
    supersededAt: successor ? new Date(successor.publishedAt) : null,
    intro: text(row.intro),
    rules: row.rules.map((r) => ({
      key: r.key,
      number: r.number,
      defaultAction: r.defaultAction,
      title: text(r.title),
      explanation: text(r.explanation),
    })),
    history: history.map((h) => ({
      version: h.version,
      publishedAt: new Date(h.publishedAt),
      changeNote: text(h.changeNote),
    })),
  };
}
