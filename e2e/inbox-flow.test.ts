/**
 * The dialogue inbox end to end, in real browsers against the real Samtal (API, worker, demo data):
 * a negative Swedish complaint is posted on the Ekeby sandbox network and synced through the
 * ingestion pipeline; it tops the inbox with its time left; a responder opens it, gets an FAQ
 * suggestion and a spelling warning while writing, and sends a reply that is held for approval; a
 * reviewer approves it in a second browser; the network receives exactly one reply and the
 * first-response target is recorded as met.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EKEBY_KNOWLEDGE } from '../src/knowledge/demo-knowledge-ekeby.js';
import { alwaysOpenSchedule } from '../src/sla/schedule.js';
import { apiSession, type ApiSession, workspaceId } from './support/api.js';
import { eventually, launchBrowser, logIn, newPage } from './support/browser.js';
import { demoLoginFor } from './support/demo.js';
import { findSandboxChannel, postOnSandbox, type SandboxChannel, sandboxActions } from './support/sandbox.js';
import { startTestSamtal, type TestSamtal } from './support/samtal.js';

const COMPLAINT =
  'Jag är så besviken, sophämtningen har missat oss tre veckor i rad och ingen svarar. Hur gör jag för att klaga?';
/** "misat" is a misspelling of "missat": the composer must flag it. */
const MISSPELT_REPLY = 'Hej! Vi beklagar verkligen att sophämtningen har misat er.';
const REPLY =
  'Hej! Vi beklagar verkligen att sophämtningen har missat er. Vi har kontaktat entreprenören och återkommer i dag.';
/** The demo's Swedish FAQ article on waste collection: what a responder should be pointed to. */
const FAQ_QUESTION = EKEBY_KNOWLEDGE.articles.find((a) => a.slug === 'sophamtning')!.question;

let samtal: TestSamtal;
let browser: Browser;
let admin: ApiSession;
let ekebyId: string;
let channel: SandboxChannel;
/** Two browsers, a worker and a spelling dictionary that loads in seconds: more than vitest's 30 s. */
const FLOW_TIMEOUT = 240_000;

beforeAll(async () => {
  // Demo data (people, channels, a backfilled backlog) but no background traffic: this test decides what arrives.
  samtal = await startTestSamtal({ SAMTAL_SANDBOX_RATE: '0' });
  browser = await launchBrowser();
  admin = await apiSession(samtal.url, demoLoginFor('ekeby', 'admin'));
  ekebyId = workspaceId(admin, 'ekeby');
  channel = await findSandboxChannel(samtal.samtal.ctx.db, 'ekeby', 'ekebykommun');

  // Always open (the SLA clock runs now, whatever time the test runs, and no out-of-hours
  // acknowledgement is sent), and negative or critical replies need a second pair of eyes.
  await admin.send('PUT', `/api/workspaces/${ekebyId}/inbox-settings`, {
    businessHours: alwaysOpenSchedule('Europe/Stockholm'),
    approvalPolicy: 'negative_or_critical',
    outOfHoursAck: false,
  });

  // A clear desk: the demo's backlog is resolved, so what tops the inbox is what arrives now.
  await resolveOpenConversations(admin, ekebyId);
}, 180_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await samtal?.stop();
});

async function resolveOpenConversations(session: ApiSession, ws: string) {
  for (;;) {
    const { conversations } = await session.get<{ conversations: Array<{ id: string }> }>(
      `/api/workspaces/${ws}/conversations?view=inbox&limit=100`,
    );
    if (conversations.length === 0) return;
    await session.send('POST', `/api/workspaces/${ws}/conversations/bulk`, {
      conversationIds: conversations.map((c) => c.id),
      patch: { status: 'resolved' },
    });
  }
}

describe('a complaint on the sandbox network', () => {
  it(
    'tops the inbox, is answered with help from FAQ and spelling, approved by a reviewer, sent once, and meets its SLA',
    async () => {
      const db = samtal.samtal.ctx.db;
      const postedAt = Date.now();
      const complaint = await postOnSandbox(db, channel, {
        kind: 'comment',
        platformId: `sbx-e2e-${randomUUID()}`,
        threadPlatformId: 'sbx-post-e2e-sophamtning',
        parentPlatformId: 'sbx-post-e2e-sophamtning',
        author: { platformId: 'u-e2e-astrid', handle: 'astrid.ek', name: 'Astrid Ek' },
        text: COMPLAINT,
      });

      // Synced and ingested: an inbound item in a conversation of its own.
      const stored = async () =>
        db
          .selectFrom('items')
          .select(['conversation_id'])
          .where('channel_id', '=', channel.id)
          .where('platform_id', '=', complaint.platformId)
          .executeTakeFirst();
      await eventually(async () => (await stored())?.conversation_id ?? null, 30_000).not.toBeNull();
      const conversationId = (await stored())!.conversation_id;

      // The analysis and the SLA as the API reports them: negative, due within the hour (always open).
      const detail = await admin.get<{
        conversation: {
          sentiment: string;
          dueAt: string | null;
          slaState: string;
          status: string;
          assignee: { name: string } | null;
        };
      }>(`/api/workspaces/${ekebyId}/conversations/${conversationId}`);
      expect(detail.conversation.sentiment).toBe('negative');
      expect(detail.conversation.status).toBe('new');
      // Auto-assigned to the Swedish-speaking responder on duty (the only one, with nothing else open).
      const responder = demoLoginFor('ekeby', 'responder');
      expect(detail.conversation.assignee?.name).toBe(responder.name);
      expect(detail.conversation.slaState).toBe('ok');
      const dueIn = new Date(detail.conversation.dueAt!).getTime() - postedAt;
      expect(dueIn).toBeGreaterThan(50 * 60_000);
      expect(dueIn).toBeLessThanOrEqual(61 * 60_000);

      // The responder: the complaint is first in the inbox, with its time left.

      const desk = await newPage(browser, samtal.url);
      const page = desk.page;
      await logIn(page, responder.email, responder.password);
      await page.goto(`/w/${ekebyId}/inbox`);
      const firstRow = page.getByTestId('conversation-row').first();
      await eventually(() => firstRow.getAttribute('data-conversation-id'), 20_000).toBe(conversationId);
      expect(await firstRow.innerText()).toContain('sophämtningen har missat oss');
      const timeLeft = firstRow.getByTestId('time-left');
      await timeLeft.waitFor();
      expect(await timeLeft.innerText()).toMatch(/\d/);
      expect(await timeLeft.getAttribute('data-tone')).toBe('ok');

      // Opened: the complaint as plain text, and an FAQ article to point to.
      await firstRow.getByTestId('conversation-open').click();
      await eventually(() => page.getByTestId('conversation-view').innerText()).toContain(COMPLAINT);
      const suggestions = page.getByTestId('faq-suggestion');
      await eventually(() => suggestions.allInnerTexts().then((t) => t.join('\n')), 20_000).toContain(FAQ_QUESTION);

      // Writing: a misspelt word is flagged while typing, and the warning goes when it is fixed.
      const composer = page.getByTestId('composer-input');
      await composer.fill(MISSPELT_REPLY);
      const issues = page.getByTestId('spelling-issue');
      await eventually(() => issues.allInnerTexts().then((t) => t.join(' ')), 60_000).toContain('misat');
      await composer.fill(REPLY);
      await eventually(() => issues.count(), 30_000).toBe(0);

      // Sent, and held: a negative conversation needs the reviewer's approval first.
      await page.getByTestId('composer-send').click();
      await page.getByTestId('approval-held').waitFor({ timeout: 15_000 });
      const reply = await db
        .selectFrom('items')
        .select(['id', 'send_status', 'text'])
        .where('conversation_id', '=', conversationId)
        .where('direction', '=', 'outbound')
        .execute();
      expect(reply).toEqual([expect.objectContaining({ send_status: 'pending_approval', text: REPLY })]);
      expect(await sandboxActions(db, channel)).toEqual([]); // nothing reached the network yet

      // The reviewer, in a browser of their own, approves it on the review page.
      const reviewer = demoLoginFor('ekeby', 'reviewer');
      const review = await newPage(browser, samtal.url);
      await logIn(review.page, reviewer.email, reviewer.password);
      await review.page.goto(`/w/${ekebyId}/review`);
      const entry = review.page.locator(`[data-testid="review-entry"][data-item-id="${reply[0]!.id}"]`);
      await entry.waitFor({ timeout: 20_000 });
      await entry.getByTestId('review-approve').click();

      // The network got exactly one reply, to the complaint, with the approved text.
      const repliesToComplaint = async () =>
        (await sandboxActions(db, channel)).filter((a) => a.target_id === complaint.platformId);
      await eventually(async () => (await repliesToComplaint()).length, 30_000).toBe(1);
      const [sent] = await repliesToComplaint();
      expect(sent!.action).toBe('publicReply');
      expect((sent!.payload as { text: string }).text).toBe(REPLY);

      // The reply is marked sent with the network's id, and the first response was in time.
      await eventually(async () => {
        const row = await db
          .selectFrom('items')
          .select(['send_status', 'platform_id'])
          .where('id', '=', reply[0]!.id)
          .executeTakeFirstOrThrow();
        return row;
      }, 20_000).toEqual({ send_status: 'sent', platform_id: sent!.platform_id });
      const met = await db
        .selectFrom('sla_events')
        .select(['target', 'kind'])
        .where('conversation_id', '=', conversationId)
        .execute();
      expect(met).toContainEqual({ target: 'first_response', kind: 'met' });
      expect(met.filter((e) => e.kind === 'breached')).toEqual([]);
      const after = await admin.get<{
        conversation: { firstRespondedAt: string | null; awaitingSince: string | null };
      }>(`/api/workspaces/${ekebyId}/conversations/${conversationId}`);
      expect(after.conversation.firstRespondedAt).not.toBeNull();
      expect(after.conversation.awaitingSince).toBeNull();

      // The responder sees it go out without reloading.
      const ourReply = page.locator(`[data-testid="conversation-item"][data-item-id="${reply[0]!.id}"]`);
      await eventually(() => ourReply.locator('[data-testid="send-status"][data-status="sent"]').count(), 20_000).toBe(
        1,
      );
      expect(await ourReply.getByTestId('item-text').innerText()).toBe(REPLY);

      // Still one: nothing is sent twice (redelivery, a second approval click, the polling sync).
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await repliesToComplaint()).toHaveLength(1);
      expect(await sandboxActions(db, channel)).toHaveLength(1); // and nothing else (no automatic acknowledgement)

      expect(desk.errors).toEqual([]);
      expect(review.errors).toEqual([]);
      await review.context.close();
      await desk.context.close();
    },
    FLOW_TIMEOUT,
  );
});
