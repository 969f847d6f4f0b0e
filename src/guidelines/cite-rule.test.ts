import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { citeRule, findPublishedGuidelines, publicGuidelinesUrl } from './cite-rule.js';
import { ruleBody, text } from './guidelines.test-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('citeRule', () => {
  it('cites the rule as it stands in the latest published version, in the requested language', async () => {
    const ws = await makeWorkspace(t.db);
    const admin = await t.login((await makeMember(t.db, ws.id, ['admin'])).email);
    const base = `/api/workspaces/${ws.id}/guidelines`;

    await expect(citeRule(t.db, ws.id, 'threats', 'sv')).rejects.toThrow(
      'Publish your community guidelines before citing a rule.',
    );
    expect(await findPublishedGuidelines(t.db, ws.id)).toBeNull();

    await admin.put(`${base}/draft`, {
      rules: [ruleBody('threats', text('Inga hot', 'Geen dreigementen', 'No threats'))],
    });
    // A draft is not in force: still nothing to cite.
    await expect(citeRule(t.db, ws.id, 'threats', 'sv')).rejects.toThrow(/Publish your community guidelines/);
    const v1 = (await admin.post(`${base}/draft/publish`)).json().published;

    await admin.put(`${base}/draft`, {
      rules: [
        ruleBody('spam'),
        {
          ...ruleBody('threats', text('Inga hot alls', 'Nooit dreigen', 'Never threaten')),
          defaultAction: 'report_police',
        },
      ],
    });
    // The unpublished v2 does not change what is cited.
    expect(await citeRule(t.db, ws.id, 'threats', 'nl')).toEqual({
      guidelineVersionId: v1.id,
      version: 1,
      key: 'threats',
      number: 1,
      title: 'Geen dreigementen',
      defaultAction: 'hide',
    });
    const v2 = (await admin.post(`${base}/draft/publish`)).json().published;
    expect(await citeRule(t.db, ws.id, 'threats', 'en')).toEqual({
      guidelineVersionId: v2.id,
      version: 2,
      key: 'threats',
      number: 2,
      title: 'Never threaten',
      defaultAction: 'report_police',
    });
    const published = await findPublishedGuidelines(t.db, ws.id);
    expect(published).toMatchObject({ id: v2.id, version: 2 });
    expect(published!.publishedAt).toBeInstanceOf(Date);
    expect(published!.rules.map((r) => r.key)).toEqual(['spam', 'threats']);

    await expect(citeRule(t.db, ws.id, 'hate', 'sv')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('no rule "hate"'),
    });
  });

  it('builds the public link, with the language when asked', () => {
    expect(publicGuidelinesUrl('https://samtal.example.se/', 'ekeby')).toBe(
      'https://samtal.example.se/guidelines/ekeby',
    );
    expect(publicGuidelinesUrl('https://samtal.example.se', 'van-dijk', 'nl')).toBe(
      'https://samtal.example.se/guidelines/van-dijk?lang=nl',
    );
  });
});
