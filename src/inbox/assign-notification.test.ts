import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { makeChannel, makeConversation } from './inbox.factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function assignedNotifications(userId: string) {
  return t.db
    .selectFrom('notifications')
    .select(['kind', 'conversation_id', 'user_id', 'data'])
    .where('user_id', '=', userId)
    .where('kind', '=', 'assigned')
    .execute();
}

describe('assignment notifications', () => {
  it('notifies the new assignee, by hand and in bulk, but not someone who takes it themselves', async () => {
    const ws = await makeWorkspace(t.db);
    const manager = await makeMember(t.db, ws.id, ['manager'], { name: 'Maja Manager' });
    const rita = await makeMember(t.db, ws.id, ['responder'], { name: 'Rita Responder' });
    const channel = await makeChannel(t.db, ws.id);
    const url = `/api/workspaces/${ws.id}/conversations`;
    const asManager = await t.login(manager.email);
    const asRita = await t.login(rita.email);

    const one = await makeConversation(t.db, channel);
    expect((await asManager.patch(`${url}/${one.id}`, { assigneeId: rita.id })).statusCode).toBe(200);
    expect(await assignedNotifications(rita.id)).toEqual([
      {
        kind: 'assigned',
        conversation_id: one.id,
        user_id: rita.id,
        data: { byUserId: manager.id, byName: 'Maja Manager' },
      },
    ]);
    // Changing something else on an assigned conversation does not notify again.
    expect((await asManager.patch(`${url}/${one.id}`, { priority: 'high' })).statusCode).toBe(200);
    expect(await assignedNotifications(rita.id)).toHaveLength(1);

    const mine = await makeConversation(t.db, channel);
    expect((await asRita.patch(`${url}/${mine.id}`, { assigneeId: rita.id })).statusCode).toBe(200);
    expect(await assignedNotifications(rita.id)).toHaveLength(1);
    expect((await asManager.patch(`${url}/${mine.id}`, { assigneeId: manager.id })).statusCode).toBe(200);
    expect(await assignedNotifications(manager.id)).toEqual([]);

    const two = await makeConversation(t.db, channel);
    const three = await makeConversation(t.db, channel);
    const bulk = await asManager.post(`${url}/bulk`, {
      conversationIds: [two.id, three.id],
      patch: { assigneeId: rita.id },
    });
    expect(bulk.statusCode).toBe(200);
    const afterBulk = await assignedNotifications(rita.id);
    expect(afterBulk.map((n) => n.conversation_id).sort()).toEqual([one.id, two.id, three.id].sort());

    // Unassigning notifies nobody.
    expect((await asManager.patch(`${url}/${two.id}`, { assigneeId: null })).statusCode).toBe(200);
    expect(await assignedNotifications(rita.id)).toHaveLength(3);
  });
});
