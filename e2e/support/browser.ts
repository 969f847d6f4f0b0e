/** Debian's Chromium driven by playwright-core. A missing browser fails the tests loudly; it never skips them. */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; the browser tests need it. Install it with: sudo apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile: English browser, desktop size. Page errors are collected so tests can assert there were none. */
export async function newPage(
  browser: Browser,
  baseURL: string,
  options: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Logs in through the login form and waits for the app shell. */
export async function logIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('main-nav').waitFor({ timeout: 15_000 });
}

/** The visible texts of the main navigation, in order. */
export function navTexts(page: Page): Promise<string[]> {
  return page
    .getByTestId('main-nav')
    .locator('a')
    .allInnerTexts()
    .then((texts) => texts.map((t) => t.trim()));
}

export async function chooseLanguage(page: Page, language: 'en' | 'sv' | 'nl') {
  await page.getByTestId('user-menu').click();
  await page.getByTestId(`language-${language}`).click();
}

/** expect.poll with a deadline fit for a browser talking to a busy server (vitest's default is 1 s). */
export function eventually<T>(read: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 100 });
}
