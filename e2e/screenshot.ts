/**
 * Takes docs/screenshot.png (1280×800) of the channels page for the README: the real Samtal with
 * its demo data and live sandbox traffic, in Chromium.  Run: npx tsx e2e/screenshot.ts
 * Uses DATABASE_URL's server (a throwaway database is created and dropped) or else an embedded
 * PostgreSQL in a temporary folder.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startSamtal } from '../src/app/runtime.js';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/shared/paths.js';
import { freePort } from '../src/test-support/free-port.js';
import { launchBrowser, logIn, newPage } from './support/browser.js';
import { demoLogin } from './support/demo.js';

const output = path.join(projectRoot, 'docs', 'screenshot.png');

async function poll(what: string, check: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samtal-screenshot-'));
  chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as 'postgres' and must reach it
  const adminUrl = process.env.DATABASE_URL;
  const dbName = `samtal_screenshot_${randomBytes(4).toString('hex')}`;
  let databaseUrl: string | undefined;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }

  const samtal = await startSamtal(
    loadConfig({
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { SAMTAL_EMBEDDED_PG_PORT: String(await freePort()) }),
      PORT: String(await freePort()),
      SAMTAL_DEMO: 'true',
      SAMTAL_SANDBOX_RATE: '30',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      SAMTAL_SECRET_KEY: randomBytes(32).toString('base64'),
      SAMTAL_DATA_DIR: dataDir,
    }),
  );
  const browser = await launchBrowser();
  try {
    const { page } = await newPage(browser, samtal.url!);
    await page.emulateMedia({ reducedMotion: 'reduce' }); // no arrival animation half-way in the picture
    const login = demoLogin();
    await logIn(page, login.email, login.password);
    await page.getByTestId('channels-page').waitFor();
    const card = page.getByTestId('channel-card').first();
    await poll(
      'eight items on the first channel',
      async () => (await card.getByTestId('inbound-item').count()) >= 8,
      60_000,
    );
    await poll('the channel to have synced', async () => (await card.getByTestId('channel-last-sync').count()) > 0);
    // Open the page afresh and let two items arrive live, so the picture shows how new ones are marked.
    await page.reload();
    await card.getByTestId('inbound-item').first().waitFor();
    await poll(
      'two live arrivals',
      async () => (await card.locator('[data-testid="inbound-item"][data-new="true"]').count()) >= 2,
      30_000,
    );
    await page.mouse.move(0, 0);
    mkdirSync(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    console.log(`Saved ${path.relative(process.cwd(), output)}`);
  } finally {
    await browser.close();
    await samtal.stop();
    if (adminUrl) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
