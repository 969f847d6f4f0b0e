import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel } from '../../channels/channel-fixtures.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { insertBlackoutWindow } from '../blackouts/blackouts.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('publishing settings, pause and calendar', () => {
  it('default to approval by admins and managers; admins change them; approver roles decide who approves', async () => {
    const fx = await makeSandboxChannel(t);
    const url = `/api/workspaces/${fx.workspaceId}/publishing`;
    expect((await fx.as.reviewer.get(`${url}/settings`)).json()).toEqual({
      requireApproval: true,
      approverRoles: ['admin', 'manager'],
      blackoutPolicy: 'move_to_end',
      paused: null,
    });
    expect((await fx.as.responder.put(`${url}/settings`, { requireApproval: false })).statusCode).toBe(403);
    const bad = await fx.as.admin.put(`${url}/settings`, { approverRoles: [] });
    expect(bad.statusCode).toBe(400);
    const put = await fx.as.admin.put(`${url}/settings`, {
      approverRoles: ['reviewer'],
      blackoutPolicy: 'await_reapproval',
    });
    expect(put.json()).toMatchObject({
      requireApproval: true,
      approverRoles: ['reviewer'],
      blackoutPolicy: 'await_reapproval',
    });

    const created = await fx.as.responder.post(`${url}/posts`, {
      variants: [{ channelId: fx.channelId, text: 'Hej' }],
    });
    const postId = created.json().post.id as string;
    await fx.as.responder.post(`${url}/posts/${postId}/transition`, { to: 'in_review' });
    expect((await fx.as.manager.post(`${url}/posts/${postId}/transition`, { to: 'approved' })).statusCode).toBe(403);
    const approved = await fx.as.reviewer.post(`${url}/posts/${postId}/transition`, { to: 'approved' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().post.status).toBe('approved');
  });

  it('pause is shown on the calendar with the blackouts and posts; resume lifts it; both audited, a second pause is a 409', async () => {
    const fx = await makeSandboxChannel(t);
    const url = `/api/workspaces/${fx.workspaceId}/publishing`;
    await insertBlackoutWindow(t.db, fx.workspaceId, {
      channelId: null,
      title: 'Dodenherdenking',
      reason: 'Two minutes of silence',
      startsLocal: '2026-05-04T19:55',
      durationMinutes: 10,
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
      enabled: true,
      source: 'default',
      createdBy: null,
    });
    const post = await fx.as.responder.post(`${url}/posts`, {
      campaign: 'Mei',
      scheduledAt: '2027-05-03T10:00:00Z',
      variants: [{ channelId: fx.channelId, text: 'Hej' }],
    });
    expect((await fx.as.responder.post(`${url}/pause`, { reason: 'Crisis' })).statusCode).toBe(403);
    const paused = await fx.as.manager.post(`${url}/pause`, { reason: 'Crisis in town' });
    expect(paused.json().paused).toMatchObject({ reason: 'Crisis in town', by: { name: expect.any(String) } });
    expect((await fx.as.admin.post(`${url}/pause`, { reason: 'Again' })).statusCode).toBe(409);

    const cal = await fx.as.reviewer.get(`${url}/calendar?from=2027-05-01T00:00:00Z&to=2027-06-01T00:00:00Z`);
    expect(cal.statusCode, cal.body).toBe(200);
    expect(cal.json().posts.map((p: { id: string }) => p.id)).toEqual([post.json().post.id]);
    expect(cal.json().blackouts).toMatchObject([
      { title: 'Dodenherdenking', start: '2027-05-04T17:55:00.000Z', end: '2027-05-04T18:05:00.000Z' },
    ]);
    expect(cal.json().paused.reason).toBe('Crisis in town');
    const other = await fx.as.reviewer.get(
      `${url}/calendar?from=2027-05-01T00:00:00Z&to=2027-06-01T00:00:00Z&campaign=Juni`,
    );
    expect(other.json().posts).toEqual([]);
    expect(
      (await fx.as.reviewer.get(`${url}/calendar?from=2027-05-01T00:00:00Z&to=2029-06-01T00:00:00Z`)).statusCode,
    ).toBe(400);

    const resumed = await fx.as.admin.post(`${url}/resume`);
    expect(resumed.json()).toMatchObject({ paused: null, resumed: 0 });
    expect((await fx.as.admin.post(`${url}/resume`)).statusCode).toBe(409);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', fx.workspaceId)
      .where('action', 'like', 'publishing.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['publishing.paused', 'publishing.resumed']);
  });
});
