import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel, pendingJobs, type ChannelFixture } from '../../channels/channel-fixtures.js';
import { makeWorkspace } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { insertBlackoutWindow } from '../blackouts/blackouts.repository.js';
import type { PostJson } from './posts.schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const base = (fx: ChannelFixture) => `/api/workspaces/${fx.workspaceId}/publishing`;

async function dodenherdenking(workspaceId: string) {
  await insertBlackoutWindow(t.db, workspaceId, {
    channelId: null,
    title: 'Dodenherdenking',
    reason: 'Two minutes of silence at 20:00',
    startsLocal: '2026-05-04T19:55',
    durationMinutes: 10,
    timeZone: 'Europe/Amsterdam',
    rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
    enabled: true,
    source: 'default',
    createdBy: null,
  });
}

async function draft(fx: ChannelFixture, text = 'Wij zijn morgen gesloten. Zie https://example.nl', extra = {}) {
  const res = await fx.as.responder.post(`${base(fx)}/posts`, {
    title: 'Sluiting',
    campaign: 'Onderhoud',
    variants: [{ channelId: fx.channelId, text, language: 'nl' }],
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().post as PostJson;
}

const auditActions = async (workspaceId: string) =>
  (
    await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', workspaceId)
      .where('action', 'like', 'post.%')
      .orderBy('seq')
      .execute()
  ).map((r) => r.action);

describe('posts', () => {
  it('are written as drafts with one variant per channel, its length in graphemes against the network limit', async () => {
    const fx = await makeSandboxChannel(t);
    const post = await draft(fx, 'Hallo 👋🏽 wereld');
    expect(post).toMatchObject({ status: 'draft', title: 'Sluiting', campaign: 'Onderhoud', scheduledAt: null });
    expect(post.variants).toHaveLength(1);
    expect(post.variants[0]).toMatchObject({ channelId: fx.channelId, status: 'pending', network: 'sandbox' });
    expect(post.variants[0]!.length).toEqual({ count: 14, max: 2000 });
    expect(post.allowedTransitions).toEqual(['in_review']);
    const read = await fx.as.reviewer.get(`${base(fx)}/posts/${post.id}`);
    expect(read.json().post.id).toBe(post.id);
    expect(await auditActions(fx.workspaceId)).toEqual(['post.created']);
  });

  it('refuses channels of another workspace (404), disconnected ones (409), networks that cannot publish (400) and bad media', async () => {
    const fx = await makeSandboxChannel(t);
    const other = await makeSandboxChannel(t);
    const url = `${base(fx)}/posts`;
    const one = (channelId: string, more = {}) => ({ variants: [{ channelId, text: 'Hej', ...more }] });

    const foreign = await fx.as.admin.post(url, one(other.channelId));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.message).toMatch(/channel was not found/);

    const instagram = await t.db
      .insertInto('channels')
      .values({
        workspace_id: fx.workspaceId,
        kind: 'instagram',
        name: 'Instagram',
        handle: 'ig',
        settings: '{}',
        credentials_encrypted: null,
        sync_cursor: null,
        last_sync_at: null,
        created_at: new Date(),
        disconnected_at: null,
        external_id: null,
        throttled_until: null,
        health_changed_at: null,
        health_reason: null,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const cannot = await fx.as.admin.post(url, one(instagram.id));
    expect(cannot.statusCode).toBe(400);
    expect(cannot.json().error.message).toMatch(/Instagram posts need a photo or video/);

    const image = { mimeType: 'image/png', dataBase64: Buffer.from('png').toString('base64') };
    const tooMany = await fx.as.admin.post(url, one(fx.channelId, { media: [image, image, image, image, image] }));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toMatch(/at most 4 images/);

    const twice = await fx.as.admin.post(url, {
      variants: [
        { channelId: fx.channelId, text: 'a' },
        { channelId: fx.channelId, text: 'b' },
      ],
    });
    expect(twice.statusCode).toBe(400);
    expect((await fx.as.viewer.post(url, one(fx.channelId))).statusCode).toBe(403);

    await t.db.updateTable('channels').set({ disconnected_at: new Date() }).where('id', '=', fx.channelId).execute();
    const disconnected = await fx.as.admin.post(url, one(fx.channelId));
    expect(disconnected.statusCode).toBe(409);
    expect(disconnected.json().error.message).toMatch(/disconnected/);
    expect(await t.db.selectFrom('posts').where('workspace_id', '=', fx.workspaceId).select('id').execute()).toEqual(
      [],
    );
  });

  it('go through review and approval (not by the author) and are scheduled out of the 4 May blackout window', async () => {
    const fx = await makeSandboxChannel(t);
    await dodenherdenking(fx.workspaceId);
    const post = await draft(fx, 'Wij zijn morgen gesloten. Zie https://example.nl', {
      scheduledAt: '2027-05-04T20:00:00+02:00',
    });
    const move = (as: keyof ChannelFixture['as'], to: string, comment?: string) =>
      fx.as[as].post(`${base(fx)}/posts/${post.id}/transition`, { to, ...(comment ? { comment } : {}) });

    expect((await move('responder', 'scheduled')).statusCode).toBe(409); // approval required
    expect((await move('responder', 'in_review')).json().post.status).toBe('in_review');
    const own = await move('responder', 'approved');
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/may approve/);
    const approved = await move('manager', 'approved', 'Prima zo.');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().post).toMatchObject({ status: 'approved', comments: [{ body: 'Prima zo.' }] });
    expect(approved.json().post.approvedBy.id).toBeTruthy();

    const scheduled = await move('responder', 'scheduled');
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    const variant = scheduled.json().post.variants[0];
    expect(scheduled.json().post.status).toBe('scheduled');
    expect(variant.status).toBe('scheduled');
    expect(variant.dueAt).toBe('2027-05-04T18:05:00.000Z');
    expect(variant.heldReason).toBe(
      'Moved to 20:05 because of the blackout window "Dodenherdenking" (4 May 19:55–20:05)',
    );
    expect(scheduled.json().notice).toMatch(/Moved to 20:05/);
    const job = (await pendingJobs(t)).find((j) => j.key === `publish:${variant.id}`);
    expect(job?.run_at.toISOString()).toBe('2027-05-04T18:05:00.000Z');

    // Deleting a scheduled post is refused; editing it unschedules it and says so.
    expect((await fx.as.admin.delete(`${base(fx)}/posts/${post.id}`)).statusCode).toBe(409);
    const edited = await fx.as.responder.patch(`${base(fx)}/posts/${post.id}`, { title: 'Sluiting (gewijzigd)' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().notice).toMatch(/no longer scheduled/);
    expect(edited.json().post).toMatchObject({ status: 'draft', approvedBy: null });
    expect(edited.json().post.variants[0]).toMatchObject({ status: 'pending', dueAt: null });
    expect((await pendingJobs(t)).some((j) => j.key === `publish:${variant.id}`)).toBe(false);
    expect(await auditActions(fx.workspaceId)).toEqual([
      'post.created',
      'post.transitioned',
      'post.transitioned',
      'post.transitioned',
      'post.updated',
    ]);
    expect((await fx.as.admin.delete(`${base(fx)}/posts/${post.id}`)).statusCode).toBe(200);
    expect((await fx.as.admin.get(`${base(fx)}/posts/${post.id}`)).statusCode).toBe(404);
  });

  it('refuses to schedule a text over the network limit, with the reason, and leaves the post as it was', async () => {
    const fx = await makeSandboxChannel(t);
    await t.db
      .insertInto('publishing_settings')
      .values({ workspace_id: fx.workspaceId, require_approval: false })
      .execute();
    const post = await draft(fx, 'x'.repeat(2001), { scheduledAt: new Date(Date.now() + 3600_000).toISOString() });
    expect(post.allowedTransitions).toContain('scheduled');
    const res = await fx.as.admin.post(`${base(fx)}/posts/${post.id}/transition`, { to: 'scheduled' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/2001 characters; the network allows at most 2000/);
    expect((await fx.as.admin.get(`${base(fx)}/posts/${post.id}`)).json().post.status).toBe('draft');

    const fixed = await fx.as.admin.patch(`${base(fx)}/posts/${post.id}`, {
      variants: [{ channelId: fx.channelId, text: 'Kort genoeg.' }],
    });
    expect(fixed.statusCode).toBe(200);
    const ok = await fx.as.admin.post(`${base(fx)}/posts/${post.id}/transition`, { to: 'scheduled' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().post.variants[0].heldReason).toBeNull();
    const unknown = await fx.as.admin.post(`${base(fx)}/posts/00000000-0000-4000-8000-000000000000/transition`, {
      to: 'scheduled',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('checks a Dutch draft: spelling, the announcement without a link, the blackout at the chosen time', async () => {
    const fx = await makeSandboxChannel(t);
    await dodenherdenking(fx.workspaceId);
    const res = await fx.as.responder.post(`${base(fx)}/check`, {
      variants: [{ channelId: fx.channelId, text: 'Wij zijn morgen gesloten wegens onderhoudd.', language: 'nl' }],
      scheduledAt: '2027-05-04T19:58:00+02:00',
    });
    expect(res.statusCode, res.body).toBe(200);
    const [variant] = res.json().variants;
    expect(variant.language).toBe('nl');
    expect(variant.length).toEqual({ count: 43, max: 2000 });
    expect(variant.spelling.map((s: { word: string }) => s.word)).toContain('onderhoudd');
    expect(variant.announcement).toEqual({ needsLink: true, websiteUrl: null });
    expect(variant.blocking).toEqual([]);
    expect(res.json().timing).toEqual({
      blackout: {
        title: 'Dodenherdenking',
        reason: 'Two minutes of silence at 20:00',
        start: '2027-05-04T17:55:00.000Z',
        end: '2027-05-04T18:05:00.000Z',
        movedTo: '2027-05-04T18:05:00.000Z',
      },
      paused: false,
    });
    const linked = await fx.as.responder.post(`${base(fx)}/check`, {
      variants: [{ channelId: fx.channelId, text: 'Wij zijn morgen gesloten, zie www.vandijk.nl', language: 'nl' }],
    });
    expect(linked.json().variants[0].announcement.needsLink).toBe(false);
    expect(linked.json().timing.blackout).toBeNull();
    const elsewhere = await makeWorkspace(t.db);
    expect(elsewhere.id).toBeTruthy();
    expect(
      (await fx.as.viewer.post(`${base(fx)}/check`, { variants: [{ channelId: fx.channelId, text: 'x' }] })).statusCode,
    ).toBe(403);
  });
});
