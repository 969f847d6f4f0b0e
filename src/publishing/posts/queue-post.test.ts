import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel } from '../../channels/channel-fixtures.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('posting slots and the queue', () => {
  it('fills the next free slot of the channel, skipping a slot taken by another post', async () => {
    const fx = await makeSandboxChannel(t);
    const url = `/api/workspaces/${fx.workspaceId}/publishing`;
    await t.db
      .insertInto('publishing_settings')
      .values({ workspace_id: fx.workspaceId, require_approval: false })
      .execute();
    const every = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, time: '09:00' }));
    expect((await fx.as.responder.put(`${url}/channels/${fx.channelId}/slots`, { slots: every })).statusCode).toBe(403);
    const bad = await fx.as.admin.put(`${url}/channels/${fx.channelId}/slots`, {
      slots: [{ weekday: 8, time: '25:00' }],
    });
    expect(bad.statusCode).toBe(400);
    const put = await fx.as.admin.put(`${url}/channels/${fx.channelId}/slots`, { slots: every });
    expect(put.json().slots).toHaveLength(7);

    const make = async () =>
      (await fx.as.responder.post(`${url}/posts`, { variants: [{ channelId: fx.channelId, text: 'Hej' }] })).json().post
        .id as string;
    const first = await fx.as.responder.post(`${url}/posts/${await make()}/queue`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().post.status).toBe('scheduled');
    const second = await fx.as.responder.post(`${url}/posts/${await make()}/queue`);
    const a = Date.parse(first.json().post.scheduledAt);
    const b = Date.parse(second.json().post.scheduledAt);
    expect(a).toBeGreaterThan(Date.now());
    expect(b - a).toBeGreaterThanOrEqual(23 * 3600_000); // the next day's 09:00 (Europe/Stockholm)
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', timeStyle: 'short' }).format(b)).toBe(
      '09:00',
    );
    expect((await fx.as.responder.post(`${url}/posts/${first.json().post.id}/queue`)).statusCode).toBe(409);
  });
});
