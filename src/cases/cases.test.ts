import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChannelAdapter } from '../channels/channel.js';
import { makeReplyFixture, outboundActions, runSendJobs, sandboxActions } from '../replies/replies.fixtures.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// Each fixture logs in one member per role; on a busy machine a test with several takes a while.
vi.setConfig({ testTimeout: 120_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const conversation = (id: string) =>
  t.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('take it offline', () => {
  it('acknowledges publicly, messages privately, resolves with a closing prompt and closes with a public reply', async () => {
    const f = await makeReplyFixture(t, { policy: 'none' });
    const res = await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/take-offline`, {
      publicText: 'Hej Kalle! Vi har skickat ett meddelande till dig.',
      privateText: 'Hej Kalle, vilken adress gäller det?',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.case).toMatchObject({ status: 'open', publicConversationId: f.conversationId, contactRoute: null });
    expect(body.publicReply.item.sendStatus).toBe('queued');
    expect(body.privateReply.item.sendStatus).toBe('queued');
    const privateId = body.case.privateConversationId as string;
    const dm = await conversation(privateId);
    expect(dm).toMatchObject({ kind: 'private', conversation_key: 'dm:u-kalle', case_id: body.case.id });
    expect((await conversation(f.conversationId)).case_id).toBe(body.case.id);

    await runSendJobs(t, f.workspaceId);
    const sent = await sandboxActions(t, f.channelId);
    expect(sent.map((a) => a.action).sort()).toEqual(['privateReply', 'publicReply']);
    expect(sent.find((a) => a.action === 'privateReply')!.payload).toMatchObject({
      recipientPlatformId: 'u-kalle',
      text: 'Hej Kalle, vilken adress gäller det?',
    });

    const listed = (await f.as.viewer.get(`${f.api}/cases?status=open`)).json().cases;
    expect(listed.map((c: { id: string }) => c.id)).toEqual([body.case.id]);
    const one = await f.as.viewer.get(`${f.api}/cases/${body.case.id}`);
    expect(one.json().case).toMatchObject({ id: body.case.id, status: 'open', privateConversationId: privateId });
    expect((await f.as.viewer.get(`${f.api}/cases/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);

    const resolved = await f.as.responder.patch(`${f.api}/cases/${body.case.id}`, {
      status: 'resolved',
      outcome: 'Plogningen är bokad.',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({
      case: { status: 'resolved', outcome: 'Plogningen är bokad.' },
      closingPrompt: { conversationId: f.conversationId, suggestedText: expect.stringMatching(/^Hej Kalle!/) },
    });
    expect((await conversation(f.conversationId)).tags).toContain('case-closing-due');

    const closed = await f.as.responder.post(`${f.api}/cases/${body.case.id}/close`, {
      text: resolved.json().closingPrompt.suggestedText,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().case).toMatchObject({
      status: 'closed',
      closingReplyItemId: closed.json().closingReply.item.id,
    });
    const publicConversation = await conversation(f.conversationId);
    expect(publicConversation.tags).not.toContain('case-closing-due');
    expect(publicConversation.status).toBe('resolved');
    await runSendJobs(t, f.workspaceId);
    const all = await sandboxActions(t, f.channelId);
    expect(all).toHaveLength(3);
    expect(all.at(-1)!.payload).toMatchObject({ text: expect.stringMatching(/^Hej Kalle!/) });
    expect((await f.as.responder.post(`${f.api}/cases/${body.case.id}/close`, { text: 'Igen' })).statusCode).toBe(409);
  });

  it('sends the public acknowledgement and the private message through approval when the policy demands it', async () => {
    const f = await makeReplyFixture(t, { policy: 'all' });
    const res = await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/take-offline`, {
      publicText: 'Vi skickar ett meddelande.',
      privateText: 'Hej!',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().publicReply).toMatchObject({ approvalRequired: true, item: { sendStatus: 'pending_approval' } });
    expect(res.json().privateReply.approvalRequired).toBe(true);
    expect(await outboundActions(t, f.channelId)).toEqual([]);
    expect((await f.as.reviewer.get(`${f.api}/reviews`)).json().items).toHaveLength(2);
  });

  it('records the contact route, and requires one when the channel cannot message privately', async () => {
    const f = await makeReplyFixture(t, { policy: 'none' });
    const noWay = await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/take-offline`, {
      publicText: 'Vi hör av oss.',
    });
    expect(noWay.statusCode).toBe(400);
    const byPhone = await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/take-offline`, {
      publicText: 'Vi ringer dig.',
      contactRoute: 'Telefon enligt ärendet',
    });
    expect(byPhone.statusCode).toBe(201);
    expect(byPhone.json()).toMatchObject({
      case: { contactRoute: 'Telefon enligt ärendet', privateConversationId: null },
    });
    expect(byPhone.json().privateReply).toBeNull();

    // A network without private messages: the contact route is required.
    const base = t.ctx.channels.get('sandbox');
    const noDm: ChannelAdapter = {
      ...base,
      kind: 'mastodon',
      capabilities: (account) => {
        const c = base.capabilities(account);
        return { ...c, actions: { ...c.actions, privateReply: { supported: false, reason: 'No DMs here.' } } };
      },
    };
    t.ctx.channels.register(noDm);
    const g = await makeReplyFixture(t, { policy: 'none' });
    await t.db.updateTable('channels').set({ kind: 'mastodon' }).where('id', '=', g.channelId).execute();
    const refused = await g.as.responder.post(`${g.api}/conversations/${g.conversationId}/take-offline`, {
      publicText: 'Vi hör av oss.',
      privateText: 'Hej!',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/contactRoute/);
    const withRoute = await g.as.responder.post(`${g.api}/conversations/${g.conversationId}/take-offline`, {
      publicText: 'Vi hör av oss.',
      contactRoute: 'e-post',
    });
    expect(withRoute.statusCode).toBe(201);
    expect(withRoute.json().privateReply).toBeNull();
  });
});
