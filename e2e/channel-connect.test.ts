/**
 * Connecting a channel end to end, in real browsers against the real Samtal (API, worker, demo
 * data): an admin connects a sandbox channel through the "Connect channel" form (a wrong handle is
 * refused inline first), sees it healthy with its capabilities — what it cannot do greyed out with
 * the reason — and tests the connection; a message posted on the network arrives in the inbox, a
 * responder answers it, and the network receives exactly one reply. The responder only reads the
 * channels page.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiSession, workspaceId } from './support/api.js';
import { eventually, launchBrowser, logIn, newPage } from './support/browser.js';
import { demoLoginFor } from './support/demo.js';
import { type FakeMastodonServer, startFakeMastodonServer } from './support/mastodon.js';
import { postOnSandbox, type SandboxChannel, sandboxActions } from './support/sandbox.js';
import { startTestSamtal, type TestSamtal } from './support/samtal.js';

const QUESTION = 'Hi! When does the new library in Ekeby open? I would love to visit with my kids.';
const REPLY = 'Hello! The new library opens on the first of December. Welcome, and bring the kids!';
/**
 * The sandbox adapter's reason for the capability it lacks (src/channels/sandbox/sandbox.adapter.ts),
 * as Ekeby's Swedish-speaking admin reads it (web/src/features/channels/i18n/sv.ts).
 */
const PROFILE_FIELDS_REASON = 'Sandlådenätverket har ingen profil att redigera';

let samtal: TestSamtal;
let browser: Browser;
let admin: ApiSession;
let ekebyId: string;
/** Two browsers and a worker on a busy 2-core machine: more than vitest's 30 s. */
const FLOW_TIMEOUT = 240_000;

beforeAll(async () => {
  // Demo data but no background traffic: this test decides what arrives.
  samtal = await startTestSamtal({ SAMTAL_SANDBOX_RATE: '0' });
  browser = await launchBrowser();
  admin = await apiSession(samtal.url, demoLoginFor('ekeby', 'admin'));
  ekebyId = workspaceId(admin, 'ekeby');
  // Replies go out without a second pair of eyes, and no automatic acknowledgement is sent.
  await admin.send('PUT', `/api/workspaces/${ekebyId}/inbox-settings`, {
    approvalPolicy: 'none',
    outOfHoursAck: false,
  });
}, 180_000);

afterAll(async () => {
  await admin?.close();
  await browser?.close();
  await samtal?.stop();
});

describe('an admin connects a sandbox channel', () => {
  it(
    'through the form, sees it healthy with its capabilities, and a responder answers a message from it once',
    async () => {
      const db = samtal.samtal.ctx.db;
      const handle = `e2e-${randomUUID().slice(0, 8)}`;
      const name = 'Ekeby practice channel';

      const desk = await newPage(browser, samtal.url);
      const page = desk.page;
      const login = demoLoginFor('ekeby', 'admin');
      await logIn(page, login.email, login.password);
      await page.goto(`/w/${ekebyId}/channels`);
      await page.getByTestId('channels-page').waitFor();

      // The connect flow: pick the network, fill in the form.
      await page.getByTestId('channel-connect-button').click();
      const modal = page.getByTestId('channel-connect-modal');
      await page.getByTestId('channel-connect-kind-sandbox').click();
      await page.getByTestId('channel-field-name').fill(name);

      // A handle the server refuses: its message appears in the form, nothing is connected.
      await page.getByTestId('channel-field-handle').fill('not a handle!');
      await page.getByTestId('channel-connect-submit').click();
      await eventually(() => modal.innerText()).toContain('may only contain letters');
      expect(await db.selectFrom('channels').select('id').where('name', '=', name).execute()).toEqual([]);

      await page.getByTestId('channel-field-handle').fill(handle);
      await page.getByTestId('channel-connect-submit').click();
      // The modal closes once the channel is connected (its root is always zero-sized: watch its button).
      await page.getByTestId('channel-connect-submit').waitFor({ state: 'hidden', timeout: 20_000 });

      const row = await db
        .selectFrom('channels')
        .select(['id', 'workspace_id', 'kind', 'name'])
        .where('handle', '=', handle)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ kind: 'sandbox', name, workspace_id: ekebyId });
      const channel: SandboxChannel = { id: row.id, workspaceId: row.workspace_id };

      // Its card: healthy, what it can do, and what it cannot — greyed, with the reason in text and tooltip.
      const card = page.getByTestId(`channel-card-${channel.id}`);
      await card.waitFor({ timeout: 15_000 });
      expect(await card.getByTestId('channel-name').innerText()).toBe(name);
      await eventually(() => card.getByTestId('channel-health').getAttribute('data-health'), 20_000).toBe('healthy');
      expect(await card.getByTestId('channel-health').innerText()).toBe('Fungerar'); // Ekeby's admin works in Swedish
      const publicReply = card.getByTestId('capability-publicReply');
      expect(await publicReply.getAttribute('data-supported')).toBe('true');
      const profileFields = card.getByTestId('capability-profileFields');
      expect(await profileFields.getAttribute('data-supported')).toBe('false');
      expect(await profileFields.innerText()).toContain(PROFILE_FIELDS_REASON);
      await profileFields.locator('.mantine-Badge-root').hover();
      await eventually(() => page.getByRole('tooltip').innerText()).toContain(PROFILE_FIELDS_REASON);

      // Test connection: the network answers with the account's name and followers.
      await card.getByTestId('channel-test').click();
      const result = card.getByTestId('channel-test-result');
      await eventually(() => result.getAttribute('data-ok'), 20_000).toBe('true');
      expect(await result.innerText()).toMatch(
        new RegExp(`^Ansluten som ${handle} \\(sandbox\\) \\(@${handle}\\), [\\d\\s]+ följare\\.$`),
      );
      // The test took a profile snapshot: the profile card shows the account and its followers.
      const profile = card.getByTestId('channel-profile');
      await eventually(() => profile.getByTestId('profile-name').innerText(), 15_000).toBe(`${handle} (sandbox)`);
      expect(await profile.getByTestId('profile-followers').innerText()).toMatch(/^\d[\d\s]*$/);

      // Reconnect (new credentials for the same account): the channel stays healthy and the audit log says so.
      await card.getByTestId('channel-reconnect').click();
      const reconnect = page.getByTestId('channel-reconnect-submit');
      await reconnect.click();
      await reconnect.waitFor({ state: 'hidden', timeout: 20_000 });
      expect(await card.getByTestId('channel-health').getAttribute('data-health')).toBe('healthy');
      const audited = await db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', channel.id)
        .orderBy('seq')
        .execute();
      expect(audited.map((a) => a.action)).toEqual(['channel.connected', 'channel.reconnected']);

      // Someone asks a question on the network; it is synced and lands in the inbox.
      const question = await postOnSandbox(db, channel, {
        kind: 'comment',
        platformId: `sbx-e2e-${randomUUID()}`,
        threadPlatformId: 'sbx-post-e2e-library',
        parentPlatformId: 'sbx-post-e2e-library',
        author: { platformId: 'u-e2e-maja', handle: 'maja.l', name: 'Maja Lind' },
        text: QUESTION,
      });
      const stored = () =>
        db
          .selectFrom('items')
          .select(['conversation_id'])
          .where('channel_id', '=', channel.id)
          .where('platform_id', '=', question.platformId)
          .executeTakeFirst();
      await eventually(async () => (await stored())?.conversation_id ?? null, 30_000).not.toBeNull();
      const conversationId = (await stored())!.conversation_id;

      // A responder: reads the channels page (no admin tools), then answers in the inbox.
      const responder = demoLoginFor('ekeby', 'responder');
      const work = await newPage(browser, samtal.url);
      const rp = work.page;
      await logIn(rp, responder.email, responder.password);
      await rp.goto(`/w/${ekebyId}/channels`);
      const theirCard = rp.getByTestId(`channel-card-${channel.id}`);
      await theirCard.waitFor({ timeout: 15_000 });
      expect(await rp.getByTestId('channel-connect-button').count()).toBe(0);
      expect(await theirCard.getByTestId('channel-reconnect').count()).toBe(0);
      expect(await theirCard.getByTestId('channel-test').count()).toBe(0);

      await rp.goto(`/w/${ekebyId}/inbox?view=all`);
      const listed = rp.locator(`[data-testid="conversation-row"][data-conversation-id="${conversationId}"]`);
      await listed.waitFor({ timeout: 20_000 });
      expect(await listed.innerText()).toContain('new library in Ekeby');
      await listed.getByTestId('conversation-open').click();
      const view = rp.getByTestId('conversation-view');
      await eventually(() => view.getAttribute('data-conversation-id')).toBe(conversationId);
      await eventually(() => view.innerText()).toContain(QUESTION);
      // The sandbox, like Meta, allows one private reply within 7 days of a comment: the desk shows until when.
      const deadline = rp.getByTestId('private-reply-deadline');
      await deadline.waitFor({ timeout: 10_000 });
      expect(await deadline.getAttribute('data-state')).toBe('open');
      expect(await deadline.innerText()).toMatch(/^Privat svar möjligt till .+ \(7 dagar kvar\)$/);

      await rp.getByTestId('composer-input').fill(REPLY);
      await rp.getByTestId('composer-send').click();
      await rp.getByTestId('composer-done').waitFor({ timeout: 15_000 });

      // The reply is sent, and the network recorded exactly one: to the question, with our text.
      const reply = () =>
        db
          .selectFrom('items')
          .select(['send_status', 'platform_id'])
          .where('conversation_id', '=', conversationId)
          .where('direction', '=', 'outbound')
          .execute();
      await eventually(async () => (await reply()).map((r) => r.send_status), 30_000).toEqual(['sent']);
      const actions = await sandboxActions(db, channel);
      expect(actions).toHaveLength(1);
      expect(actions[0]).toMatchObject({ action: 'publicReply', target_id: question.platformId });
      expect((actions[0]!.payload as { text: string }).text).toBe(REPLY);
      expect(actions[0]!.platform_id).toBe((await reply())[0]!.platform_id);

      expect(desk.errors).toEqual([]);
      expect(work.errors).toEqual([]);
      await work.context.close();
      await desk.context.close();
    },
    FLOW_TIMEOUT,
  );
});

describe('a channel whose access is revoked', () => {
  it(
    'turns unhealthy with the reason, tells the admin in the bell with a link to the channels page, and recovers on reconnect',
    async () => {
      const handle = `e2e-outage-${randomUUID().slice(0, 8)}`;
      const name = 'Ekeby outage channel';
      const base = `/api/workspaces/${ekebyId}/channels`;
      const created = await admin.send<{ id: string }>('POST', base, { kind: 'sandbox', name, handle });
      // The sandbox's switch for a revoked token; the next sync meets it.
      await admin.send('PATCH', `${base}/${created.id}`, { settings: { unhealthy: true } });
      await admin.send('POST', `${base}/${created.id}/sync`);
      await eventually(async () => (await admin.get<{ health: string }>(`${base}/${created.id}`)).health, 30_000).toBe(
        'unhealthy',
      );

      const desk = await newPage(browser, samtal.url);
      const page = desk.page;
      const login = demoLoginFor('ekeby', 'admin');
      await logIn(page, login.email, login.password);

      // The bell: the channel stopped working, in the admin's language, naming the channel and the reason.
      await page.getByTestId('notification-bell').click();
      const down = page
        .locator('[data-testid="notification"][data-kind="channel.unhealthy"]')
        .filter({ hasText: name });
      await down.waitFor({ timeout: 15_000 });
      expect(await down.innerText()).toContain(`Kanalen ${name} slutade fungera`);
      expect(await down.innerText()).toContain('simulated revoked token');
      await down.click();
      await eventually(() => new URL(page.url()).pathname).toBe(`/w/${ekebyId}/channels`);

      // The card: unhealthy, why and since when, what happens to messages, and the reconnect button.
      const card = page.getByTestId(`channel-card-${created.id}`);
      await card.waitFor({ timeout: 15_000 });
      expect(await card.getByTestId('channel-health').getAttribute('data-health')).toBe('unhealthy');
      expect(await card.getByTestId('channel-health-reason').innerText()).toContain('simulated revoked token');
      expect(await card.getByTestId('channel-health-since').innerText()).toMatch(/^Problem sedan /);
      expect(await card.getByTestId('channel-unhealthy-help').innerText()).toContain('Inget går förlorat');

      // Access restored on the network, then reconnected by the admin: healthy again, and the bell says so.
      await admin.send('PATCH', `${base}/${created.id}`, { settings: { unhealthy: null } });
      await card.getByTestId('channel-reconnect').click();
      const submit = page.getByTestId('channel-reconnect-submit');
      await submit.click();
      await submit.waitFor({ state: 'hidden', timeout: 20_000 });
      await eventually(() => card.getByTestId('channel-health').getAttribute('data-health'), 15_000).toBe('healthy');
      expect(await card.getByTestId('channel-health-reason').count()).toBe(0);
      await page.getByTestId('notification-bell').click();
      const up = page.locator('[data-testid="notification"][data-kind="channel.recovered"]').filter({ hasText: name });
      await up.waitFor({ timeout: 15_000 });
      expect(await up.innerText()).toContain(`Kanalen ${name} fungerar igen`);

      expect(desk.errors).toEqual([]);
      await desk.context.close();
    },
    FLOW_TIMEOUT,
  );
});

describe('an admin connects a Mastodon account', () => {
  let fake: FakeMastodonServer;
  afterAll(async () => fake?.close());

  it(
    'through the form (a wrong token refused with the reason), sees its profile and the greyed capabilities, handles follow requests, and a question shows the post it hangs under',
    async () => {
      // A Mastodon server written from the API documentation: a locked account with two follow requests.
      fake = await startFakeMastodonServer({ locked: true });
      const anna = fake.account('anna', { remoteHost: 'other.social', displayName: 'Anna Andersson' });
      const bertil = fake.account('bertil', { displayName: 'Bertil Berg' });
      fake.requestFollow(anna);
      // Bertil never posted and follows thousands: the card flags him for vetting.
      Object.assign(bertil, { following_count: 4800, statuses_count: 0, followers_count: 3 });
      fake.requestFollow(bertil);
      // And a question under one of our posts, waiting to be fetched.
      const ourPost = fake.post('Nu öppnar vi den nya lekplatsen i Ekeby park! <Välkomna>');
      fake.mention(anna, 'När stänger lekplatsen på kvällen?', { inReplyTo: ourPost });
      const db = samtal.samtal.ctx.db;

      const desk = await newPage(browser, samtal.url);
      const page = desk.page;
      const login = demoLoginFor('ekeby', 'admin');
      await logIn(page, login.email, login.password);
      await page.goto(`/w/${ekebyId}/channels`);
      await page.getByTestId('channel-connect-button').click();
      await page.getByTestId('channel-connect-kind-mastodon').click();
      await page.getByTestId('channel-field-name').fill('Ekeby på Mastodon');
      await page.getByTestId('channel-field-instanceUrl').fill(fake.url);

      // A wrong token: the network's answer under a heading in the admin's language; nothing stored.
      await page.getByTestId('channel-field-accessToken').fill('not-the-token');
      await page.getByTestId('channel-connect-submit').click();
      const alert = page.getByTestId('channel-connect-modal').getByTestId('error-alert');
      await alert.waitFor({ timeout: 20_000 });
      expect(await alert.innerText()).toContain('Kanalen kunde inte anslutas');
      expect(await alert.innerText()).toContain('Could not connect to Mastodon');
      expect(await db.selectFrom('channels').select('id').where('kind', '=', 'mastodon').execute()).toEqual([]);

      await page.getByTestId('channel-field-accessToken').fill(fake.token);
      await page.getByTestId('channel-connect-submit').click();
      await page.getByTestId('channel-connect-submit').waitFor({ state: 'hidden', timeout: 20_000 });
      const row = await db
        .selectFrom('channels')
        .select(['id', 'external_id'])
        .where('kind', '=', 'mastodon')
        .executeTakeFirstOrThrow();
      expect(row.external_id).toBe(fake.me.id);

      // The card: healthy, the profile as text (bio and fields without markup), what Mastodon cannot do and why.
      const card = page.getByTestId(`channel-card-${row.id}`);
      await card.waitFor({ timeout: 15_000 });
      expect(await card.getByTestId('channel-health').getAttribute('data-health')).toBe('healthy');
      const profile = card.getByTestId('channel-profile');
      await eventually(() => profile.getByTestId('profile-name').innerText(), 15_000).toBe('Ekeby kommun');
      expect((await profile.getByTestId('profile-followers').innerText()).replace(/\s/g, '')).toBe('1234');
      expect(await profile.getByTestId('profile-bio').innerText()).toContain('Officiellt konto för Ekeby kommun');
      expect(await profile.locator('[data-testid="profile-bio"] *').count()).toBe(0);
      expect(await profile.getByTestId('profile-fields').innerText()).toContain('Webb');
      const hide = card.getByTestId('capability-hide');
      expect(await hide.getAttribute('data-supported')).toBe('false');
      // Mastodon's reason in the admin's language, not the server's English.
      expect(await hide.getByTestId('capability-reason').innerText()).toBe(
        'Mastodon kan inte dölja ett svar från någon annan.',
      );

      // Follow requests: both listed; Anna authorised, Bertil rejected, on the network.
      const annaRow = card.getByTestId(`follow-request-${anna.id}`);
      const bertilRow = card.getByTestId(`follow-request-${bertil.id}`);
      await annaRow.waitFor({ timeout: 15_000 });
      expect(await annaRow.innerText()).toContain('Anna Andersson');
      expect(await annaRow.getByTestId('follow-request-suspicious').count()).toBe(0);
      expect(await bertilRow.getByTestId('follow-request-counts').innerText()).toMatch(
        /3 följare · följer 4\s?800 · 0 inlägg/,
      );
      expect(await bertilRow.getByTestId('follow-request-suspicious').innerText()).toBe(
        'Inga inlägg, följer tusentals',
      );
      await annaRow.getByTestId('follow-authorize').click();
      await annaRow.waitFor({ state: 'detached', timeout: 15_000 });
      await bertilRow.getByTestId('follow-reject').click();
      await bertilRow.waitFor({ state: 'detached', timeout: 15_000 });
      await eventually(() => fake.followRequests.length, 30_000).toBe(0);
      expect(fake.calls('POST', new RegExp(`/follow_requests/${anna.id}/authorize$`))).toHaveLength(1);
      expect(fake.calls('POST', new RegExp(`/follow_requests/${bertil.id}/reject$`))).toHaveLength(1);
      expect(fake.me.followers_count).toBe(1235);

      // The question reached the inbox with the post it hangs under, as plain text; Mastodon has no private-reply window.
      const question = () =>
        db.selectFrom('items').select('conversation_id').where('channel_id', '=', row.id).executeTakeFirst();
      await eventually(async () => (await question())?.conversation_id ?? null, 30_000).not.toBeNull();
      await page.goto(`/w/${ekebyId}/inbox/${(await question())!.conversation_id}?view=all`);
      const context = page.getByTestId('thread-context');
      await context.waitFor({ timeout: 15_000 });
      expect(await context.getByTestId('thread-context-text').innerText()).toBe(
        'Nu öppnar vi den nya lekplatsen i Ekeby park! <Välkomna>',
      );
      expect(await context.locator('[data-testid="thread-context-text"] *').count()).toBe(0);
      expect(await page.getByTestId('conversation-view').innerText()).toContain('När stänger lekplatsen på kvällen?');
      expect(await page.getByTestId('private-reply-deadline').count()).toBe(0);

      expect(desk.errors).toEqual([]);
      await desk.context.close();
    },
    FLOW_TIMEOUT,
  );
});
