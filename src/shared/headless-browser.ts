/**
 * Headless Chromium as a renderer of our own HTML: evidence screenshots (PNG) and police-report
 * PDFs. One browser per process, started on first use and shared; each render gets a fresh context
 * with JavaScript off and every network request refused, so rendered social content (escaped text,
 * media inlined as data: URLs) can never run or fetch anything.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Chromium is missing or would not start: the message says what to install or set. */
export class RendererUnavailableError extends Error {}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];
const MAX_PARALLEL_PAGES = 2;
const RENDER_TIMEOUT_MS = 30_000;

let browser: Promise<Browser> | null = null;
let running = 0;
const waiting: Array<() => void> = [];

function launch(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    return Promise.reject(
      new RendererUnavailableError(
        `Chromium is not installed at ${executablePath}. Install it (Debian: apt-get install chromium) or set SAMTAL_CHROMIUM_PATH.`,
      ),
    );
  }
  return chromium.launch({ executablePath, args: LAUNCH_ARGS, timeout: RENDER_TIMEOUT_MS }).then(
    (b) => {
      b.on('disconnected', () => {
        browser = null; // crashed or closed: the next render starts a new one
      });
      return b;
    },
    (error: Error) => {
      throw new RendererUnavailableError(`Chromium at ${executablePath} would not start: ${error.message}`);
    },
  );
}

async function withPage<T>(
  executablePath: string,
  viewport: { width: number; height: number },
  html: string,
  fn: (page: import('playwright-core').Page) => Promise<T>,
): Promise<T> {
  if (running >= MAX_PARALLEL_PAGES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    if (!browser) {
      browser = launch(executablePath);
      browser.catch(() => (browser = null));
    }
    const context = await (await browser).newContext({ javaScriptEnabled: false, viewport, locale: 'en-GB' });
    try {
      await context.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await page.setContent(html, { waitUntil: 'load' });
      return await fn(page);
    } finally {
      await context.close().catch(() => {});
    }
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** A PNG of the whole page. */
export function renderPng(
  executablePath: string,
  html: string,
  options: { width?: number; height?: number } = {},
): Promise<Buffer> {
  const viewport = { width: options.width ?? 800, height: options.height ?? 600 };
  return withPage(executablePath, viewport, html, (page) => page.screenshot({ type: 'png', fullPage: true }));
}

/** An A4 PDF with printed backgrounds; the HTML's own @page rules set the margins. */
export function renderPdf(executablePath: string, html: string): Promise<Buffer> {
  return withPage(executablePath, { width: 794, height: 1123 }, html, (page) =>
    page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
  );
}

/** Closes the shared browser (process shutdown, end of a test file). */
export async function closeHeadlessBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current.catch(() => null))?.close();
}
