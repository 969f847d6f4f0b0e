import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { ruleBody, templateRules, text } from './guidelines.test-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_PUBLIC_URL: 'https://samtal.example.se' } });
});
afterAll(async () => t?.close());

async function setup() {
  const ws = await makeWorkspace(t.db, { defaultLanguage: 'sv' });
  const admin = await makeMember(t.db, ws.id, ['admin'], { name: 'Anna Admin' });
  const moderator = await makeMember(t.db, ws.id, ['moderator']);
  const responder = await makeMember(t.db, ws.id, ['responder']);
  return {
    ws,
    admin,
    asAdmin: await t.login(admin.email),
    asModerator: await t.login(moderator.email),
    asResponder: await t.login(responder.email),
    base: `/api/workspaces/${ws.id}/guidelines`,
  };
}

const auditActions = async (workspaceId: string) =>
  (
    await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', workspaceId).orderBy('seq').execute()
  ).map((r) => r.action);

describe('community guidelines', () => {
  it('go from draft to published, numbered by order, and keep every published version in the history', async () => {
    const { ws, admin, asAdmin, base } = await setup();
    const initial = (await asAdmin.get(base)).json();
    expect(initial).toMatchObject({
      published: null,
      draft: null,
      history: [],
      publicUrl: `https://samtal.example.se/guidelines/${ws.slug}`,
    });
    expect(initial.template.rules.map((r: { key: string }) => r.key)).toContain('personal_data');

    const saved = await asAdmin.put(`${base}/draft`, {
      rules: [ruleBody('spam'), { ...ruleBody('threats'), number: 9 }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().draft).toMatchObject({ version: 1, status: 'draft', publishedAt: null });
    expect(saved.json().draft.rules.map((r: { key: string; number: number }) => [r.key, r.number])).toEqual([
      ['spam', 1],
      ['threats', 2],
    ]);
    // Saving again replaces the one draft instead of adding another.
    const resaved = await asAdmin.put(`${base}/draft`, {
      rules: templateRules(),
      changeNote: text('Ny', 'Nieuw', 'New'),
    });
    expect(resaved.json().draft.id).toBe(saved.json().draft.id);

    const v1 = await asAdmin.post(`${base}/draft/publish`);
    expect(v1.statusCode).toBe(200);
    expect(v1.json().published).toMatchObject({ version: 1, status: 'published' });
    expect(v1.json().published.rules[0]).toMatchObject({ key: 'threats', number: 1, defaultAction: 'report_police' });

    const draft2 = await asAdmin.put(`${base}/draft`, {
      rules: [ruleBody('threats'), ruleBody('spam')],
      changeNote: text('Färre regler', 'Minder regels', 'Fewer rules'),
    });
    expect(draft2.json().draft.version).toBe(2);
    const state = (await asAdmin.get(base)).json();
    // The published version stays in force while the draft is being written.
    expect(state.published.version).toBe(1);
    expect(state.draft.version).toBe(2);

    expect((await asAdmin.post(`${base}/draft/publish`)).json().published.version).toBe(2);
    const after = (await asAdmin.get(base)).json();
    expect(after.draft).toBeNull();
    expect(after.published.rules.map((r: { key: string }) => r.key)).toEqual(['threats', 'spam']);
    expect(after.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect(after.history[0]).toMatchObject({
      publishedBy: { id: admin.id, name: 'Anna Admin' },
      changeNote: { en: 'Fewer rules' },
    });
    expect(await auditActions(ws.id)).toEqual([
      'guidelines.draft_saved',
      'guidelines.draft_saved',
      'guidelines.published',
      'guidelines.draft_saved',
      'guidelines.published',
    ]);
  });

  it('discards a draft without touching the published version', async () => {
    const { ws, asAdmin, base } = await setup();
    await asAdmin.put(`${base}/draft`, { rules: [ruleBody('spam')] });
    await asAdmin.post(`${base}/draft/publish`);
    await asAdmin.put(`${base}/draft`, { rules: [] });
    const res = await asAdmin.delete(`${base}/draft`);
    expect(res.statusCode).toBe(204);
    const state = (await asAdmin.get(base)).json();
    expect(state.draft).toBeNull();
    expect(state.published.version).toBe(1);
    expect((await asAdmin.post(`${base}/draft/publish`)).json().error.message).toMatch(/no draft to publish/);
    expect((await auditActions(ws.id)).at(-1)).toBe('guidelines.draft_discarded');
  });

  it('refuses duplicate keys, bad keys and unknown actions with a 400 that names the field', async () => {
    const { asAdmin, base } = await setup();
    const dup = await asAdmin.put(`${base}/draft`, { rules: [ruleBody('spam'), ruleBody('hate'), ruleBody('spam')] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.message).toContain('body.rules.2.key: "spam" is already the key of rule 1');
    const badKey = await asAdmin.put(`${base}/draft`, { rules: [ruleBody('Not A Key')] });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().error.message).toContain('body.rules.0.key');
    const badAction = await asAdmin.put(`${base}/draft`, { rules: [{ ...ruleBody('spam'), defaultAction: 'ban' }] });
    expect(badAction.json().error.message).toContain('must be hide, remove, warn, escalate or report_police');
  });

  it('saves an incomplete draft but publishes only when every rule has all three languages', async () => {
    const { asAdmin, base } = await setup();
    const incomplete = { ...ruleBody('hate'), explanation: text('Inget hat.', '', 'No hate.') };
    expect((await asAdmin.put(`${base}/draft`, { rules: [ruleBody('spam'), incomplete] })).statusCode).toBe(200);
    const res = await asAdmin.post(`${base}/draft/publish`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('rule 2 ("hate") has no Dutch (nl) explanation');
    expect(res.json().error.details.missing).toEqual([{ rule: 2, key: 'hate', field: 'explanation', language: 'nl' }]);
    expect((await asAdmin.get(base)).json().published).toBeNull();

    await asAdmin.put(`${base}/draft`, { rules: [] });
    expect((await asAdmin.post(`${base}/draft/publish`)).json().error.message).toMatch(/at least one rule/);
    // An introduction in one language only is a translation someone forgot.
    await asAdmin.put(`${base}/draft`, { rules: [ruleBody('spam')], intro: text('Välkommen', '', '') });
    const intro = (await asAdmin.post(`${base}/draft/publish`)).json();
    expect(intro.error.message).toContain('the introduction has no Dutch (nl) text');
  });

  it('lets moderators read the guidelines but not edit or publish them', async () => {
    const { asAdmin, asModerator, asResponder, base } = await setup();
    await asAdmin.put(`${base}/draft`, { rules: [ruleBody('spam')] });
    await asAdmin.post(`${base}/draft/publish`);
    await asAdmin.put(`${base}/draft`, { rules: [ruleBody('spam'), ruleBody('hate')] });
    const read = await asModerator.get(base);
    expect(read.statusCode).toBe(200);
    expect(read.json().published.version).toBe(1);
    expect((await asModerator.post(`${base}/draft/publish`)).statusCode).toBe(403);
    expect((await asModerator.put(`${base}/draft`, { rules: [] })).statusCode).toBe(403);
    expect((await asModerator.delete(`${base}/draft`)).statusCode).toBe(403);
    expect((await asResponder.get(base)).statusCode).toBe(403);
    expect((await asAdmin.get(base)).json().published.version).toBe(1);
  });
});
