/**
 * A permanent publishing failure, end to end against the real Samtal (API, worker, demo data): a
 * responder of the Swedish demo workspace writes a post, the manager approves and schedules it for
 * now, the sandbox network refuses it, and the author finds out from the bell — whose notification
 * names the post, gives the network's reason and opens the post page, where the failure is shown.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiSession, workspaceId } from './support/api.js';
import { eventually, launchBrowser, logIn, newPage } from './support/browser.js';
import { demoLoginFor } from './support/demo.js';
import { findSandboxChannel, type SandboxChannel } from './support/sandbox.js';
import { startTestSamtal, type TestSamtal } from './support/samtal.js';

const TITLE = 'Biblioteket öppnar tidigare';
const TEXT = 'Från måndag öppnar biblioteket redan klockan åtta.';

let samtal: TestSamtal;
let browser: Browser;
let author: ApiSession;
let manager: ApiSession;
let admin: ApiSession;
let ekebyId: string;
let channel: SandboxChannel;
const FLOW_TIMEOUT = 180_000;

beforeAll(async () => {
  samtal = await startTestSamtal({ SAMTAL_SANDBOX_RATE: '0' });
  browser = await launchBrowser();
  author = await apiSession(samtal.url, demoLoginFor('ekeby', 'responder'));
  manager = await apiSession(samtal.url, demoLoginFor('ekeby', 'manager'));
  admin = await apiSession(samtal.url, demoLoginFor('ekeby', 'admin'));
  ekebyId = workspaceId(author, 'ekeby');
  channel = await findSandboxChannel(samtal.samtal.ctx.db, 'ekeby', 'ekebykommun');
}, 180_000);

afterAll(async () => {
  await Promise.all([author?.close(), manager?.close(), admin?.close()]);
  await browser?.close();
  await samtal?.stop();
});

interface PostAnswer {
  post: { id: string; status: string; variants: Array<{ channelId: string; status: string; error: string | null }> };
}
interface NotificationsAnswer {
  notifications: Array<{ id: string; kind: string; readAt: string | null; data: Record<string, unknown> }>;
}

describe('a post the network refuses', () => {
  it(
    'notifies the author and the approver, and the bell opens the post with the reason',
    async () => {
      const posts = `/api/workspaces/${ekebyId}/publishing/posts`;
      // The responder writes it for now and asks for a review; the manager approves and schedules it.
      const { post } = await author.send<PostAnswer>('POST', posts, {
        title: TITLE,
        scheduledAt: new Date().toISOString(),
        variants: [{ channelId: channel.id, text: TEXT, language: 'sv' }],
      });
      await author.send('POST', `${posts}/${post.id}/transition`, { to: 'in_review' });
      await manager.send('POST', `${posts}/${post.id}/transition`, { to: 'approved' });
      // The network will refuse the next call for good (no retry can help).
      await admin.send('PATCH', `/api/workspaces/${ekebyId}/channels/${channel.id}`, {
        settings: { failNext: 'permanent' },
      });
      const scheduled = await manager.send<PostAnswer>('POST', `${posts}/${post.id}/transition`, { to: 'scheduled' });
      expect(scheduled.post.status).toBe('scheduled');

      // The worker sends it at once; the network refuses.
      const readPost = async () => (await author.get<PostAnswer>(`${posts}/${post.id}`)).post;
      await eventually(async () => (await readPost()).status, 60_000).toBe('failed');
      expect((await readPost()).variants[0]).toMatchObject({ channelId: channel.id, status: 'failed' });
      expect((await readPost()).variants[0]!.error).toMatch(/refused/);

      // The approver is told too, with the same link.
      const link = `/w/${ekebyId}/publishing/posts/${post.id}`;
      const approverList = await manager.get<NotificationsAnswer>(`/api/workspaces/${ekebyId}/notifications`);
      expect(approverList.notifications.find((n) => n.kind === 'publishing.failed')?.data).toMatchObject({
        postId: post.id,
        title: TITLE,
        link,
      });

      // The author's bell: the count, a sentence naming the post, the network's reason.
      const login = demoLoginFor('ekeby', 'responder');
      const { page, errors } = await newPage(browser, samtal.url);
      await logIn(page, login.email, login.password);
      await page.goto(`/w/${ekebyId}/publishing`);
      const count = page.getByTestId('notification-count');
      await eventually(async () => Number(await count.getAttribute('data-count'))).toBeGreaterThan(0);
      await page.getByTestId('notification-bell').click();
      const notification = page.locator('[data-testid="notification"][data-kind="publishing.failed"]');
      await notification.waitFor({ timeout: 15_000 });
      expect(await notification.getAttribute('data-read')).toBe('false');
      const text = await notification.innerText();
      expect(text).toContain(TITLE);
      expect(text).toMatch(/refused/);

      // Clicking it marks it read and opens the post, which shows the failure and why.
      await notification.click();
      await page.waitForURL((url) => url.pathname === link, { timeout: 15_000 });
      const readAt = async () =>
        (await author.get<NotificationsAnswer>(`/api/workspaces/${ekebyId}/notifications`)).notifications.find(
          (n) => n.kind === 'publishing.failed',
        )?.readAt ?? null;
      await eventually(readAt).toEqual(expect.any(String));
      await eventually(() => page.getByTestId('post-status').getAttribute('data-status')).toBe('failed');
      const variant = page.getByTestId(`variant-status-${channel.id}`);
      expect(await variant.getAttribute('data-status')).toBe('failed');
      expect(await page.getByTestId(`variant-error-${channel.id}`).innerText()).toMatch(/refused/);
      expect(errors).toEqual([]);
    },
    FLOW_TIMEOUT,
  );
});
