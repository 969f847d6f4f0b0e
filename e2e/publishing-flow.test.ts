/**
 * Publishing end to end, in a real browser against the real Samtal (API, worker, demo data): the admin
 * of the Dutch demo workspace (Europe/Amsterdam, the Netherlands' default blackout windows seeded)
 * drafts a post in Dutch with a spelling mistake, sees the warning and the per-channel length counter,
 * schedules it at 20:00 on 4 May of next year — inside the two minutes of silence of Dodenherdenking —
 * and sees it held and moved to 20:05, on the post page and on the calendar.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSettings } from '../src/publishing/settings/settings.repository.js';
import { apiSession, type ApiSession, workspaceId } from './support/api.js';
import { eventually, launchBrowser, logIn, newPage } from './support/browser.js';
import { demoLoginFor } from './support/demo.js';
import { findSandboxChannel, type SandboxChannel } from './support/sandbox.js';
import { startTestSamtal, type TestSamtal } from './support/samtal.js';

/** "onderhoudd" is a misspelling of "onderhoud": the composer must flag it. */
const MISSPELT = 'Wij zijn morgen gesloten wegens onderhoudd.';
const YEAR = new Date().getUTCFullYear() + 1;
/** 4 May 20:00 in Amsterdam (summer time, UTC+2) and the end of the window, 20:05. */
const DUE_LOCAL = `${YEAR}-05-04T20:00`;
const MOVED_TO = `${YEAR}-05-04T18:05:00.000Z`;

let samtal: TestSamtal;
let browser: Browser;
let admin: ApiSession;
let vandijkId: string;
let channel: SandboxChannel;
const FLOW_TIMEOUT = 240_000;

beforeAll(async () => {
  samtal = await startTestSamtal({ SAMTAL_SANDBOX_RATE: '0' });
  browser = await launchBrowser();
  admin = await apiSession(samtal.url, demoLoginFor('vandijk', 'admin'));
  vandijkId = workspaceId(admin, 'vandijk');
  channel = await findSandboxChannel(samtal.samtal.ctx.db, 'vandijk', 'vandijkfietsen');
  // This workspace publishes without a second pair of eyes, so the admin schedules their own post.
  await saveSettings(samtal.samtal.ctx.db, vandijkId, { requireApproval: false, blackoutPolicy: 'move_to_end' });
}, 180_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await samtal?.stop();
});

interface PostAnswer {
  post: {
    id: string;
    status: string;
    variants: Array<{ channelId: string; status: string; dueAt: string | null; heldReason: string | null }>;
  };
}

describe('a Dutch post scheduled into the 4 May silence', () => {
  it(
    'shows the spelling warning and the length counter, and is moved to 20:05 after the window',
    async () => {
      // The default window of the Netherlands is there, as seeded for the demo workspace.
      const { windows } = await admin.get<{ windows: Array<{ title: string; enabled: boolean; timeZone: string }> }>(
        `/api/workspaces/${vandijkId}/publishing/blackouts`,
      );
      expect(windows.find((w) => /dodenherdenking/i.test(w.title))).toMatchObject({
        enabled: true,
        timeZone: 'Europe/Amsterdam',
      });

      const admin1 = demoLoginFor('vandijk', 'admin');
      const { page, errors } = await newPage(browser, samtal.url, { locale: 'nl-NL' });
      await logIn(page, admin1.email, admin1.password);
      await page.goto(`/w/${vandijkId}/publishing/posts/new`);
      await page.getByTestId('post-composer').waitFor({ timeout: 15_000 });

      await page.getByTestId('composer-title').fill('Onderhoud 4 mei');
      await page.getByTestId(`composer-channel-${channel.id}`).check();
      await page.getByTestId('composer-text').fill(MISSPELT);

      // The per-channel counter counts graphemes against the network's limit.
      const counter = page.getByTestId(`variant-length-${channel.id}`);
      await eventually(() => counter.innerText()).toMatch(new RegExp(`^${[...MISSPELT].length} / \\d+$`));
      expect(await counter.getAttribute('data-over')).toBe('false');
      await page.getByTestId(`variant-tab-${channel.id}`).click();
      expect(await page.getByTestId(`variant-text-${channel.id}`).inputValue()).toBe(MISSPELT);

      // The live check flags the misspelling, with "onderhoud" among the suggestions.
      const spelling = page.getByTestId('check-spelling');
      await spelling.waitFor({ timeout: 30_000 });
      const issue = spelling.getByTestId('check-spelling-issue').first();
      expect(await issue.getAttribute('data-word')).toBe('onderhoudd');
      expect(await issue.getByTestId('check-spelling-suggestion').allInnerTexts()).toContain('onderhoud');

      // Inside the window: the composer says so before anything is saved.
      await page.getByTestId('composer-scheduled-at').fill(DUE_LOCAL);
      const timing = page.getByTestId('check-timing');
      await timing.waitFor({ timeout: 15_000 });
      expect(await timing.innerText()).toMatch(/Dodenherdenking/);
      expect(await timing.innerText()).toContain('20:05');

      await page.getByTestId('composer-save').click();
      await page.waitForURL(/\/publishing\/posts\/[0-9a-f-]{36}$/, { timeout: 15_000 });
      const postId = /posts\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
      expect((await admin.get<PostAnswer>(`/api/workspaces/${vandijkId}/publishing/posts/${postId}`)).post.status).toBe(
        'draft',
      );

      await page.getByTestId('post-transition-scheduled').click();
      await eventually(() => page.getByTestId('post-status').getAttribute('data-status')).toBe('scheduled');

      // Held and moved to the end of the window, never inside it; the post page says why.
      const { post } = await admin.get<PostAnswer>(`/api/workspaces/${vandijkId}/publishing/posts/${postId}`);
      expect(post.variants).toHaveLength(1);
      expect(post.variants[0]).toMatchObject({ channelId: channel.id, status: 'scheduled', dueAt: MOVED_TO });
      expect(post.variants[0]!.heldReason).toMatch(/Dodenherdenking/);
      expect(await page.getByTestId(`variant-held-${channel.id}`).innerText()).toContain('20:05');
      expect(await page.getByTestId(`variant-due-${channel.id}`).innerText()).toContain('20:05');

      // The calendar of that month has the post and the window.
      const calendar = await admin.get<{ posts: Array<{ id: string }>; blackouts: Array<{ title: string }> }>(
        `/api/workspaces/${vandijkId}/publishing/calendar?from=${YEAR}-05-01T00:00:00Z&to=${YEAR}-06-01T00:00:00Z`,
      );
      expect(calendar.posts.map((p) => p.id)).toContain(postId);
      expect(calendar.blackouts.map((b) => b.title).join(' ')).toMatch(/Dodenherdenking/);
      await expectMovedOnCalendar(page, postId);
      expect(errors).toEqual([]);
    },
    FLOW_TIMEOUT,
  );
});

/** The month view, paged forward to May next year, shows the post at 20:05 and the blackout window. */
async function expectMovedOnCalendar(page: Page, postId: string) {
  await page.goto(`/w/${vandijkId}/publishing`);
  await page.getByTestId('publishing-calendar').waitFor({ timeout: 15_000 });
  const chip = page.getByTestId(`calendar-post-${postId}`);
  // The month view opens on this month (in Amsterdam): page forward to May next year.
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  const heading = page.getByTestId('calendar-heading');
  for (let step = 0; step < (YEAR - year) * 12 + (5 - month); step++) {
    const before = await heading.innerText();
    await page.getByTestId('calendar-next').click();
    await eventually(() => heading.innerText()).not.toBe(before);
  }
  await chip.waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('calendar-heading').innerText()).toMatch(new RegExp(`${YEAR}`));
  expect(await chip.getByTestId('calendar-post-time').innerText()).toBe('20:05');
  const blackouts = page.getByTestId('calendar-blackout');
  await blackouts.first().waitFor({ timeout: 15_000 });
  expect((await blackouts.allInnerTexts()).join(' ')).toMatch(/Dodenherdenking/);
}
