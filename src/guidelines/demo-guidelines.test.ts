import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../audit/record-audit.js';
import { makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { citeRule } from './cite-rule.js';
import { DEFAULT_GUIDELINE_INTRO, DEFAULT_GUIDELINE_RULES } from './default-guideline-rules.js';
import { seedDemoGuidelines } from './demo-guidelines.js';
import { missingTexts } from './publish-guidelines.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('the guideline template and the demo guidelines', () => {
  it('cover the rules moderation cites, complete in Swedish, Dutch and English', () => {
    const keys = DEFAULT_GUIDELINE_RULES.map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['threats', 'hate', 'harassment', 'personal_data', 'spam', 'off_topic']),
    );
    expect(DEFAULT_GUIDELINE_RULES.map((r) => r.number)).toEqual(keys.map((_, i) => i + 1));
    expect(
      missingTexts({
        intro: DEFAULT_GUIDELINE_INTRO,
        rules: DEFAULT_GUIDELINE_RULES,
        changeNote: DEFAULT_GUIDELINE_INTRO,
      }),
    ).toEqual([]);
    // Distinct translations, not copies of one language.
    for (const r of DEFAULT_GUIDELINE_RULES) expect(new Set(Object.values(r.title)).size, r.key).toBe(3);
  });

  it('publish two versions once per demo workspace, so the public page has a history', async () => {
    const ws = await makeWorkspace(t.db, { defaultLanguage: 'sv' });
    const first = await t.db.transaction().execute((trx) => seedDemoGuidelines(trx, ws.id, 'ekeby', SYSTEM_ACTOR));
    expect(first).toBe(2);
    expect(await t.db.transaction().execute((trx) => seedDemoGuidelines(trx, ws.id, 'ekeby', SYSTEM_ACTOR))).toBe(0);
    expect(await citeRule(t.db, ws.id, 'threats', 'sv')).toMatchObject({ version: 2, number: 1 });
    const page = await t.anonymous().get(`/guidelines/${ws.slug}?lang=sv`);
    expect(page.body).toContain('Ekeby kommun finns på Facebook och Instagram');
    expect(page.body).toContain('Ny regel 7 om olagligt innehåll');
    expect(page.body).toContain('Första versionen.');
    const audit = await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['guidelines.published', 'guidelines.published']);
  });
});
