/**
 * One moderation rule per demo workspace, in dry run: insults aimed at staff, in the workspace's
 * language and English, linked to guideline rule `harassment`. Dry run only shows what it would
 * have caught (the demo traffic has a few such comments); nothing is queued by it. Idempotent: a
 * workspace that has any moderation rule is left alone.
 */
import { type AuditActor, recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import type { Condition } from './moderation.schema.js';
import * as repo from './moderation-rules.repository.js';

interface DemoModerationRule {
  name: string;
  condition: Condition;
  guidelineRuleKey: string;
}

// Whole words, compared without case and diacritics; inflected forms are listed because matching is exact.
// Plain criticism ("useless service", "waardeloos") is allowed by the guidelines, so it is not listed.
const ENGLISH_INSULTS = ['idiot', 'idiots', 'clown', 'clowns', 'moron', 'morons', 'incompetent'];

export const DEMO_MODERATION_RULES: Record<string, DemoModerationRule> = {
  ekeby: {
    name: 'Förolämpningar mot personalen (sv/en)',
    guidelineRuleKey: 'harassment',
    condition: {
      type: 'any',
      conditions: [
        {
          type: 'words',
          language: 'sv',
          words: [
            'idiot',
            'idioter',
            'inkompetent',
            'inkompetenta',
            'pajas',
            'pajasar',
            'värdelös',
            'värdelösa',
            'oduglig',
            'odugliga',
            'dumhuvud',
            'dumhuvuden',
          ],
        },
        { type: 'words', language: 'en', words: ENGLISH_INSULTS },
      ],
    },
  },
  vandijk: {
    name: 'Beledigingen aan het personeel (nl/en)',
    guidelineRuleKey: 'harassment',
    condition: {
      type: 'any',
      conditions: [
        {
          type: 'words',
          language: 'nl',
          words: [
            'idioot',
            'idioten',
            'sukkel',
            'sukkels',
            'incompetent',
            'incompetente',
            'oplichter',
            'oplichters',
            'prutser',
            'prutsers',
          ],
        },
        { type: 'words', language: 'en', words: ENGLISH_INSULTS },
      ],
    },
  },
};

/** Creates the demo rule for this workspace (by demo slug) in dry run; returns how many were created. */
export async function seedDemoModerationRules(
  trx: Executor,
  workspaceId: string,
  slug: string,
  actor: AuditActor,
): Promise<number> {
  const demo = DEMO_MODERATION_RULES[slug];
  if (!demo) return 0;
  if ((await repo.listRulesWithHits(trx, workspaceId)).length > 0) return 0;
  const row = await repo.insertRule(trx, {
    workspaceId,
    name: demo.name,
    mode: 'dry_run',
    condition: demo.condition,
    guidelineRuleKey: demo.guidelineRuleKey,
    createdBy: actor.id,
  });
  await recordAudit(trx, {
    workspaceId,
    actor,
    action: 'moderation_rule.created',
    subject: { type: 'moderation_rule', id: row.id },
    data: { name: demo.name, mode: 'dry_run', condition: demo.condition, demo: true },
  });
  return 1;
}
