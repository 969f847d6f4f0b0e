/**
 * Moderation end to end, in a real browser against the real Samtal (API, worker, Chromium for
 * screenshots and PDFs): a Swedish threat is posted on the Ekeby sandbox network and synced; the
 * analysis puts it in the moderation queue; the demo moderator opens it, hides it citing the
 * published guideline rule `threats` with a statement of reasons; the network hides it, evidence with
 * a screenshot is on record; the moderator creates a police-report package and downloads it: a ZIP
 * with the PDF report and the manifest of hashes; then undoes the hiding. A responder flags a comment
 * from the inbox, and the moderator tries a words rule on it.
 */
import { randomUUID } from 'node:crypto';
import { strFromU8 } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiSession, workspaceId } from './support/api.js';
import { eventually, launchBrowser, logIn, newPage } from './support/browser.js';
import { demoLoginFor } from './support/demo.js';
import { ensurePublishedGuidelines, queueEntryOf, readDownloadedZip } from './support/moderation.js';
import { findSandboxChannel, postOnSandbox, type SandboxChannel, sandboxActions } from './support/sandbox.js';
import { startTestSamtal, type TestSamtal } from './support/samtal.js';

const THREAT = 'Jag ska döda dig, jag vet var du bor.';
const STATEMENT = 'Hot om våld mot en medarbetare. Inlägget döljs enligt regel om hot och polisanmäls.';

let samtal: TestSamtal;
let browser: Browser;
let admin: ApiSession;
let ekebyId: string;
let channel: SandboxChannel;
/** Sync, analysis, two Chromium renders (screenshot, PDF) and a browser: more than vitest's 30 s. */
const FLOW_TIMEOUT = 240_000;

beforeAll(async () => {
  // Demo data but no background traffic: this test decides what arrives.
  samtal = await startTestSamtal({ SAMTAL_SANDBOX_RATE: '0' });
  browser = await launchBrowser();
  admin = await apiSession(samtal.url, demoLoginFor('ekeby', 'admin'));
  ekebyId = workspaceId(admin, 'ekeby');
  channel = await findSandboxChannel(samtal.samtal.ctx.db, 'ekeby', 'ekebykommun');
}, 180_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await samtal?.stop();
});

describe('a threat on the sandbox network', () => {
  it(
    'is queued by the analysis, hidden citing the threats rule with evidence, packaged for the police, and unhidden',
    async () => {
      const db = samtal.samtal.ctx.db;
      const guidelines = await ensurePublishedGuidelines(admin, ekebyId);
      const threatsRule = guidelines.rules.find((r) => r.key === 'threats');
      expect(threatsRule).toBeDefined();

      const threat = await postOnSandbox(db, channel, {
        kind: 'comment',
        platformId: `sbx-e2e-${randomUUID()}`,
        threadPlatformId: 'sbx-post-e2e-moderation',
        parentPlatformId: 'sbx-post-e2e-moderation',
        author: { platformId: 'u-e2e-troll', handle: 'arg.granne', name: 'Arg Granne' },
        text: THREAT,
      });

      // Synced, analysed and queued by the analysis, suggesting the threats rule.
      const stored = () =>
        db
          .selectFrom('items')
          .select(['id'])
          .where('channel_id', '=', channel.id)
          .where('platform_id', '=', threat.platformId)
          .executeTakeFirst();
      await eventually(async () => (await stored())?.id ?? null, 30_000).not.toBeNull();
      const itemId = (await stored())!.id;
      await eventually(async () => (await queueEntryOf(db, itemId))?.sources ?? [], 20_000).toContain('analysis');
      const queued = (await queueEntryOf(db, itemId))!;
      expect(queued).toMatchObject({ status: 'pending', suggested_rule_key: 'threats' });

      // The moderator: the threat is in the queue, as text, from the analysis.
      const moderator = demoLoginFor('ekeby', 'moderator');
      const desk = await newPage(browser, samtal.url);
      const page = desk.page;
      await logIn(page, moderator.email, moderator.password);
      await page.getByTestId('nav-moderation').click();
      const queue = page.getByTestId('moderation-queue');
      const row = queue.locator(`[data-testid="moderation-entry"][data-item-id="${itemId}"]`);
      await row.waitFor({ timeout: 20_000 });
      expect(await row.getByTestId('moderation-entry-text').innerText()).toBe(THREAT);
      expect(await row.locator('[data-testid="moderation-source"][data-value="analysis"]').count()).toBe(1);

      // Opened: the item and why it is here.
      await row.getByTestId('moderation-entry-open').click();
      const detail = page.getByTestId('moderation-entry-detail');
      await detail.waitFor();
      expect(await detail.getAttribute('data-entry-id')).toBe(queued.id);
      expect(await detail.getByTestId('moderation-item-text').innerText()).toBe(THREAT);

      // Hide, citing the suggested rule (prefilled, with its explanation as the statement), in our words.
      await detail.getByTestId('moderation-action-hide').click();
      const dialog = page.getByTestId('moderation-action-dialog');
      const ruleSelect = dialog.getByTestId('moderation-rule-select');
      await eventually(() => ruleSelect.inputValue()).toMatch(new RegExp(`^${threatsRule!.number}\\. `));
      const statement = dialog.getByTestId('moderation-statement');
      expect((await statement.inputValue()).length).toBeGreaterThan(10);
      await statement.fill(STATEMENT);
      await dialog.getByTestId('moderation-action-submit').click();
      await dialog.waitFor({ state: 'detached', timeout: 60_000 });

      // The network hid it, and the action is recorded citing the rule, with evidence taken first.
      await eventually(
        async () =>
          (await sandboxActions(db, channel)).filter((a) => a.target_id === threat.platformId).map((a) => a.action),
        30_000,
      ).toEqual(['hide']);
      await eventually(
        () =>
          db
            .selectFrom('moderation_actions')
            .select(['kind', 'status', 'guideline_rule_key', 'statement'])
            .where('item_id', '=', itemId)
            .execute(),
        30_000,
      ).toEqual([{ kind: 'hide', status: 'done', guideline_rule_key: 'threats', statement: STATEMENT }]);
      const item = await db.selectFrom('items').select('moderation_state').where('id', '=', itemId).executeTakeFirst();
      expect(item?.moderation_state).toBe('hidden');

      // The page follows without reloading: the action done, citing the rule, and the evidence with its screenshot.
      const action = detail.locator('[data-testid="moderation-action"][data-kind="hide"]');
      await eventually(() => action.getAttribute('data-status'), 20_000).toBe('done');
      expect(await action.getByTestId('moderation-action-rule').getAttribute('data-rule-key')).toBe('threats');
      const record = detail.getByTestId('evidence-record').first();
      await record.waitFor({ timeout: 20_000 });
      const screenshot = record.getByTestId('evidence-screenshot');
      await eventually(() =>
        screenshot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      ).toBeGreaterThan(100);
      const filenames = await record.getByTestId('evidence-artifact').locator('a').allInnerTexts();
      expect(filenames).toEqual(expect.arrayContaining(['raw.json', 'item.json', 'screenshot.png']));
      const recordId = (await record.getAttribute('data-record-id'))!;

      // The police report: a Swedish polisanmälan about an unlawful threat, made by the moderator.
      await detail.getByTestId('police-report-open').click();
      const reportDialog = page.getByTestId('police-report-dialog');
      // (The modal's root has no box of its own: wait for what is in it.)
      await reportDialog.getByTestId('police-report-name').waitFor();
      expect(await reportDialog.getByTestId('police-report-name').inputValue()).toBe(moderator.name);
      await eventually(() => reportDialog.getByTestId('police-report-offence').inputValue()).toMatch(/Olaga hot/);
      await reportDialog.getByTestId('police-report-description').fill('Kommentaren kom under vårt inlägg.');
      await reportDialog.getByTestId('police-report-submit').click();
      const downloadLink = reportDialog.getByTestId('police-report-download');
      await downloadLink.waitFor({ timeout: 90_000 });

      // Downloaded: a ZIP with the PDF report and the manifest naming the evidence record.
      const [download] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
      expect(download.suggestedFilename()).toMatch(/^SAMTAL-\d{8}-[A-Z]{4}\.zip$/);
      const zip = await readDownloadedZip(download);
      expect(strFromU8(zip.bytes.subarray(0, 2))).toBe('PK');
      expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['report.pdf', 'manifest.json']));
      expect(strFromU8(zip.files['report.pdf']!.subarray(0, 5))).toBe('%PDF-');
      const manifest = JSON.parse(strFromU8(zip.files['manifest.json']!)) as { records: Array<{ id: string }> };
      expect(manifest.records.map((r) => r.id)).toEqual([recordId]);

      // Chain of custody: the download is logged.
      await eventually(
        async () =>
          (
            await db
              .selectFrom('evidence_custody_events')
              .select('event')
              .where('workspace_id', '=', ekebyId)
              .where('event', '=', 'report_downloaded')
              .execute()
          ).length,
      ).toBeGreaterThan(0);

      // Hiding can be undone on this network: unhidden, citing the same rule, with its own statement.
      await reportDialog
        .getByRole('button', { name: /stäng|close/i })
        .first()
        .click();
      await action.getByTestId('moderation-action-undo').click();
      await page.getByTestId('moderation-undo-statement').fill('Polisen har fått anmälan; inlägget visas igen.');
      await page.getByTestId('moderation-undo-submit').click();
      await eventually(
        async () =>
          (await sandboxActions(db, channel)).filter((a) => a.target_id === threat.platformId).map((a) => a.action),
        30_000,
      ).toEqual(['hide', 'unhide']);
      const unhide = detail.locator('[data-testid="moderation-action"][data-kind="unhide"]');
      await eventually(() => unhide.getAttribute('data-status'), 20_000).toBe('done');
      expect(await unhide.getByTestId('moderation-action-rule').getAttribute('data-rule-key')).toBe('threats');
      expect(await action.getByTestId('moderation-action-undo').count()).toBe(0);

      expect(desk.errors).toEqual([]);
      await desk.context.close();
    },
    FLOW_TIMEOUT,
  );
});

describe('a harmless-looking comment', () => {
  it(
    'is flagged for moderation by a responder in the inbox, and a words rule tried on it would catch it',
    async () => {
      const db = samtal.samtal.ctx.db;
      const text = 'Hej! Finns det någon kanelbulleautomat i stadshuset?';
      const comment = await postOnSandbox(db, channel, {
        kind: 'comment',
        platformId: `sbx-e2e-${randomUUID()}`,
        threadPlatformId: 'sbx-post-e2e-flag',
        parentPlatformId: 'sbx-post-e2e-flag',
        author: { platformId: 'u-e2e-fika', handle: 'fika.fan', name: 'Fika Fan' },
        text,
      });
      const stored = () =>
        db
          .selectFrom('items')
          .select(['id', 'conversation_id'])
          .where('channel_id', '=', channel.id)
          .where('platform_id', '=', comment.platformId)
          .executeTakeFirst();
      await eventually(async () => (await stored())?.id ?? null, 30_000).not.toBeNull();
      const { id: itemId, conversation_id: conversationId } = (await stored())!;
      expect(await queueEntryOf(db, itemId)).toBeUndefined(); // the analysis saw nothing wrong

      // The responder flags it from the conversation, with a note for the moderator.
      const responder = demoLoginFor('ekeby', 'responder');
      const desk = await newPage(browser, samtal.url);
      await logIn(desk.page, responder.email, responder.password);
      await desk.page.goto(`/w/${ekebyId}/inbox/${conversationId}?view=all`);
      const bubble = desk.page.locator(`[data-testid="conversation-item"][data-item-id="${itemId}"]`);
      await bubble.getByTestId('item-flag').click();
      await desk.page.getByTestId('item-flag-note').fill('Konstig fråga, kolla gärna.');
      await desk.page.getByTestId('item-flag-submit').click();
      await bubble.getByTestId('item-flagged').waitFor();
      expect(await queueEntryOf(db, itemId)).toMatchObject({ status: 'pending', sources: ['flag'] });

      // The moderator sees it as flagged, and tries a words rule that would have caught it.
      const moderator = demoLoginFor('ekeby', 'moderator');
      const mod = await newPage(browser, samtal.url);
      await logIn(mod.page, moderator.email, moderator.password);
      await mod.page.goto(`/w/${ekebyId}/moderation?source=flag`);
      const row = mod.page.locator(`[data-testid="moderation-entry"][data-item-id="${itemId}"]`);
      await row.waitFor({ timeout: 20_000 });
      expect(await row.innerText()).toContain('Konstig fråga, kolla gärna.');

      await mod.page.getByTestId('moderation-tab-rules').click();
      await mod.page.getByTestId('moderation-rule-new').click();
      await mod.page.getByTestId('moderation-rule-name').fill('Kanelbullar');
      await mod.page.getByTestId('moderation-condition-words').fill('kanelbulleautomat');
      await mod.page.getByTestId('moderation-rule-dry-run').click();
      const tried = mod.page.getByTestId('moderation-rule-dry-run-result');
      await tried.waitFor({ timeout: 20_000 });
      expect(await tried.innerText()).toContain(text);
      await mod.page.getByTestId('moderation-rule-save').click();
      const saved = mod.page.getByTestId('moderation-rule-row');
      await eventually(() => saved.allInnerTexts().then((t) => t.join('\n'))).toContain('Kanelbullar');
      const rules = await db.selectFrom('moderation_rules').select(['name', 'mode', 'condition']).execute();
      expect(rules).toContainEqual({
        name: 'Kanelbullar',
        mode: 'dry_run',
        condition: { type: 'words', words: ['kanelbulleautomat'] },
      });

      expect(desk.errors).toEqual([]);
      expect(mod.errors).toEqual([]);
      await desk.context.close();
      await mod.context.close();
    },
    FLOW_TIMEOUT,
  );
});
