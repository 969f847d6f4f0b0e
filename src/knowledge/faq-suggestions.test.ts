import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.js';
import { seedDemoKnowledge } from './demo-knowledge.js';
import { makeConversation } from './knowledge.test-fixtures.js';

let t: TestApp;
let ekeby: { id: string; slug: string };
let vandijk: { id: string; slug: string };
let asEkeby: TestClient;
let asVanDijk: TestClient;

interface Suggestion {
  id: string;
  question: string;
  language: string;
  url: string;
  score: number;
  snippet: string;
}

beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_PUBLIC_URL: 'https://samtal.example.se' } });
  ekeby = await makeWorkspace(t.db, { slug: `ekeby-${Date.now()}`, defaultLanguage: 'sv' });
  vandijk = await makeWorkspace(t.db, { slug: `vandijk-${Date.now()}`, defaultLanguage: 'nl', country: 'NL' });
  await seedDemoKnowledge(t.db, ekeby.id, 'ekeby');
  await seedDemoKnowledge(t.db, vandijk.id, 'vandijk');
  asEkeby = await t.login((await makeMember(t.db, ekeby.id, ['responder'])).email);
  asVanDijk = await t.login((await makeMember(t.db, vandijk.id, ['reviewer'])).email);
});
afterAll(async () => t?.close());

async function suggest(client: TestClient, workspaceId: string, query: Record<string, string>) {
  const res = await client.get(`/api/workspaces/${workspaceId}/faq/suggestions?${new URLSearchParams(query)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { language: string; suggestions: Suggestion[] };
}

const HIGH = 0.3;

describe('FAQ suggestions', () => {
  it('suggests the building permit article for a Swedish question about an Attefall house', async () => {
    const { language, suggestions } = await suggest(asEkeby, ekeby.id, {
      text: 'Hur gör jag för att söka bygglov för ett attefallshus?',
    });
    expect(language).toBe('sv');
    expect(suggestions[0]).toMatchObject({
      question: 'Hur söker jag bygglov?',
      language: 'sv',
      url: `https://samtal.example.se/faq/${ekeby.slug}/bygglov`,
    });
    expect(suggestions[0]!.score).toBeGreaterThan(0.5);
    expect(suggestions[0]!.score).toBeLessThanOrEqual(1);
    expect(suggestions[0]!.snippet).toMatch(/attefallshus/);
  });

  it("puts the text's language first, then the other languages", async () => {
    const text = 'BankID inloggning e-tjänst';
    const sv = await suggest(asEkeby, ekeby.id, { text, language: 'sv', limit: '20' });
    const grouped = (list: Suggestion[]) => list.map((x) => x.language).join(',');
    expect(grouped(sv.suggestions)).toMatch(/^(sv,)+en(,en)*$/);
    expect(sv.suggestions[0]!.url).toContain('/e-tjanster-bankid');
    expect(sv.suggestions.find((x) => x.language === 'en')!.url).toContain('/e-services-bankid?lang=en');
    const en = await suggest(asEkeby, ekeby.id, { text, language: 'en', limit: '20' });
    expect(grouped(en.suggestions)).toMatch(/^(en,)+sv(,sv)*$|^en(,sv)+$/);
    expect(en.suggestions[0]!.url).toContain('/e-services-bankid?lang=en');
  });

  it('suggests the warranty article for a Dutch question about a broken bike', async () => {
    const { language, suggestions } = await suggest(asVanDijk, vandijk.id, {
      text: 'Mijn fiets is kapot, hoe werkt de garantie?',
    });
    expect(language).toBe('nl');
    expect(suggestions[0]).toMatchObject({ question: 'Hoe werkt de garantie op mijn fiets?', language: 'nl' });
    expect(suggestions[0]!.url).toBe(`https://samtal.example.se/faq/${vandijk.slug}/garantie`);
    expect(suggestions[0]!.score).toBeGreaterThan(0.5);
  });

  it('ranks English texts against the English articles, English first', async () => {
    const { suggestions } = await suggest(asVanDijk, vandijk.id, {
      text: 'My e-bike battery will not charge anymore and the range is terrible. What can I do?',
    });
    expect(suggestions[0]).toMatchObject({
      question: 'My e-bike battery does not charge or runs down quickly, what now?',
    });
    expect(suggestions[0]!.url).toBe(`https://samtal.example.se/faq/${vandijk.slug}/e-bike-battery?lang=en`);
  });

  it('finds the right article in a long social media post that shares only a few words with it', async () => {
    const { suggestions } = await suggest(asEkeby, ekeby.id, {
      text:
        'Nu har gatlampan utanför vårt hus på Björkvägen varit trasig i snart tre veckor. Det är kolsvart när ' +
        'barnen går till skolan på morgonen och ingen verkar bry sig. Jag har ringt två gånger. Hur svårt kan det vara?? ' +
        'Betalar vi inte skatt för sånt här? #ekeby #mörkt',
    });
    expect(suggestions[0]!.question).toBe('Hur gör jag en felanmälan om gata, gatubelysning eller trottoar?');
    expect(suggestions[0]!.score).toBeGreaterThan(HIGH);
  });

  it('ranks a complaint article above the collection-day article for a complaint about missed collections', async () => {
    const ws = await makeWorkspace(t.db, { defaultLanguage: 'sv' });
    await seedDemoKnowledge(t.db, ws.id, 'ekeby');
    const admin = await t.login((await makeMember(t.db, ws.id, ['admin'])).email);
    await admin.post(`/api/workspaces/${ws.id}/faq`, {
      slug: 'klagomal-sophamtning',
      language: 'sv',
      question: 'Hur klagar jag på sophämtningen?',
      answer:
        'Missad sophämtning anmäler du i vår e-tjänst för synpunkter och klagomål. Vi svarar inom två arbetsdagar.',
      keywords: 'klaga klagomål synpunkter sophämtning sopor missad hämtning',
    });
    const { suggestions } = await suggest(admin, ws.id, {
      text: 'Jag är så besviken, sophämtningen har missat oss tre veckor i rad och ingen svarar. Hur gör jag för att klaga?',
    });
    expect(suggestions.slice(0, 2).map((x) => x.question)).toEqual([
      'Hur klagar jag på sophämtningen?',
      'När hämtas mina sopor och vad gör jag om hämtningen missas?',
    ]);
  });

  it('gives no high-score suggestion for an unrelated text', async () => {
    for (const [client, ws, text] of [
      [asEkeby, ekeby.id, 'Vilken fin solnedgång vid sjön igår kväll, tack för en härlig sommar allihop!'],
      [asVanDijk, vandijk.id, 'Wat een mooie zonsondergang gisteren bij het strand, genieten!'],
      [asVanDijk, vandijk.id, 'Congratulations to the team on winning the local football cup yesterday!'],
    ] as const) {
      const { suggestions } = await suggest(client, ws, { text });
      expect(
        suggestions.filter((s) => s.score >= HIGH),
        text,
      ).toEqual([]);
    }
  });

  it("uses a conversation's latest unanswered inbound item, and its language", async () => {
    const conversation = await makeConversation(t.db, vandijk.id, {
      items: [
        { text: 'Wanneer zijn jullie open op zaterdag?', language: 'nl', minutesAgo: 60, answered: true },
        { text: 'We zijn zaterdag open van 9 tot 17 uur.', direction: 'outbound', minutesAgo: 50 },
        { text: 'Ik wil mijn bestelling retourneren, hoe krijg ik mijn geld terug?', language: 'nl', minutesAgo: 10 },
        // Newer but already answered: not the one waiting.
        { text: 'Hoe laat is de koopavond?', language: 'nl', minutesAgo: 5, answered: true },
      ],
    });
    const { language, suggestions } = await suggest(asVanDijk, vandijk.id, { conversationId: conversation.id });
    expect(language).toBe('nl');
    expect(suggestions[0]!.question).toBe('Kan ik mijn bestelling retourneren?');
  });

  it('leaves out unpublished articles and answers 404 for a conversation of another workspace', async () => {
    const question = 'Har mitt barn rätt till skolskjuts?';
    const text = 'Har min dotter rätt till skolskjuts?';
    const before = await suggest(asEkeby, ekeby.id, { text, language: 'sv' });
    expect(before.suggestions[0]?.question).toBe(question);
    await t.db
      .updateTable('faq_articles')
      .set({ published: false })
      .where('workspace_id', '=', ekeby.id)
      .where('slug', '=', 'skolskjuts')
      .execute();
    const after = await suggest(asEkeby, ekeby.id, { text, language: 'sv' });
    expect(after.suggestions.map((x) => x.question)).not.toContain(question);

    const foreign = await makeConversation(t.db, vandijk.id, { items: [{ text: 'garantie' }] });
    const res = await asEkeby.get(`/api/workspaces/${ekeby.id}/faq/suggestions?conversationId=${foreign.id}`);
    expect(res.statusCode).toBe(404);
    expect((await asEkeby.get(`/api/workspaces/${ekeby.id}/faq/suggestions`)).statusCode).toBe(400);
  });
});
