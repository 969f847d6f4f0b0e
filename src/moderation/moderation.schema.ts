/**
 * Moderation rule conditions (moderation_rules.condition) and the HTTP shapes of the moderation
 * routes. A condition is checked here once, on save, so the evaluator can trust it.
 */
import { z } from 'zod';
import { INTENTS, SEVERITIES, type Intent, type Severity } from '../analysis/analysis.types.js';
import { patternProblem } from './safe-pattern.js';

export const MODERATION_LANGUAGES = ['sv', 'nl', 'en'] as const;
export type ModerationLanguage = (typeof MODERATION_LANGUAGES)[number];
export const MAX_CONDITION_DEPTH = 4;

export type Condition =
  | { type: 'words'; language?: ModerationLanguage; words: string[] }
  | { type: 'pattern'; language?: ModerationLanguage; pattern: string; flags?: 'i' | '' }
  | { type: 'authors'; handles: string[] }
  | { type: 'flooding'; maxItems: number; withinMinutes: number }
  | {
      type: 'classifier';
      intent?: Intent[];
      minSeverity?: Severity;
      maxSentimentScore?: number;
      offensive?: boolean;
      personalData?: boolean;
      hasLink?: boolean;
    }
  | { type: 'all' | 'any'; conditions: Condition[] };

const Language = z.enum(MODERATION_LANGUAGES).optional();
const Term = z.string().trim().min(1).max(100);

const Words = z.strictObject({ type: z.literal('words'), language: Language, words: z.array(Term).min(1).max(500) });
const Pattern = z
  .strictObject({
    type: z.literal('pattern'),
    language: Language,
    pattern: z.string().min(1),
    flags: z.enum(['i', '']).optional(),
  })
  .superRefine((c, ctx) => {
    const problem = patternProblem(c.pattern, c.flags ?? '');
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
  });
const Authors = z.strictObject({ type: z.literal('authors'), handles: z.array(Term).min(1).max(1000) });
const Flooding = z.strictObject({
  type: z.literal('flooding'),
  maxItems: z.number().int().min(1).max(1000),
  withinMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
});
const Classifier = z
  .strictObject({
    type: z.literal('classifier'),
    intent: z.array(z.enum(INTENTS)).min(1).optional(),
    minSeverity: z.enum(SEVERITIES).optional(),
    maxSentimentScore: z.number().min(-1).max(1).optional(),
    offensive: z.boolean().optional(),
    personalData: z.boolean().optional(),
    hasLink: z.boolean().optional(),
  })
  .refine(
    (c) => Object.keys(c).length > 1,
    'A classifier condition needs at least one threshold (intent, minSeverity, maxSentimentScore, offensive, personalData, hasLink).',
  );

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    Words,
    Pattern,
    Authors,
    Flooding,
    Classifier,
    z.strictObject({ type: z.enum(['all', 'any']), conditions: z.array(ConditionSchema).min(1).max(20) }),
  ]),
) as z.ZodType<Condition>;

function depthOf(condition: Condition): number {
  return condition.type === 'all' || condition.type === 'any' ? 1 + Math.max(...condition.conditions.map(depthOf)) : 1;
}

/** A condition as stored: valid, and nested at most MAX_CONDITION_DEPTH levels. */
export const RuleCondition = ConditionSchema.refine(
  (c) => depthOf(c) <= MAX_CONDITION_DEPTH,
  `Combinations may be nested at most ${MAX_CONDITION_DEPTH} levels deep.`,
);

// ---- HTTP shapes ----

export const WorkspaceParams = z.object({ workspaceId: z.string() });
export const EntryParams = z.object({ workspaceId: z.string(), entryId: z.uuid() });
export const ActionParams = z.object({ workspaceId: z.string(), actionId: z.uuid() });
export const RuleParams = z.object({ workspaceId: z.string(), ruleId: z.uuid() });

export const QUEUE_STATUSES = ['pending', 'actioned', 'dismissed'] as const;
export const QUEUE_SOURCES = ['analysis', 'rule', 'flag'] as const;
export type QueueSource = (typeof QUEUE_SOURCES)[number];

export const QueueQuery = z.object({
  status: z.enum(QUEUE_STATUSES).default('pending'),
  source: z.enum(QUEUE_SOURCES).optional(),
  channelId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** nextBefore of the previous page (opaque). */
  before: z.string().max(300).optional(),
});
export type QueueFilter = z.infer<typeof QueueQuery>;

const Note = z.string().trim().max(2000).optional();
export const FlagBody = z.strictObject({ itemId: z.uuid(), note: Note });
export const DismissBody = z.strictObject({ note: Note });

export const REQUESTABLE_KINDS = ['hide', 'remove', 'block', 'mute', 'report'] as const;
export type RequestableKind = (typeof REQUESTABLE_KINDS)[number];
const Statement = z.string().trim().min(1, 'Write a statement of reasons.').max(5000);

export const ActionBody = z.strictObject({
  itemId: z.uuid(),
  kind: z.enum(REQUESTABLE_KINDS),
  ruleKey: z.string().trim().min(1).max(100),
  statement: Statement,
  language: z.enum(MODERATION_LANGUAGES).optional(),
});
export type ActionInput = z.infer<typeof ActionBody>;
export const UndoBody = z.strictObject({ statement: Statement, language: z.enum(MODERATION_LANGUAGES).optional() });
export const ActionsQuery = z.object({ itemId: z.uuid() });

const RuleName = z.string().trim().min(1).max(200);
const RuleKey = z.string().trim().min(1).max(100).nullable();
export const RULE_MODES = ['dry_run', 'active', 'off'] as const;
export const CreateRuleBody = z.strictObject({
  name: RuleName,
  mode: z.enum(RULE_MODES).default('dry_run'),
  condition: RuleCondition,
  guidelineRuleKey: RuleKey.optional(),
});
export type CreateRuleInput = z.infer<typeof CreateRuleBody>;
export const UpdateRuleBody = z
  .strictObject({
    name: RuleName.optional(),
    mode: z.enum(RULE_MODES).optional(),
    condition: RuleCondition.optional(),
    guidelineRuleKey: RuleKey.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Give at least one field to change.');
export type UpdateRuleInput = z.infer<typeof UpdateRuleBody>;
export const HitsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const DryRunBody = z.strictObject({
  condition: RuleCondition,
  days: z.number().int().min(1).max(90).default(30),
});
