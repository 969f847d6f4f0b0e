/**
 * Takes docs/screenshot.png (1280×800) of the inbox for the README: the real Samtal with its demo
 * data and live sandbox traffic, in Chromium, with a fresh complaint open and a reply being written
 * (time left, analysis, FAQ suggestions and the composer's spelling and tone checks showing).  Run: npx tsx e2e/screenshot.ts
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
import { workspaceOf } from './support/api.js';
import { demoLogin } from './support/demo.js';
import { findSandboxChannel, postOnSandbox } from './support/sandbox.js';

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
    const login = demoLogin(); // English interface, manager in Ekeby: Swedish conversations
    await logIn(page, login.email, login.password);
    const ekebyId = await workspaceOf(page, 'ekeby');
    await page.goto(`/w/${ekebyId}/inbox`);
    const rows = page.getByTestId('conversation-row');
    await poll('eight conversations in the inbox', async () => (await rows.count()) >= 8, 60_000);

    // A complaint arrives on the sandbox network; the picture shows it open with the help a responder gets.
    const db = samtal.ctx.db;
    const channel = await findSandboxChannel(db, 'ekeby', 'ekebykommun');
    const complaint = await postOnSandbox(db, channel, {
      kind: 'comment',
      threadPlatformId: 'sbx-post-screenshot',
      parentPlatformId: 'sbx-post-screenshot',
      author: { platformId: 'u-screenshot-astrid', handle: 'astrid.ek', name: 'Astrid Ek' },
      text: 'Jag är så besviken, sophämtningen har missat oss tre veckor i rad och ingen svarar. Hur gör jag för att klaga?',
    });
    let conversationId: string | undefined;
    await poll('the complaint to be ingested', async () => {
      const item = await db
        .selectFrom('items')
        .select('conversation_id')
        .where('channel_id', '=', channel.id)
        .where('platform_id', '=', complaint.platformId)
        .executeTakeFirst();
      conversationId = item?.conversation_id;
      return conversationId !== undefined;
    });
    await page.goto(`/w/${ekebyId}/inbox/${conversationId}`);
    await page.getByTestId('conversation-view').waitFor();
    await poll('FAQ suggestions', async () => (await page.getByTestId('faq-suggestion').count()) > 0, 20_000);
    // A slip of the keyboard ("misat"), so the spelling check shows too.
    await page
      .getByTestId('composer-input')
      .fill('Hej Astrid! Vi beklagar verkligen att sophämtningen har misat er. Vi har kontaktat entreprenören.');
    await poll('the spelling check', async () => (await page.getByTestId('spelling-issue').count()) > 0, 60_000);
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
