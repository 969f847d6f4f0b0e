import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { makeChannel, makeConversation } from '../inbox/inbox.factories.js';
import { pickAssignees } from './pick-assignee.js';
import type { Role } from '../auth/roles.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function responder(
  workspaceId: string,
  values: Partial<{ languages: string[]; channel_ids: string[]; on_duty: boolean; max_open: number }>,
  roles: Role[] = ['responder'],
) {
  const user = await makeMember(t.db, workspaceId, roles);
  await t.db
    .insertInto('responders')
    .values({ workspace_id: workspaceId, user_id: user.id, updated_at: new Date(), ...values })
    .execute();
  return user;
}

const request = (conversationId: string, channelId: string, language: string | null) => ({
  conversationId,
  channelId,
  language,
});

describe('pickAssignees', () => {
  it('balances a batch over on-duty responders with the language, fewest open first', async () => {
    const ws = await makeWorkspace(t.db);
    const channel = await makeChannel(t.db, ws.id);
    const busy = await responder(ws.id, { languages: ['sv', 'en'] });
    const idle = await responder(ws.id, { languages: ['sv'] });
    const dutch = await responder(ws.id, { languages: ['nl'] });
    await responder(ws.id, { languages: ['sv'], on_duty: false });
    // A manager with a responders row but without the responder role is not picked.
    await responder(ws.id, { languages: ['sv'] }, ['manager']);
    for (let i = 0; i < 2; i++) await makeConversation(t.db, channel, { assignee_id: busy.id, status: 'open' });
    // Resolved work does not count as open.
    await makeConversation(t.db, channel, { assignee_id: idle.id, status: 'resolved' });

    const batch = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => request(id, channel.id, 'sv'));
    const result = await pickAssignees(t.db, ws.id, batch);
    const counts = new Map<string, number>();
    for (const userId of result.values()) counts.set(userId, (counts.get(userId) ?? 0) + 1);
    // idle starts at 0, busy at 2: after 6 more both end at 4 open.
    expect(counts.get(idle.id)).toBe(4);
    expect(counts.get(busy.id)).toBe(2);
    expect(counts.has(dutch.id)).toBe(false);
    expect(result.size).toBe(6);

    const nl = await pickAssignees(t.db, ws.id, [request('x', channel.id, 'nl')]);
    expect(nl.get('x')).toBe(dutch.id);
    // A language nobody declares ('other') may go to anyone on duty.
    expect((await pickAssignees(t.db, ws.id, [request('y', channel.id, 'other')])).size).toBe(1);
  });

  it('respects channel restrictions and max_open, and leaves conversations unassigned when nobody fits', async () => {
    const ws = await makeWorkspace(t.db);
    const channelA = await makeChannel(t.db, ws.id);
    const channelB = await makeChannel(t.db, ws.id);
    const onlyA = await responder(ws.id, { languages: ['en'], channel_ids: [channelA.id], max_open: 2 });
    const result = await pickAssignees(t.db, ws.id, [
      request('1', channelB.id, 'en'),
      request('2', channelA.id, 'en'),
      request('3', channelA.id, 'en'),
      request('4', channelA.id, 'en'),
      request('2', channelA.id, 'en'),
    ]);
    expect(result.has('1')).toBe(false);
    expect(result.get('2')).toBe(onlyA.id);
    expect(result.get('3')).toBe(onlyA.id);
    expect(result.has('4')).toBe(false); // max_open 2 reached
    const other = await makeWorkspace(t.db);
    expect((await pickAssignees(t.db, other.id, [request('z', channelA.id, 'en')])).size).toBe(0);
  });
});
