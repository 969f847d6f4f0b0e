/** Moderation rules: conditions over incoming items (contract: issue 6, section B). */
import type { Severity } from '../inbox/inbox.types';
import type { ModerationItem } from './moderation.types';

export type ConditionLanguage = 'sv' | 'nl' | 'en';

export type LeafCondition =
  | { type: 'words'; language?: ConditionLanguage; words: string[] }
  | { type: 'pattern'; language?: ConditionLanguage; pattern: string; flags?: 'i' | '' }
  | { type: 'authors'; handles: string[] }
  | { type: 'flooding'; maxItems: number; withinMinutes: number }
  | {
      type: 'classifier';
      intent?: string[];
      minSeverity?: Severity;
      maxSentimentScore?: number;
      offensive?: boolean;
      personalData?: boolean;
      hasLink?: boolean;
    };

export type Condition = LeafCondition | { type: 'all' | 'any'; conditions: Condition[] };
export type ConditionType = Condition['type'];
export type LeafType = LeafCondition['type'];

export const LEAF_TYPES: readonly LeafType[] = ['words', 'pattern', 'authors', 'flooding', 'classifier'];

export const RULE_MODES = ['dry_run', 'active', 'off'] as const;
export type RuleMode = (typeof RULE_MODES)[number];

export interface ModerationRule {
  id: string;
  name: string;
  mode: RuleMode;
  condition: Condition;
  guidelineRuleKey: string | null;
  hits: { dryRun: number; active: number; last7Days: number };
  createdAt: string;
  updatedAt: string;
}

export interface RuleInput {
  name: string;
  mode: RuleMode;
  condition: Condition;
  guidelineRuleKey: string | null;
}

export interface RuleHit {
  item: ModerationItem;
  mode: 'dry_run' | 'active';
  matched: string[];
  createdAt: string;
}

export interface DryRunResult {
  scanned: number;
  matched: number;
  items: Array<{ item: ModerationItem; matched: string[] }>;
}
