/**
 * The foundation's end-to-end promise, in a real browser against the real Samtal (API, worker,
 * demo data, sandbox traffic at 60 items a minute): a demo user logs in, switches the interface to
 * Swedish and Dutch, sees the sandbox channel connected and healthy, and sees its newest items
 * arrive live, without reloading the page.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, eventually, launchBrowser, logIn, navTexts, newPage } from './support/browser.js';
import { demoLogin, demoLoginFor } from './support/demo.js';
import { startTestSamtal, type TestSamtal } from './support/samtal.js';

let samtal: TestSamtal;
let browser: Browser;
/** A browser test drives a real server: allow more than vitest's 30 s on a busy machine. */
const BROWSER_TEST_TIMEOUT = 150_000;

beforeAll(async () => {
  samtal = await startTestSamtal(); // demo on, sandbox rate 60/min
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await samtal?.stop();
});

const itemIds = (card: Locator) =>
  card.getByTestId('inbound-item').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.itemId!));

async function savedLanguage(page: Page): Promise<string | null> {
  const response = await page.request.get('/api/auth/me');
  return ((await response.json()) as { user: { language: string | null } }).user.language;
}

describe('a demo user on the channels page', () => {
  it(
    'switches language, sees the sandbox channel healthy and its newest items arriving live',
    async () => {
      const login = demoLogin();
      const { context, page, errors } = await newPage(browser, samtal.url);
      await logIn(page, login.email, login.password);
      await page.getByTestId('inbox-page').waitFor(); // the start page
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect((await navTexts(page))[0]).toBe('Inbox');
      await page.getByTestId('nav-channels').click();
      await page.getByTestId('channels-page').waitFor();

      // Swedish, then Dutch: the navigation is translated, <html lang> follows, the choice is saved on the account.
      await chooseLanguage(page, 'sv');
      await eventually(() => page.getByTestId('nav-channels').innerText()).toBe('Kanaler');
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      await eventually(() => savedLanguage(page)).toBe('sv');
      const swedishNav = await navTexts(page);

      await chooseLanguage(page, 'nl');
      await eventually(() => page.getByTestId('nav-channels').innerText()).toBe('Kanalen');
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      await eventually(() => savedLanguage(page)).toBe('nl');
      const dutchNav = await navTexts(page);
      const expected: Record<string, [string, string]> = {
        'nav-inbox': ['Inkorg', 'Postvak'],
        'nav-review': ['Granskning', 'Controle'],
        'nav-moderation': ['Moderering', 'Moderatie'],
        'nav-publishing': ['Publicering', 'Publiceren'],
        'nav-guidelines': ['Communityregler', 'Huisregels'],
        'nav-channels': ['Kanaler', 'Kanalen'],
        'nav-knowledge': ['Kunskapsbank', 'Kennisbank'],
        'nav-responders': ['Svarsansvariga', 'Beantwoorders'],
        'nav-inbox-settings': ['Inkorgsinställningar', 'Inboxinstellingen'],
        'nav-team': ['Medlemmar', 'Teamleden'],
        'nav-audit': ['Granskningslogg', 'Auditlogboek'],
        'nav-settings': ['Inställningar', 'Instellingen'],
      };
      const shown = await page
        .getByTestId('main-nav')
        .locator('a')
        .evaluateAll((links) => links.map((l) => (l as HTMLElement).dataset.testid!));
      expect(swedishNav).toEqual(shown.map((id) => expected[id]![0]));
      expect(dutchNav).toEqual(shown.map((id) => expected[id]![1]));
      expect(await page.getByTestId('page-title').innerText()).toBe('Kanalen');

      // The sandbox channel is connected and healthy (in Dutch: "In orde"), the live connection is open.
      const card = page.locator('[data-testid="channel-card"][data-kind="sandbox"]').first();
      await card.waitFor();
      await eventually(() => card.getByTestId('channel-health').getAttribute('data-health')).toBe('healthy');
      expect(await card.getByTestId('channel-health').innerText()).toBe('In orde');
      await eventually(() => page.getByTestId('live-status').getAttribute('data-state')).toBe('open');

      // Newest items arrive while we watch. A marker on window proves the page never reloads.
      await page.evaluate(() => ((window as unknown as { samtalMarker: number }).samtalMarker = 42));
      await eventually(() => itemIds(card).then((ids) => ids.length), 20_000).toBeGreaterThan(0);
      const before = new Set(await itemIds(card));
      const totalBefore = Number(await card.getByTestId('stat-inboundTotal').getAttribute('data-value'));

      await eventually(
        async () => (await itemIds(card)).filter((id) => !before.has(id)).length,
        20_000,
      ).toBeGreaterThanOrEqual(2);
      await eventually(
        async () => Number(await card.getByTestId('stat-inboundTotal').getAttribute('data-value')),
        10_000,
      ).toBeGreaterThan(totalBefore);
      expect(await page.evaluate(() => (window as unknown as { samtalMarker?: number }).samtalMarker)).toBe(42);

      // New arrivals are marked, sit at the top (newest first), and show content as plain text.
      const rows = card.getByTestId('inbound-item');
      expect(await rows.first().getAttribute('data-new')).toBe('true');
      const times = await rows.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
      expect(times).toEqual([...times].sort().reverse());
      expect((await rows.first().getByTestId('item-text').innerText()).length).toBeGreaterThan(0);
      expect(await card.locator('[data-testid="item-text"] *').count()).toBe(0); // no markup inside social text

      expect(errors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT,
  );
});

describe('a demo viewer', () => {
  it(
    'gets the interface in the language saved on the account and sees only the reading pages',
    async () => {
      const viewer = demoLoginFor('ekeby', 'viewer');
      const { context, page, errors } = await newPage(browser, samtal.url); // the browser itself prefers English
      await logIn(page, viewer.email, viewer.password);
      await eventually(() => page.getAttribute('html', 'lang')).toBe('sv');
      expect(await navTexts(page)).toEqual(['Inkorg', 'Kanaler', 'Kunskapsbank']);
      expect(await page.getByTestId('user-name').innerText()).toBe(viewer.name);
      await page.getByTestId('nav-channels').click();
      await eventually(() => page.getByTestId('channel-card').count(), 10_000).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
