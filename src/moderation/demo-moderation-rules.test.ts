/**
 * The demo's moderation rules: valid stored conditions that catch the insults aimed at staff in the
 * demo traffic (in the workspace's language and English) but not plain criticism, seeded once per
 * workspace in dry run, linked to guideline rule `harassment`, with an audit entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/analysis.types.js';
import { SYSTEM_ACTOR } from '../audit/record-audit.js';
import { makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { DEMO_MODERATION_RULES, seedDemoModerationRules } from './demo-moderation-rules.js';
import { evaluateCondition } from './evaluate-condition.js';
import { listRules } from './moderation-rules.js';
import { RuleCondition } from './moderation.schema.js';

const neutral: Pick<Analysis, 'intent' | 'severity' | 'sentimentScore' | 'offensive' | 'personalData'> = {
  intent: 'other',
  severity: 'normal',
  sentimentScore: 0,
  offensive: false,
  personalData: [],
};
const caught = (slug: string, text: string, language: string) =>
  evaluateCondition(DEMO_MODERATION_RULES[slug]!.condition, {
    text,
    language,
    analysis: neutral,
    authorPlatformId: null,
    authorHandle: null,
    occurredAt: new Date(),
  });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('demo moderation rules', () => {
  it('are valid stored conditions that catch insults at staff, not criticism', () => {
    for (const rule of Object.values(DEMO_MODERATION_RULES))
      expect(RuleCondition.safeParse(rule.condition).success).toBe(true);
    // Phrases from the sandbox traffic (src/channels/sandbox/phrases).
    expect(caught('ekeby', 'Ni är inkompetenta allihop. Lägg ner bygglov och avgå!', 'sv')).toEqual({
      matched: true,
      evidence: ['inkompetenta'],
    });
    expect(caught('ekeby', 'Vilka jävla pajasar som jobbar på kommunen.', 'sv').matched).toBe(true);
    expect(caught('ekeby', 'What a bunch of clowns running this town.', 'en').matched).toBe(true);
    expect(caught('ekeby', 'Varför tar bygglovet så lång tid? Dåligt.', 'sv').matched).toBe(false);
    expect(caught('vandijk', 'Jullie klantenservice is een stel idioten, echt waar.', 'nl')).toEqual({
      matched: true,
      evidence: ['idioten'],
    });
    expect(caught('vandijk', 'Worst company ever, your customer service are idiots.', 'en').matched).toBe(true);
    expect(caught('vandijk', 'Al 3 keer de klantenservice gebeld, niemand neemt op. Waardeloos.', 'nl').matched).toBe(
      false,
    );
  });

  it('are seeded once per demo workspace, in dry run, linked to harassment, with an audit entry', async () => {
    const ws = await makeWorkspace(t.db, { defaultLanguage: 'nl' });
    const seed = () =>
      t.db.transaction().execute((trx) => seedDemoModerationRules(trx, ws.id, 'vandijk', SYSTEM_ACTOR));
    expect(await seed()).toBe(1);
    expect(await seed()).toBe(0);
    expect((await listRules(t.db, ws.id)).rules).toEqual([
      expect.objectContaining({
        name: 'Beledigingen aan het personeel (nl/en)',
        mode: 'dry_run',
        guidelineRuleKey: 'harassment',
        condition: DEMO_MODERATION_RULES.vandijk!.condition,
      }),
    ]);
    const audit = await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).execute();
    expect(audit).toEqual([{ action: 'moderation_rule.created' }]);
    const other = await makeWorkspace(t.db);
    expect(
      await t.db.transaction().execute((trx) => seedDemoModerationRules(trx, other.id, 'not-a-demo', SYSTEM_ACTOR)),
    ).toBe(0);
  });
});
