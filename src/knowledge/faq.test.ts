import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_PUBLIC_URL: 'https://samtal.example.se' } });
});
afterAll(async () => t?.close());

const article = (over: Record<string, unknown> = {}) => ({
  slug: 'bygglov',
  language: 'sv',
  question: 'Hur söker jag bygglov?',
  answer: 'Du söker bygglov i vår e-tjänst.',
  keywords: 'bygglov attefallshus',
  ...over,
});

async function setup() {
  const ws = await makeWorkspace(t.db, {
    slug: `ekeby-${Math.random().toString(36).slice(2, 8)}`,
    defaultLanguage: 'sv',
  });
  const admin = await makeMember(t.db, ws.id, ['admin']);
  const viewer = await makeMember(t.db, ws.id, ['viewer']);
  return {
    ws,
    admin,
    asAdmin: await t.login(admin.email),
    asViewer: await t.login(viewer.email),
    base: `/api/workspaces/${ws.id}/faq`,
  };
}

describe('FAQ articles', () => {
  it('are created with a public link, listed to every role, edited and deleted, each change audited', async () => {
    const { ws, admin, asAdmin, asViewer, base } = await setup();
    const created = await asAdmin.post(base, article({ externalUrl: 'https://www.boverket.se/' }));
    expect(created.statusCode).toBe(201);
    const a = created.json().article;
    expect(a).toMatchObject({
      slug: 'bygglov',
      language: 'sv',
      published: true,
      externalUrl: 'https://www.boverket.se/',
      url: `https://samtal.example.se/faq/${ws.slug}/bygglov`,
    });
    // Not the default language: the link names its language.
    const en = (
      await asAdmin.post(base, article({ language: 'en', question: 'How do I apply for a permit?', published: false }))
    ).json().article;
    expect(en.url).toBe(`https://samtal.example.se/faq/${ws.slug}/bygglov?lang=en`);

    const listed = await asViewer.get(base);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().articles.map((x: { language: string }) => x.language)).toEqual(['en', 'sv']);
    expect((await asViewer.get(`${base}?published=false`)).json().articles.map((x: { id: string }) => x.id)).toEqual([
      en.id,
    ]);
    expect((await asViewer.post(base, article({ slug: 'nope' }))).statusCode).toBe(403);

    const edited = await asAdmin.patch(`${base}/${a.id}`, { answer: 'Ansök i e-tjänsten Bygglov.', externalUrl: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().article).toMatchObject({
      question: 'Hur söker jag bygglov?',
      answer: 'Ansök i e-tjänsten Bygglov.',
      externalUrl: null,
    });

    expect((await asAdmin.delete(`${base}/${a.id}`)).statusCode).toBe(200);
    expect((await asAdmin.patch(`${base}/${a.id}`, { published: false })).statusCode).toBe(404);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'subject_id'])
      .where('workspace_id', '=', ws.id)
      .where('action', 'like', 'faq_article.%')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'faq_article.created', actor_id: admin.id, subject_id: a.id },
      { action: 'faq_article.created', actor_id: admin.id, subject_id: en.id },
      { action: 'faq_article.updated', actor_id: admin.id, subject_id: a.id },
      { action: 'faq_article.deleted', actor_id: admin.id, subject_id: a.id },
    ]);
  });

  it('validates the slug and the external link', async () => {
    const { asAdmin, base } = await setup();
    for (const slug of ['Bygglov', '-bygglov', 'bygg lov', 'bygglov/2', '']) {
      const res = await asAdmin.post(base, article({ slug }));
      expect(res.statusCode, slug).toBe(400);
      expect(res.body).toContain('slug');
    }
    const bad = await asAdmin.post(base, article({ externalUrl: 'javascript:alert(1)' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('externalUrl');
  });

  it('answers 409 with a clear message for a slug taken in that language, on create and on edit', async () => {
    const { ws, asAdmin, base } = await setup();
    expect((await asAdmin.post(base, article())).statusCode).toBe(201);
    const dup = await asAdmin.post(base, article({ question: 'Another question' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toBe(
      'There is already a Swedish article with the slug "bygglov". Choose another slug.',
    );
    // The same slug in another language, or in another workspace, is fine.
    expect((await asAdmin.post(base, article({ language: 'en' }))).statusCode).toBe(201);
    const other = await setup();
    expect((await other.asAdmin.post(other.base, article())).statusCode).toBe(201);

    const second = (await asAdmin.post(base, article({ slug: 'altan' }))).json().article;
    const renamed = await asAdmin.patch(`${base}/${second.id}`, { slug: 'bygglov' });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error.message).toContain('"bygglov"');
    const count = await t.db
      .selectFrom('faq_articles')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('workspace_id', '=', ws.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
  });
});
