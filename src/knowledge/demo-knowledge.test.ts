import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { DEMO_KNOWLEDGE, seedDemoKnowledge } from './demo-knowledge.js';
import { unknownVariables } from './template-variables.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const TOPICS = {
  ekeby: ['bygglov', 'sophamtning', 'skolskjuts', 'felanmalan-gata', 'e-tjanster-bankid', 'oppettider'],
  vandijk: ['garantie', 'reparatie-onderhoud', 'levertijd', 'retour', 'e-bike-accu', 'openingstijden'],
};

describe('demo knowledge', () => {
  it('covers every topic in the local language and in English, with valid slugs and variables', () => {
    for (const [slug, local] of [
      ['ekeby', 'sv'],
      ['vandijk', 'nl'],
    ] as const) {
      const demo = DEMO_KNOWLEDGE[slug]!;
      const localSlugs = demo.articles.filter((a) => a.language === local).map((a) => a.slug);
      expect(localSlugs).toEqual(TOPICS[slug]);
      expect(demo.articles.filter((a) => a.language === 'en')).toHaveLength(TOPICS[slug].length);
      for (const a of demo.articles) expect(a.slug).toMatch(/^[a-z0-9][a-z0-9-]{0,99}$/);
      for (const language of [local, 'en']) {
        const replies = demo.savedReplies.filter((r) => r.language === language);
        expect(replies.length, `${slug} ${language}`).toBe(4);
        expect(replies.some((r) => r.body.includes('{{channel.name}}'))).toBe(true); // the "DM us" reply
      }
      for (const r of demo.savedReplies) expect(unknownVariables(r.body), r.title).toEqual([]);
    }
  });

  it('seeds a workspace once: a second run adds nothing and keeps edits', async () => {
    const ws = await makeWorkspace(t.db, { defaultLanguage: 'nl', country: 'NL' });
    const first = await seedDemoKnowledge(t.db, ws.id, 'vandijk');
    expect(first).toEqual({ articles: 12, savedReplies: 8 });
    await t.db
      .updateTable('faq_articles')
      .set({ answer: 'Aangepast.' })
      .where('workspace_id', '=', ws.id)
      .where('slug', '=', 'retour')
      .execute();
    expect(await seedDemoKnowledge(t.db, ws.id, 'vandijk')).toEqual({ articles: 0, savedReplies: 0 });
    const rows = await t.db
      .selectFrom('faq_articles')
      .select(['slug', 'answer'])
      .where('workspace_id', '=', ws.id)
      .execute();
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.slug === 'retour')!.answer).toBe('Aangepast.');
    const replies = await t.db.selectFrom('saved_replies').select('id').where('workspace_id', '=', ws.id).execute();
    expect(replies).toHaveLength(8);
    expect(await seedDemoKnowledge(t.db, ws.id, 'not-a-demo')).toEqual({ articles: 0, savedReplies: 0 });
  });
});
