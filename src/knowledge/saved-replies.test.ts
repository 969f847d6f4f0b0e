import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeChannel, makeConversation } from './knowledge.test-fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function setup() {
  const ws = await makeWorkspace(t.db, { name: 'Ekeby kommun' });
  const manager = await makeMember(t.db, ws.id, ['manager'], { name: 'Maria Manager' });
  const responder = await makeMember(t.db, ws.id, ['responder'], { name: 'Karin Svensson' });
  return {
    ws,
    manager,
    asManager: await t.login(manager.email),
    asResponder: await t.login(responder.email),
    base: `/api/workspaces/${ws.id}/saved-replies`,
  };
}

const auditOf = (workspaceId: string) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'subject_id', 'actor_id', 'data'])
    .where('workspace_id', '=', workspaceId)
    .where('action', 'like', 'saved_reply.%')
    .orderBy('seq')
    .execute();

describe('saved replies', () => {
  it('are created, listed, edited and deleted by a manager, every change audited', async () => {
    const { ws, manager, asManager, asResponder, base } = await setup();
    const created = await asManager.post(base, {
      title: ' Tack ',
      language: 'sv',
      body: 'Hej {{author.name}}! /{{agent.name}}',
    });
    expect(created.statusCode).toBe(201);
    const reply = created.json().savedReply;
    expect(reply).toMatchObject({
      title: 'Tack',
      language: 'sv',
      channelId: null,
      variables: ['author.name', 'agent.name'],
    });
    await asManager.post(base, { title: 'Thanks', language: 'en', body: 'Hi {{author.handle}}' });

    const listed = await asResponder.get(`${base}?language=sv`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().savedReplies.map((r: { title: string }) => r.title)).toEqual(['Tack']);
    expect((await asResponder.get(base)).json().savedReplies).toHaveLength(2);

    const edited = await asManager.patch(`${base}/${reply.id}`, {
      body: 'Hej {{author.name}} från {{workspace.name}}',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().savedReply).toMatchObject({
      title: 'Tack',
      body: 'Hej {{author.name}} från {{workspace.name}}',
    });

    expect((await asManager.delete(`${base}/${reply.id}`)).statusCode).toBe(200);
    expect((await asManager.delete(`${base}/${reply.id}`)).statusCode).toBe(404);
    expect((await asResponder.get(base)).json().savedReplies).toHaveLength(1);

    const audit = await auditOf(ws.id);
    expect(audit.map((a) => a.action)).toEqual([
      'saved_reply.created',
      'saved_reply.created',
      'saved_reply.updated',
      'saved_reply.deleted',
    ]);
    expect(audit[2]).toMatchObject({ subject_id: reply.id, actor_id: manager.id, data: { changed: ['body'] } });
  });

  it('refuses unknown variables on save, naming each, and changes nothing', async () => {
    const { ws, asManager, base } = await setup();
    const res = await asManager.post(base, {
      title: 'Oops',
      language: 'en',
      body: 'Hi {{author.firstName}}, {{ ticket }} and {{author.firstName}} from {{agent.name}}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('{{author.firstName}}, {{ticket}}');
    expect(res.json().error.details.unknownVariables).toEqual(['author.firstName', 'ticket']);
    const ok = await asManager.post(base, { title: 'Fine', language: 'en', body: 'Hi {{author.name}}' });
    const patched = await asManager.patch(`${base}/${ok.json().savedReply.id}`, { body: 'Hi {{customer.name}}' });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.details.unknownVariables).toEqual(['customer.name']);
    expect((await auditOf(ws.id)).map((a) => a.action)).toEqual(['saved_reply.created']);
  });

  it("refuses another workspace's channel and lets only admins and managers write", async () => {
    const { asManager, asResponder, base } = await setup();
    const other = await makeWorkspace(t.db);
    const foreign = await makeChannel(t.db, other.id);
    const res = await asManager.post(base, { title: 'X', language: 'sv', body: 'Hej', channelId: foreign.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/channel/);
    expect((await asResponder.post(base, { title: 'X', language: 'sv', body: 'Hej' })).statusCode).toBe(403);
  });

  it('lists a channel its own replies plus the workspace-wide ones', async () => {
    const { ws, asManager, base } = await setup();
    const fb = await makeChannel(t.db, ws.id, 'Facebook');
    const ig = await makeChannel(t.db, ws.id, 'Instagram');
    await asManager.post(base, { title: 'Everywhere', language: 'sv', body: 'Hej' });
    await asManager.post(base, { title: 'Facebook only', language: 'sv', body: 'Hej', channelId: fb.id });
    await asManager.post(base, { title: 'Instagram only', language: 'sv', body: 'Hej', channelId: ig.id });
    const titles = (await asManager.get(`${base}?channelId=${fb.id}`))
      .json()
      .savedReplies.map((r: { title: string }) => r.title);
    expect(titles).toEqual(['Everywhere', 'Facebook only']);
  });

  it('renders the variables for a conversation: the author name, else the handle', async () => {
    const { ws, asManager, asResponder, base } = await setup();
    const channel = await makeChannel(t.db, ws.id, 'Ekeby på Facebook');
    const body =
      'Hej {{author.name}} (@{{author.handle}})! Hälsningar {{agent.name}}, {{workspace.name}}, {{ channel.name }}';
    const id = (await asManager.post(base, { title: 'Hej', language: 'sv', body })).json().savedReply.id;

    const named = await makeConversation(t.db, ws.id, {
      channelId: channel.id,
      author: { handle: 'annab', name: 'Anna Berg' },
    });
    const res = await asResponder.post(`${base}/${id}/render`, { conversationId: named.id });
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toBe('Hej Anna Berg (@annab)! Hälsningar Karin Svensson, Ekeby kommun, Ekeby på Facebook');

    const unnamed = await makeConversation(t.db, ws.id, {
      channelId: channel.id,
      author: { handle: 'cykel_pelle', name: null },
    });
    const text = (await asResponder.post(`${base}/${id}/render`, { conversationId: unnamed.id })).json().text;
    expect(text).toMatch(/^Hej cykel_pelle \(@cykel_pelle\)!/);
  });

  it("answers 404 for another workspace's conversation or an unknown reply", async () => {
    const { asManager, base } = await setup();
    const other = await makeWorkspace(t.db);
    const foreign = await makeConversation(t.db, other.id);
    const id = (await asManager.post(base, { title: 'Hej', language: 'sv', body: 'Hej {{author.name}}' })).json()
      .savedReply.id;
    const res = await asManager.post(`${base}/${id}/render`, { conversationId: foreign.id });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/conversation/);
    const unknown = await asManager.post(`${base}/${foreign.id}/render`, { conversationId: foreign.id });
    expect(unknown.statusCode).toBe(404);
  });
});
