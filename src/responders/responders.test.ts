import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { makeChannel, makeConversation } from '../inbox/inbox.factories.js';
import { DEMO_SHARED_USER } from '../demo/demo-data.js';
import { insertWorkspace, upsertMembership } from '../workspaces/workspaces.repository.js';
import { seedDemoResponders } from './demo-responders.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('responders', () => {
  it('lists answerers with defaults, workload and teams; a manager updates one; a responder toggles own duty', async () => {
    const ws = await makeWorkspace(t.db);
    const manager = await makeMember(t.db, ws.id, ['manager'], { name: 'Maja' });
    const responder = await makeMember(t.db, ws.id, ['responder'], { name: 'Rut' });
    await makeMember(t.db, ws.id, ['viewer'], { name: 'Vera' });
    const channel = await makeChannel(t.db, ws.id);
    await makeConversation(t.db, channel, { assignee_id: responder.id, status: 'open' });
    await makeConversation(t.db, channel, { assignee_id: responder.id, status: 'closed', closed_reason: 'x' });
    const asManager = await t.login(manager.email);
    const base = `/api/workspaces/${ws.id}`;

    const team = await asManager.post(`${base}/teams`, { name: 'Kundtjänst', memberIds: [responder.id] });
    expect(team.statusCode).toBe(201);
    expect(team.json().team.members).toEqual([{ id: responder.id, name: 'Rut' }]);
    expect((await asManager.post(`${base}/teams`, { name: 'kundtjänst' })).statusCode).toBe(409);

    const list = await asManager.get(`${base}/responders`);
    expect(list.statusCode).toBe(200);
    const rows = list.json().responders;
    expect(rows.map((r: { name: string }) => r.name)).toEqual(['Maja', 'Rut']); // the viewer does not answer
    expect(rows[1]).toMatchObject({
      userId: responder.id,
      languages: ['sv', 'nl', 'en'],
      onDuty: true,
      openCount: 1,
      teams: [{ id: team.json().team.id, name: 'Kundtjänst' }],
    });

    const put = await asManager.put(`${base}/responders/${responder.id}`, {
      languages: ['nl'],
      channelIds: [channel.id],
      onDuty: false,
      inTraining: true,
      maxOpen: 5,
      managerId: manager.id,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().responder).toMatchObject({
      languages: ['nl'],
      channelIds: [channel.id],
      inTraining: true,
      maxOpen: 5,
      managerId: manager.id,
    });
    const foreignChannel = await makeChannel(t.db, (await makeWorkspace(t.db)).id);
    const bad = await asManager.put(`${base}/responders/${responder.id}`, {
      languages: ['nl'],
      channelIds: [foreignChannel.id],
      onDuty: true,
      inTraining: false,
      maxOpen: 5,
      managerId: null,
    });
    expect(bad.statusCode).toBe(400);

    const asResponder = await t.login(responder.email);
    const duty = await asResponder.post(`${base}/responders/me/duty`, { onDuty: true });
    expect(duty.statusCode).toBe(200);
    expect(duty.json().responder).toMatchObject({ userId: responder.id, onDuty: true, languages: ['nl'] });
    const body = { languages: ['sv'], channelIds: [], onDuty: true, inTraining: false, maxOpen: 99, managerId: null };
    expect((await asResponder.put(`${base}/responders/${responder.id}`, body)).statusCode).toBe(403);

    const teamId = team.json().team.id;
    const renamed = await asManager.patch(`${base}/teams/${teamId}`, {
      name: 'Support',
      memberIds: [manager.id, responder.id],
    });
    expect(renamed.json().team).toMatchObject({ name: 'Support', members: [{ name: 'Maja' }, { name: 'Rut' }] });
    expect((await asManager.delete(`${base}/teams/${teamId}`)).statusCode).toBe(200);
    expect((await asManager.get(`${base}/teams`)).json().teams).toEqual([]);
    const actions = await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'team.created',
        'responder.updated',
        'responder.on_duty',
        'team.updated',
        'team.deleted',
      ]),
    );
  });

  it('seeds the demo responders and Kim on duty in the workspace language plus English, managed by the manager', async () => {
    const ws = await insertWorkspace(t.db, {
      slug: `ekeby-${Date.now()}`,
      name: 'E',
      country: 'SE',
      timeZone: 'Europe/Stockholm',
      defaultLanguage: 'sv',
    });
    const existing = await t.db
      .selectFrom('users')
      .select('id')
      .where('email', 'in', ['responder@ekeby.demo', 'manager@ekeby.demo', DEMO_SHARED_USER.email])
      .execute();
    expect(existing).toEqual([]); // fresh test database
    const responder = await makeMember(t.db, ws.id, ['responder'], { email: 'responder@ekeby.demo' });
    const manager = await makeMember(t.db, ws.id, ['manager'], { email: 'manager@ekeby.demo' });
    const kim = await makeMember(t.db, ws.id, ['manager'], { email: DEMO_SHARED_USER.email });
    await upsertMembership(t.db, ws.id, kim.id, ['manager']);
    await seedDemoResponders(t.db, new Map([['ekeby', ws]]));
    const rows = await t.db
      .selectFrom('responders')
      .selectAll()
      .where('workspace_id', '=', ws.id)
      .orderBy('user_id')
      .execute();
    expect(rows.map((r) => r.user_id).sort()).toEqual([responder.id, kim.id].sort());
    for (const row of rows)
      expect(row).toMatchObject({ languages: ['sv', 'en'], on_duty: true, manager_id: manager.id });
  });
});
