/** The guidelines API shapes (src/guidelines/guidelines.schema.ts). */
import type { Language } from '../../api/types';

export const GUIDELINE_ACTIONS = ['hide', 'remove', 'warn', 'escalate', 'report_police'] as const;
export type GuidelineAction = (typeof GUIDELINE_ACTIONS)[number];
/** The languages a guideline text is written in, in the order the editor shows them. */
export const GUIDELINE_LANGUAGES = ['sv', 'nl', 'en'] as const satisfies readonly Language[];
export type TextMap = Record<Language, string>;

export interface GuidelineRule {
  key: string;
  number: number;
  title: TextMap;
  explanation: TextMap;
  defaultAction: GuidelineAction;
}

export interface GuidelineVersion {
  id: string;
  version: number;
  status: 'draft' | 'published';
  intro: TextMap;
  rules: GuidelineRule[];
  changeNote: TextMap;
  publishedAt: string | null;
  updatedAt: string;
}

export interface GuidelineHistoryEntry {
  id: string;
  version: number;
  publishedAt: string;
  publishedBy: { id: string; name: string } | null;
  changeNote: TextMap;
}

export interface GuidelinesOverview {
  published: GuidelineVersion | null;
  draft: GuidelineVersion | null;
  history: GuidelineHistoryEntry[];
  publicUrl: string;
  template: { intro: TextMap; rules: GuidelineRule[] };
}

export interface GuidelinesDraftInput {
  intro: TextMap;
  rules: Array<Omit<GuidelineRule, 'number'>>;
  changeNote: TextMap;
}
