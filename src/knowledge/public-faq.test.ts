import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { insertArticlesIfMissing } from './faq.repository.js';

let t: TestApp;
let ws: { id: string; slug: string };
beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_PUBLIC_URL: 'https://samtal.example.se' } });
  ws = await makeWorkspace(t.db, { slug: `ekeby-${Date.now()}`, name: 'Ekeby <kommun>', defaultLanguage: 'sv' });
  const base = { keywords: '', externalUrl: null, published: true };
  await insertArticlesIfMissing(t.db, ws.id, [
    {
      ...base,
      slug: 'bygglov',
      language: 'sv',
      question: 'Hur söker jag <b>bygglov</b>?',
      answer: 'Ansök i e-tjänsten.\n\n<script>alert("x")</script> & mer',
      externalUrl: 'https://example.se/?a=1&b="2"',
    },
    {
      ...base,
      slug: 'bygglov',
      language: 'en',
      question: 'How do I apply for a building permit?',
      answer: 'Apply online.',
    },
    { ...base, slug: 'sopor', language: 'sv', question: 'När hämtas soporna?', answer: 'Varannan vecka.' },
    { ...base, slug: 'utkast', language: 'sv', question: 'Ett utkast', answer: 'Inte publicerad.', published: false },
  ]);
});
afterAll(async () => t?.close());

const anonymous = () => t.anonymous();

describe('the public FAQ pages', () => {
  it('shows an article without login, everything escaped, in its language', async () => {
    const res = await anonymous().get(`/faq/${ws.slug}/bygglov`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="sv">');
    expect(res.body).toContain('<h1>Hur söker jag &lt;b&gt;bygglov&lt;/b&gt;?</h1>');
    expect(res.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer');
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('<header>Ekeby &lt;kommun&gt;</header>');
    expect(res.body).toContain('href="https://example.se/?a=1&amp;b=&quot;2&quot;"');
    expect(res.body).toContain('<p>Ansök i e-tjänsten.</p>');
  });

  it('picks the language of a slug from ?lang=, then Accept-Language, then the workspace default', async () => {
    expect((await anonymous().get(`/faq/${ws.slug}/bygglov?lang=en`)).body).toContain('<html lang="en">');
    const byHeader = await anonymous().request('GET', `/faq/${ws.slug}/bygglov`, undefined, {
      'accept-language': 'nl-NL, en;q=0.8, sv;q=0.5',
    });
    expect(byHeader.body).toContain('How do I apply for a building permit?');
    expect((await anonymous().get(`/faq/${ws.slug}/bygglov?lang=fr`)).body).toContain('<html lang="sv">');
  });

  it('lists the published articles in the visitor language, with links to the other languages', async () => {
    const sv = await anonymous().get(`/faq/${ws.slug}`);
    expect(sv.statusCode).toBe(200);
    expect(sv.body).toContain('<html lang="sv">');
    expect(sv.body).toContain('Vanliga frågor');
    expect(sv.body).toContain(`href="/faq/${ws.slug}/sopor?lang=sv"`);
    expect(sv.body).not.toContain('How do I apply');
    expect(sv.body).not.toContain('Ett utkast');
    expect(sv.body).toContain(`href="/faq/${ws.slug}?lang=en"`);
    const en = await anonymous().request('GET', `/faq/${ws.slug}`, undefined, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Frequently asked questions');
    expect(en.body).toContain('How do I apply for a building permit?');
    expect(en.body).not.toContain('När hämtas');
  });

  it('answers 404 pages for an unknown workspace, an unknown or unpublished article', async () => {
    for (const path of [
      `/faq/nobody-${Date.now()}`,
      `/faq/nobody-${Date.now()}/bygglov`,
      `/faq/${ws.slug}/saknas`,
      `/faq/${ws.slug}/utkast`,
    ]) {
      const res = await anonymous().get(path);
      expect(res.statusCode, path).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<html lang=');
    }
  });

  it('serves the published articles as JSON, optionally of one language, with their public links', async () => {
    const res = await anonymous().get(`/api/public/faq/${ws.slug}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.workspace).toEqual({ name: 'Ekeby <kommun>', slug: ws.slug });
    expect(body.articles.map((a: { slug: string; language: string }) => `${a.language}/${a.slug}`)).toEqual([
      'en/bygglov',
      'sv/bygglov',
      'sv/sopor',
    ]);
    expect(body.articles[0].url).toBe(`https://samtal.example.se/faq/${ws.slug}/bygglov?lang=en`);
    expect(body.articles[1].url).toBe(`https://samtal.example.se/faq/${ws.slug}/bygglov`);
    const en = (await anonymous().get(`/api/public/faq/${ws.slug}?language=en`)).json();
    expect(en.articles).toHaveLength(1);
    expect((await anonymous().get(`/api/public/faq/nobody-${Date.now()}`)).statusCode).toBe(404);
  });
});
