import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { DEFAULT_GUIDELINE_INTRO } from './default-guideline-rules.js';
import { ruleBody, templateRules, text } from './guidelines.test-fixtures.js';

let t: TestApp;
let ws: { id: string; slug: string };
let empty: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_PUBLIC_URL: 'https://samtal.example.se' } });
  ws = await makeWorkspace(t.db, { name: 'Ekeby <kommun>', defaultLanguage: 'sv', timeZone: 'Europe/Stockholm' });
  empty = await makeWorkspace(t.db, { defaultLanguage: 'nl' });
  const admin = await t.login((await makeMember(t.db, ws.id, ['admin'])).email);
  const base = `/api/workspaces/${ws.id}/guidelines`;
  await admin.put(`${base}/draft`, {
    intro: DEFAULT_GUIDELINE_INTRO,
    rules: [ruleBody('spam', text('Ingen <script>alert(1)</script>', 'Geen spam', 'No spam')), ruleBody('old_rule')],
  });
  await admin.post(`${base}/draft/publish`);
  await admin.put(`${base}/draft`, {
    intro: DEFAULT_GUIDELINE_INTRO,
    rules: templateRules(),
    changeNote: text('Regler om hot & hat', 'Regels over bedreiging', 'Rules on threats and hate'),
  });
  await admin.post(`${base}/draft/publish`);
  // A draft is never public.
  await admin.put(`${base}/draft`, { rules: [ruleBody('secret_draft_rule')] });
  await t.db.insertInto('guideline_versions').values({ workspace_id: empty.id, version: 1, status: 'draft' }).execute();
});
afterAll(async () => t?.close());

const page = (url: string, headers: Record<string, string> = {}) =>
  t.anonymous().request('GET', url, undefined, headers);

describe('the public guidelines page', () => {
  it('renders the version in force in Swedish without login: rules, what happens, version date, history', async () => {
    const res = await page(`/guidelines/${ws.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="sv">');
    expect(res.body).toContain('<h1>Riktlinjer för våra kanaler</h1>');
    expect(res.body).toContain('<header>Ekeby &lt;kommun&gt;</header>');
    expect(res.body).toMatch(/Version 2, gäller sedan \d{1,2} [a-z]+ \d{4}\./);
    expect(res.body).toContain('Kritik, frågor och olika åsikter är välkomna');
    expect(res.body).toContain('<h2>1. Inga hot eller uppmaningar till våld</h2>');
    expect(res.body).toContain('<strong>Vad händer:</strong> Vi sparar bevis, tar bort inlägget och polisanmäler.');
    expect(res.body).toContain('<h2>Ändringar</h2>');
    expect(res.body).toContain('Regler om hot &amp; hat');
    expect(res.body).toContain('Första versionen.');
    expect(res.body).toContain(`href="/guidelines/${ws.slug}/v/1?lang=sv"`);
    expect(res.body).not.toContain('secret_draft_rule');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('renders in Dutch and English, chosen by ?lang= or Accept-Language', async () => {
    const nl = await page(`/guidelines/${ws.slug}?lang=nl`);
    expect(nl.body).toContain('<html lang="nl">');
    expect(nl.body).toContain('<h1>Huisregels voor onze kanalen</h1>');
    expect(nl.body).toContain('<h2>3. Geen persoonlijke aanvallen of intimidatie</h2>');
    expect(nl.body).toMatch(/Versie 2, van kracht sinds/);
    expect(nl.body).toContain('<h2>Wijzigingen</h2>');
    const en = await page(`/guidelines/${ws.slug}`, { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' });
    expect(en.headers['content-language']).toBe('en');
    expect(en.body).toContain('<h1>Community guidelines</h1>');
    expect(en.body).toContain('<h2>4. Do not share people&#39;s personal data</h2>');
    expect(en.body).toContain('Criticism, questions and differing views are welcome');
    expect(en.body).toContain('<h2>History of changes</h2>');
    // ?lang= wins over the header; an unknown language falls back to the header, then the workspace.
    expect((await page(`/guidelines/${ws.slug}?lang=nl`, { 'accept-language': 'en' })).body).toContain('lang="nl"');
    expect((await page(`/guidelines/${ws.slug}?lang=fr`, { 'accept-language': 'en' })).body).toContain(
      '<html lang="en">',
    );
    expect((await page(`/guidelines/${ws.slug}?lang=fr`)).body).toContain('<html lang="sv">');
    // The language switcher offers the other two.
    expect(en.body).toContain(`href="/guidelines/${ws.slug}?lang=sv"`);
    expect(en.body).toContain(`href="/guidelines/${ws.slug}?lang=nl"`);
  });

  it('shows an older version with its period and escapes every rule text', async () => {
    const res = await page(`/guidelines/${ws.slug}/v/1?lang=sv`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/Version 1, gällde från .+ till .+\. Det här är en äldre version\./);
    expect(res.body).toContain('<h2>1. Ingen &lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).toContain('<h2>2. Regel old_rule</h2>');
    expect(res.body).toContain(`<a href="/guidelines/${ws.slug}?lang=sv">Se de riktlinjer som gäller nu</a>`);
  });

  it('answers 404 pages for an unknown workspace, a workspace with only a draft, and an unknown version', async () => {
    const unknown = await page('/guidelines/no-such-workspace', { 'accept-language': 'nl' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<h1>Pagina niet gevonden</h1>');
    expect((await page(`/guidelines/${empty.slug}`)).statusCode).toBe(404);
    expect((await page(`/guidelines/${ws.slug}/v/3`)).statusCode).toBe(404);
    expect((await page(`/guidelines/${ws.slug}/v/abc`)).statusCode).toBe(404);
  });

  it('serves the same content as JSON without login', async () => {
    const res = await t.anonymous().get(`/api/public/guidelines/${ws.slug}?language=en`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      workspace: { name: 'Ekeby <kommun>', slug: ws.slug },
      language: 'en',
      version: 2,
      url: `https://samtal.example.se/guidelines/${ws.slug}?lang=en`,
    });
    expect(body.rules[0]).toMatchObject({ key: 'threats', number: 1, title: 'No threats or calls for violence' });
    expect(body.history.map((h: { version: number }) => h.version)).toEqual([2, 1]);
    expect((await t.anonymous().get(`/api/public/guidelines/${empty.slug}`)).statusCode).toBe(404);
  });
});
