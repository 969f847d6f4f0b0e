import { z } from 'zod';

export const GUIDELINE_LANGUAGES = ['sv', 'nl', 'en'] as const;
export type GuidelineLanguage = (typeof GUIDELINE_LANGUAGES)[number];
export const GUIDELINE_ACTIONS = ['hide', 'remove', 'warn', 'escalate', 'report_police'] as const;
export type GuidelineAction = (typeof GUIDELINE_ACTIONS)[number];

/** {sv, nl, en}; a draft may leave languages empty, publishing checks that all three are there. */
const TextMap = (max: number) =>
  z.strictObject({
    sv: z.string().trim().max(max, `must be at most ${max} characters`).default(''),
    nl: z.string().trim().max(max, `must be at most ${max} characters`).default(''),
    en: z.string().trim().max(max, `must be at most ${max} characters`).default(''),
  });
export type TextMap = { sv: string; nl: string; en: string };

export const RuleKey = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{0,59}$/,
    'must be 1–60 lower-case letters, digits or underscores, starting with a letter (for example "threats")',
  );

export const GuidelineRuleInput = z.strictObject({
  key: RuleKey,
  // Ignored on input: rules are numbered by their order.
  number: z.number().int().optional(),
  title: TextMap(200),
  explanation: TextMap(4000),
  defaultAction: z.enum(GUIDELINE_ACTIONS, 'must be hide, remove, warn, escalate or report_police'),
});

export interface GuidelineRule {
  key: string;
  number: number;
  title: TextMap;
  explanation: TextMap;
  defaultAction: GuidelineAction;
}

export const SaveDraftBody = z.strictObject({
  intro: TextMap(4000).default({ sv: '', nl: '', en: '' }),
  rules: z
    .array(GuidelineRuleInput)
    .max(100, 'must be at most 100 rules')
    .superRefine((rules, ctx) => {
      const seen = new Map<string, number>();
      rules.forEach((rule, index) => {
        const first = seen.get(rule.key);
        if (first === undefined) return void seen.set(rule.key, index);
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `"${rule.key}" is already the key of rule ${first + 1}; every rule needs its own key`,
        });
      });
    }),
  changeNote: TextMap(1000).default({ sv: '', nl: '', en: '' }),
});
export type SaveDraftInput = z.infer<typeof SaveDraftBody>;

export const WorkspaceParams = z.object({ workspaceId: z.string() });
export const PublicGuidelinesParams = z.object({ workspaceSlug: z.string().max(200) });
export const PublicVersionParams = z.object({ workspaceSlug: z.string().max(200), version: z.string().max(12) });
export const PublicGuidelinesQuery = z.object({
  language: z.enum(GUIDELINE_LANGUAGES, 'must be sv, nl or en').optional(),
});

const TextMapOut = z.object({ sv: z.string(), nl: z.string(), en: z.string() });
const RuleOut = z.object({
  key: z.string(),
  number: z.number(),
  title: TextMapOut,
  explanation: TextMapOut,
  defaultAction: z.enum(GUIDELINE_ACTIONS),
});
export const GuidelineVersionJson = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['draft', 'published']),
  intro: TextMapOut,
  rules: z.array(RuleOut),
  changeNote: TextMapOut,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export const HistoryEntryJson = z.object({
  id: z.string(),
  version: z.number(),
  publishedAt: z.string(),
  publishedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  changeNote: TextMapOut,
});
export const GuidelinesResponse = z.object({
  published: GuidelineVersionJson.nullable(),
  draft: GuidelineVersionJson.nullable(),
  history: z.array(HistoryEntryJson),
  publicUrl: z.string(),
  /** The template the editor's "start from the template" fills in (DEFAULT_GUIDELINE_RULES). */
  template: z.object({ intro: TextMapOut, rules: z.array(RuleOut) }),
});
export const DraftResponse = z.object({ draft: GuidelineVersionJson });
export const PublishedResponse = z.object({ published: GuidelineVersionJson });

export const PublicGuidelinesResponse = z.object({
  workspace: z.object({ name: z.string(), slug: z.string() }),
  language: z.enum(GUIDELINE_LANGUAGES),
  version: z.number(),
  publishedAt: z.string(),
  intro: z.string(),
  rules: z.array(
    z.object({
      key: z.string(),
      number: z.number(),
      title: z.string(),
      explanation: z.string(),
      defaultAction: z.enum(GUIDELINE_ACTIONS),
    }),
  ),
  history: z.array(z.object({ version: z.number(), publishedAt: z.string(), changeNote: z.string() })),
  url: z.string(),
});
