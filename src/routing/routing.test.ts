import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertChannel } from '../channels/channels.repository.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function setup() {
  const ws = await makeWorkspace(t.db);
  const manager = await makeMember(t.db, ws.id, ['manager']);
  const responder = await makeMember(t.db, ws.id, ['responder']);
  const channel = await insertChannel(t.db, {
    workspaceId: ws.id,
    kind: 'sandbox',
    name: 'Facebook',
    handle: 'ekeby',
    settings: {},
    credentialsEncrypted: null,
  });
  return {
    ws,
    manager,
    responder,
    channel,
    asManager: await t.login(manager.email),
    asResponder: await t.login(responder.email),
    base: `/api/workspaces/${ws.id}/routing-rules`,
  };
}

const auditOf = (workspaceId: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'subject_id', 'actor_id'])
    .where('workspace_id', '=', workspaceId)
    .where('action', 'like', 'routing_rule.%')
    .orderBy('seq')
    .execute();

describe('routing rules', () => {
  it('are created, listed in order, changed and removed by a manager, every change audited', async () => {
    const { ws, manager, responder, channel, asManager, asResponder, base } = await setup();
    const created = await asManager.post(base, {
      name: ' Sopor ',
      conditions: { keywords: ['soporna'], languages: ['sv'], channelIds: [channel.id] },
      actions: { addTags: ['avfall'], setPriority: 'high', assignUserId: responder.id },
    });
    expect(created.statusCode).toBe(201);
    const rule = created.json().routingRule;
    expect(rule).toMatchObject({
      name: 'Sopor',
      position: 0,
      enabled: true,
      conditions: { keywords: ['soporna'], languages: ['sv'], channelIds: [channel.id] },
      actions: { addTags: ['avfall'], setPriority: 'high', assignUserId: responder.id },
    });
    const second = await asManager.post(base, {
      name: 'Hot',
      conditions: { intents: ['threat'] },
      actions: { setPriority: 'urgent' },
    });
    expect(second.json().routingRule.position).toBe(1); // goes last

    const listed = await asResponder.get(base);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().routingRules.map((r: { name: string }) => r.name)).toEqual(['Sopor', 'Hot']);

    const moved = await asManager.patch(`${base}/${rule.id}`, { position: 2 });
    expect(moved.json().routingRule).toMatchObject({ position: 2, enabled: true, name: 'Sopor' });
    const disabled = await asManager.patch(`${base}/${second.json().routingRule.id}`, { enabled: false });
    expect(disabled.json().routingRule).toMatchObject({ position: 1, enabled: false, name: 'Hot' });
    expect((await asManager.get(base)).json().routingRules.map((r: { name: string }) => r.name)).toEqual([
      'Hot',
      'Sopor',
    ]);

    expect((await asManager.delete(`${base}/${rule.id}`)).statusCode).toBe(200);
    expect((await asManager.get(base)).json().routingRules).toHaveLength(1);
    expect((await asManager.delete(`${base}/${rule.id}`)).statusCode).toBe(404);

    expect(await auditOf(ws.id)).toEqual([
      { action: 'routing_rule.created', subject_id: rule.id, actor_id: manager.id },
      { action: 'routing_rule.created', subject_id: second.json().routingRule.id, actor_id: manager.id },
      { action: 'routing_rule.updated', subject_id: rule.id, actor_id: manager.id },
      { action: 'routing_rule.updated', subject_id: second.json().routingRule.id, actor_id: manager.id },
      { action: 'routing_rule.deleted', subject_id: rule.id, actor_id: manager.id },
    ]);
  });

  it('refuses rules that do nothing, point outside the workspace or name unknown values, and lets only editors write', async () => {
    const { asManager, asResponder, base } = await setup();
    const other = await setup();
    const noActions = await asManager.post(base, { name: 'x', conditions: {}, actions: {} });
    expect(noActions.statusCode).toBe(400);
    expect(noActions.body).toMatch(/at least one action/);
    const badIntent = await asManager.post(base, {
      name: 'x',
      conditions: { intents: ['angry'] },
      actions: { addTags: ['a'] },
    });
    expect(badIntent.statusCode).toBe(400);
    const foreignChannel = await asManager.post(base, {
      name: 'x',
      conditions: { channelIds: [other.channel.id] },
      actions: { addTags: ['a'] },
    });
    expect(foreignChannel.statusCode).toBe(400);
    expect(foreignChannel.json().error.message).toMatch(/No channel/);
    const foreignUser = await asManager.post(base, {
      name: 'x',
      conditions: {},
      actions: { assignUserId: other.manager.id },
    });
    expect(foreignUser.statusCode).toBe(400);
    expect(foreignUser.json().error.message).toMatch(/not a member/);

    const byResponder = await asResponder.post(base, { name: 'x', conditions: {}, actions: { addTags: ['a'] } });
    expect(byResponder.statusCode).toBe(403);
    // Another workspace's rule is not found here.
    const theirs = await other.asManager.post(other.base, { name: 'x', conditions: {}, actions: { addTags: ['a'] } });
    expect((await asManager.patch(`${base}/${theirs.json().routingRule.id}`, { name: 'mine' })).statusCode).toBe(404);
    expect((await asManager.patch(`${base}/not-a-uuid`, { name: 'mine' })).statusCode).toBe(404);
  });
});
