/**
 * Browser tests of the app shell: the workspace switcher for someone in two workspaces, navigation
 * limited by role, readable login errors, and joining through an invitation link.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../src/test-support/factories.js';
import { upsertMembership } from '../src/workspaces/workspaces.repository.js';
import { eventually, launchBrowser, logIn, navTexts, newPage } from './support/browser.js';
import { startTestSamtal, type TestSamtal } from './support/samtal.js';

const PASSWORD = 'a long enough password';

let samtal: TestSamtal;
let browser: Browser;
/** A browser test drives a real server: allow more than vitest's 30 s on a busy machine. */
const BROWSER_TEST_TIMEOUT = 90_000;
let nordvik: { id: string; name: string };
let zuidhaven: { id: string; name: string };

beforeAll(async () => {
  // No demo data and no traffic: this file sets up exactly the people it needs.
  samtal = await startTestSamtal({ SAMTAL_DEMO: 'false', SAMTAL_SANDBOX_RATE: '0' });
  const db = samtal.samtal.ctx.db;
  nordvik = await makeWorkspace(db, {
    slug: 'nordvik',
    name: 'Nordviks kommun',
    country: 'SE',
    timeZone: 'Europe/Stockholm',
    defaultLanguage: 'sv',
  });
  zuidhaven = await makeWorkspace(db, {
    slug: 'zuidhaven',
    name: 'Gemeente Zuidhaven',
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
    defaultLanguage: 'nl',
  });
  const both = await makeMember(db, nordvik.id, ['admin'], {
    email: 'both@example.test',
    name: 'Britt Both',
    password: PASSWORD,
  });
  await upsertMembership(db, zuidhaven.id, both.id, ['manager']);
  await makeMember(db, nordvik.id, ['viewer'], {
    email: 'viewer@example.test',
    name: 'Vera Viewer',
    password: PASSWORD,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await samtal?.stop();
});

describe('workspace switcher', () => {
  it(
    'lists both workspaces and moves between them, with the navigation of each role',
    async () => {
      const { context, page, errors } = await newPage(browser, samtal.url);
      await logIn(page, 'both@example.test', PASSWORD);

      await page.goto(`/w/${nordvik.id}/team`);
      await eventually(() => page.getByTestId('current-workspace').innerText()).toBe('Nordviks kommun');
      expect(await navTexts(page)).toEqual([
        'Inbox',
        'Review',
        'Moderation',
        'Publishing',
        'Channels',
        'Knowledge',
        'Community guidelines',
        'Responders',
        'Inbox settings',
        'Team',
        'Audit log',
        'Workspace settings',
      ]); // admin here

      await page.getByTestId('workspace-switcher').click();
      await eventually(() =>
        page
          .getByRole('menuitem')
          .allInnerTexts()
          .then((t) => t.join(' | ')),
      ).toMatch(/Nordviks kommun[\s\S]*Gemeente Zuidhaven|Gemeente Zuidhaven[\s\S]*Nordviks kommun/);
      await page.getByTestId('workspace-option-zuidhaven').click();

      // Managers may see the team page too, so the switch keeps us there.
      await eventually(() => new URL(page.url()).pathname).toBe(`/w/${zuidhaven.id}/team`);
      await eventually(() => page.getByTestId('current-workspace').innerText()).toBe('Gemeente Zuidhaven');
      expect(await navTexts(page)).toEqual([
        'Inbox',
        'Review',
        'Moderation',
        'Publishing',
        'Channels',
        'Knowledge',
        'Community guidelines',
        'Responders',
        'Inbox settings',
        'Team',
        'Audit log',
      ]); // manager: no workspace settings
      await page.getByTestId('members-table').waitFor();
      expect(await page.getByTestId('member-row').count()).toBe(1);

      // From the settings page of the admin workspace, switching lands on the inbox (settings: not allowed as manager).
      await page.goto(`/w/${nordvik.id}/settings`);
      await page.getByTestId('settings-page').waitFor();
      await page.getByTestId('workspace-switcher').click();
      await page.getByTestId('workspace-option-zuidhaven').click();
      await eventually(() => new URL(page.url()).pathname).toBe(`/w/${zuidhaven.id}/inbox`);
      await page.getByTestId('inbox-page').waitFor();

      expect(errors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT,
  );
});

describe('navigation by role', () => {
  it(
    'shows a viewer only the reading pages, and explains instead of showing restricted pages',
    async () => {
      const { context, page, errors } = await newPage(browser, samtal.url);
      await logIn(page, 'viewer@example.test', PASSWORD);

      await eventually(() => new URL(page.url()).pathname).toBe(`/w/${nordvik.id}/inbox`);
      expect(await navTexts(page)).toEqual(['Inbox', 'Channels', 'Knowledge']);
      expect(await page.getByTestId('nav-review').count()).toBe(0);
      expect(await page.getByTestId('nav-team').count()).toBe(0);
      expect(await page.getByTestId('nav-audit').count()).toBe(0);
      expect(await page.getByTestId('nav-settings').count()).toBe(0);

      await page.goto(`/w/${nordvik.id}/audit`);
      await page.getByTestId('no-access').waitFor();
      expect(await page.getByTestId('audit-table').count()).toBe(0);

      // A workspace the viewer does not belong to looks like a missing page.
      await page.goto(`/w/${zuidhaven.id}/channels`);
      await page.getByTestId('not-found').waitFor();

      expect(errors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT,
  );
});

describe('login', () => {
  it(
    'says when the password is wrong, and when the account is locked after repeated failures',
    async () => {
      const { context, page } = await newPage(browser, samtal.url);
      const db = samtal.samtal.ctx.db;
      await makeMember(db, nordvik.id, ['viewer'], {
        email: 'locked@example.test',
        name: 'Lasse Locked',
        password: PASSWORD,
      });
      await page.goto('/login');
      const attempt = async (password: string) => {
        await page.getByTestId('login-email').fill('locked@example.test');
        await page.getByTestId('login-password').fill(password);
        const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
        await page.getByTestId('login-submit').click();
        return (await answer).status();
      };

      expect(await attempt('wrong password')).toBe(401);
      await eventually(() => page.getByTestId('login-error').innerText()).toBe(
        'The e-mail address or password is wrong.',
      );

      let status = 401;
      for (let i = 0; i < 10 && status !== 429; i++) status = await attempt('wrong password');
      expect(status).toBe(429);
      await eventually(() => page.getByTestId('login-error').innerText()).toMatch(
        /^Too many failed attempts\. Try again in \d+ minutes?\.$/,
      );
      await context.close();
    },
    BROWSER_TEST_TIMEOUT,
  );
});

describe('invitations', () => {
  it(
    'an admin invites someone, who opens the link once, creates an account and lands in the workspace',
    async () => {
      const admin = await newPage(browser, samtal.url);
      await logIn(admin.page, 'both@example.test', PASSWORD);
      await admin.page.goto(`/w/${nordvik.id}/team`);
      await admin.page.getByTestId('invite-open').click();
      await admin.page.getByTestId('invite-email-input').fill('newcomer@example.test');
      await admin.page.getByTestId('role-viewer').click(); // add viewer to the preselected responder
      await admin.page.getByTestId('invite-submit').click();
      const acceptUrl = (await admin.page.getByTestId('invite-url').innerText()).trim();
      expect(acceptUrl).toMatch(/\/invite\/[^/\s]+$/);
      await admin.page.keyboard.press('Escape');
      await eventually(() =>
        admin.page
          .getByTestId('invitation-row')
          .allInnerTexts()
          .then((rows) => rows.join('\n')),
      ).toContain('newcomer@example.test');

      const guest = await newPage(browser, samtal.url);
      await guest.page.goto(new URL(acceptUrl).pathname);
      await eventually(() => guest.page.getByTestId('invite-email').inputValue()).toBe('newcomer@example.test');
      expect(await guest.page.getByRole('heading', { level: 1 }).innerText()).toBe('Join Nordviks kommun');
      await guest.page.getByTestId('invite-name').fill('Nina Newcomer');
      await guest.page.getByTestId('invite-password').fill(PASSWORD);
      await guest.page.getByTestId('invite-accept').click();

      await eventually(() => new URL(guest.page.url()).pathname).toBe(`/w/${nordvik.id}/inbox`);
      await eventually(() => guest.page.getByTestId('user-name').innerText()).toBe('Nina Newcomer');
      expect(await navTexts(guest.page)).toEqual(['Inbox', 'Publishing', 'Channels', 'Knowledge']); // responder + viewer

      // The link works once.
      const again = await newPage(browser, samtal.url);
      await again.page.goto(new URL(acceptUrl).pathname);
      await again.page.getByTestId('invitation-invalid').waitFor();

      await Promise.all([admin.context.close(), guest.context.close(), again.context.close()]);
    },
    BROWSER_TEST_TIMEOUT,
  );
});

describe('workspace settings', () => {
  it(
    'an admin changes name and time zone; times everywhere follow the workspace time zone',
    async () => {
      const db = samtal.samtal.ctx.db;
      const workspace = await makeWorkspace(db, { slug: 'tidszon', name: 'Tidszon AB', timeZone: 'Europe/Stockholm' });
      await makeMember(db, workspace.id, ['admin'], {
        email: 'settings@example.test',
        name: 'Siri Settings',
        password: PASSWORD,
      });
      const { context, page, errors } = await newPage(browser, samtal.url);
      await logIn(page, 'settings@example.test', PASSWORD);

      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-name').fill('Tidszon Global AB');
      await page.getByTestId('settings-timezone').click();
      await page.getByTestId('settings-timezone').fill('New York');
      await page.getByRole('option', { name: 'America/New York' }).click();
      await page.getByTestId('settings-save').click();
      await page.getByTestId('settings-saved').waitFor();
      await eventually(() => page.getByTestId('current-workspace').innerText()).toBe('Tidszon Global AB');

      // The change is in the audit log, stamped with New York's clock rather than the browser's or Stockholm's.
      await page.getByTestId('nav-audit').click();
      const time = page.getByTestId('audit-row').first().locator('time');
      await time.waitFor();
      const iso = (await time.getAttribute('datetime'))!;
      const newYork = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'America/New_York' }).format(
        new Date(iso),
      );
      const stockholm = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(
        new Date(iso),
      );
      expect(newYork).not.toBe(stockholm);
      expect(await time.innerText()).toContain(newYork);
      expect(await page.getByTestId('audit-row').first().innerText()).toContain('workspace.updated');

      expect(errors).toEqual([]);
      await context.close();
    },
    BROWSER_TEST_TIMEOUT,
  );
});
