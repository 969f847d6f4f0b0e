import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeMember } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import {
  makeReplyFixture,
  outboundActions,
  runSendJobs,
  sandboxActions,
  setApprovalPolicy,
} from './replies.fixtures.js';

// Each fixture logs in one member per role; on a busy machine a test with several takes a while.
vi.setConfig({ testTimeout: 120_000 });

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const itemRow = (id: string) => t.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('four-eyes approval, decided by the server', () => {
  it('policy "all": the reply waits, nothing is sent until a reviewer approves, then exactly once', async () => {
    const f = await makeReplyFixture(t, { policy: 'all' });
    const res = await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, {
      text: 'Hej Kalle! Plogbilen är på väg.',
      visibility: 'public',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ approvalRequired: true, item: { sendStatus: 'pending_approval' } });
    const itemId = res.json().item.id as string;
    expect(await runSendJobs(t, f.workspaceId)).toBe(0);
    expect(await outboundActions(t, f.channelId)).toEqual([]);
    expect(await sandboxActions(t, f.channelId)).toEqual([]);

    const asked = await t.db
      .selectFrom('notifications')
      .selectAll()
      .where('workspace_id', '=', f.workspaceId)
      .execute();
    expect(asked.map((n) => n.kind)).toEqual(['review.requested']); // the fixture's one reviewer
    expect(asked[0]!.data).toMatchObject({ itemId });
    const queue = (await f.as.reviewer.get(`${f.api}/reviews`)).json().items;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({
      item: { id: itemId },
      conversation: { id: f.conversationId, author: { handle: 'kalle.k' } },
      replyTo: { text: 'Varför är inte Storgatan plogad?' },
    });

    const approved = await f.as.reviewer.post(`${f.api}/items/${itemId}/review`, { decision: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().item).toMatchObject({ sendStatus: 'queued', review: { decision: 'approved' } });
    expect(await runSendJobs(t, f.workspaceId)).toBe(1);
    expect(await runSendJobs(t, f.workspaceId)).toBe(0);
    const sent = await sandboxActions(t, f.channelId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ action: 'publicReply', target_id: f.inboundPlatformId });
    const item = await itemRow(itemId);
    expect(item).toMatchObject({ send_status: 'sent', platform_id: sent[0]!.platform_id, send_error: null });
    const [action] = await outboundActions(t, f.channelId);
    expect(action).toMatchObject({ id: item.outbound_action_id, status: 'sent' });
    expect((await f.as.reviewer.get(`${f.api}/reviews`)).json().items).toEqual([]);
  });

  it('policy "negative_or_critical": only negative or critical conversations wait', async () => {
    const calm = await makeReplyFixture(t, { policy: 'negative_or_critical', sentiment: 'neutral' });
    const r1 = await calm.as.responder.post(`${calm.api}/conversations/${calm.conversationId}/replies`, {
      text: 'Tack för tipset!',
    });
    expect(r1.json()).toMatchObject({ approvalRequired: false, item: { sendStatus: 'queued' } });
    expect(await outboundActions(t, calm.channelId)).toHaveLength(1);

    const angry = await makeReplyFixture(t, { policy: 'negative_or_critical', sentiment: 'negative' });
    const r2 = await angry.as.responder.post(`${angry.api}/conversations/${angry.conversationId}/replies`, {
      text: 'Vi förstår att du är besviken.',
    });
    expect(r2.json()).toMatchObject({ approvalRequired: true, item: { sendStatus: 'pending_approval' } });
    const critical = await makeReplyFixture(t, { policy: 'negative_or_critical', severity: 'critical' });
    const r3 = await critical.as.manager.post(`${critical.api}/conversations/${critical.conversationId}/replies`, {
      text: 'Vi ringer dig.',
    });
    expect(r3.json().approvalRequired).toBe(true);
    expect(await outboundActions(t, angry.channelId)).toEqual([]);
    expect(await outboundActions(t, critical.channelId)).toEqual([]);
  });

  it('policy "in_training": replies of responders in training wait, others go out', async () => {
    const f = await makeReplyFixture(t, { policy: 'in_training' });
    const trainee = await makeMember(t.db, f.workspaceId, ['responder']);
    await t.db
      .insertInto('responders')
      .values({ workspace_id: f.workspaceId, user_id: trainee.id, in_training: true })
      .execute();
    const asTrainee = await t.login(trainee.email);
    const r1 = await asTrainee.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej!' });
    expect(r1.json().approvalRequired).toBe(true);
    const r2 = await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej igen!' });
    expect(r2.json().approvalRequired).toBe(false);
    expect((await outboundActions(t, f.channelId)).map((a) => a.body)).toEqual(['Hej igen!']);
  });

  it('policy "none": sent without review; the reply opens a new conversation', async () => {
    const f = await makeReplyFixture(t, { policy: 'none', sentiment: 'negative', severity: 'critical' });
    const res = await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej!' });
    expect(res.json().approvalRequired).toBe(false);
    const conversation = await t.db
      .selectFrom('conversations')
      .select(['status'])
      .where('id', '=', f.conversationId)
      .executeTakeFirstOrThrow();
    expect(conversation.status).toBe('open');
    await runSendJobs(t, f.workspaceId);
    expect(await sandboxActions(t, f.channelId)).toHaveLength(1);
    // Sent: the response is on record and the comment it answered is answered.
    const after = await t.db
      .selectFrom('conversations')
      .select(['first_responded_at', 'awaiting_since', 'last_outbound_at'])
      .where('id', '=', f.conversationId)
      .executeTakeFirstOrThrow();
    expect(after.first_responded_at).not.toBeNull();
    expect(after.awaiting_since).toBeNull();
    expect(after.last_outbound_at).not.toBeNull();
    expect((await itemRow(f.inboundItemId)).answered_at).not.toBeNull();
  });

  it('never lets anyone approve their own reply, not even an admin under policy "all"', async () => {
    const f = await makeReplyFixture(t, { policy: 'all' });
    const res = await f.as.admin.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej!' });
    const itemId = res.json().item.id;
    const own = await f.as.admin.post(`${f.api}/items/${itemId}/review`, { decision: 'approve' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/another reviewer/);
    expect((await itemRow(itemId)).send_status).toBe('pending_approval');
    expect(await outboundActions(t, f.channelId)).toEqual([]);
    expect((await f.as.manager.post(`${f.api}/items/${itemId}/review`, { decision: 'approve' })).statusCode).toBe(200);
    expect(await outboundActions(t, f.channelId)).toHaveLength(1);
  });

  it('edit and approve sends the edited text and keeps the original on the review', async () => {
    const f = await makeReplyFixture(t, { policy: 'all' });
    const itemId = (
      await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej, vi kollar.' })
    ).json().item.id;
    const res = await f.as.reviewer.post(`${f.api}/items/${itemId}/review`, {
      decision: 'approve',
      text: 'Hej Kalle, vi kollar det idag.',
    });
    expect(res.json().item).toMatchObject({
      text: 'Hej Kalle, vi kollar det idag.',
      review: { decision: 'edited_and_approved' },
    });
    const review = await t.db
      .selectFrom('reply_reviews')
      .selectAll()
      .where('item_id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(review).toMatchObject({ decision: 'edited_and_approved', original_text: 'Hej, vi kollar.' });
    await runSendJobs(t, f.workspaceId);
    expect((await sandboxActions(t, f.channelId))[0]!.payload).toMatchObject({
      text: 'Hej Kalle, vi kollar det idag.',
    });
  });

  it('reject needs a comment, marks the reply rejected and notifies the writer', async () => {
    const f = await makeReplyFixture(t, { policy: 'all' });
    const writer = await makeMember(t.db, f.workspaceId, ['responder']);
    const asWriter = await t.login(writer.email);
    const itemId = (
      await asWriter.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Lugna ner dig.' })
    ).json().item.id;
    const noComment = await f.as.reviewer.post(`${f.api}/items/${itemId}/review`, { decision: 'reject' });
    expect(noComment.statusCode).toBe(400);
    const res = await f.as.reviewer.post(`${f.api}/items/${itemId}/review`, {
      decision: 'reject',
      comment: 'För kort i tonen, be om ursäkt först.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().item).toMatchObject({ sendStatus: 'rejected', review: { decision: 'rejected' } });
    const notes = await t.db.selectFrom('notifications').selectAll().where('user_id', '=', writer.id).execute();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'reply.rejected', conversation_id: f.conversationId });
    expect(notes[0]!.data).toMatchObject({ itemId, comment: 'För kort i tonen, be om ursäkt först.' });
    expect(await outboundActions(t, f.channelId)).toEqual([]);
    const again = await f.as.manager.post(`${f.api}/items/${itemId}/review`, { decision: 'approve' });
    expect(again.statusCode).toBe(409);
  });
});

describe('writing a reply', () => {
  it('answers 409 colleague_replied when someone replied after what the writer saw, unless forced', async () => {
    const f = await makeReplyFixture(t, { policy: 'none' });
    const url = `${f.api}/conversations/${f.conversationId}/replies`;
    const first = await f.as.manager.post(url, { text: 'Vi tittar på det!', lastSeenItemId: f.inboundItemId });
    expect(first.statusCode).toBe(201);
    const second = await f.as.responder.post(url, { text: 'Hej! Plogbilen kommer.', lastSeenItemId: f.inboundItemId });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'colleague_replied',
      details: { item: { id: first.json().item.id, text: 'Vi tittar på det!' } },
    });
    expect(await outboundActions(t, f.channelId)).toHaveLength(1);
    const seenIt = await f.as.responder.post(url, { text: 'Hej!', lastSeenItemId: first.json().item.id });
    expect(seenIt.statusCode).toBe(201);
    const forced = await f.as.responder.post(url, { text: 'Ändå!', lastSeenItemId: f.inboundItemId, force: true });
    expect(forced.statusCode).toBe(201);
  });

  it('refuses an empty or too long text (graphemes, the channel maxLength) with 400', async () => {
    const f = await makeReplyFixture(t);
    const url = `${f.api}/conversations/${f.conversationId}/replies`;
    expect((await f.as.responder.post(url, { text: '   ' })).statusCode).toBe(400);
    const tooLong = await f.as.responder.post(url, { text: '👍🏽'.repeat(2001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/2001.*2000/);
    // 2000 emoji with skin tone are 2000 graphemes (8000 UTF-16 units): fine.
    expect((await f.as.responder.post(url, { text: '👍🏽'.repeat(2000) })).statusCode).toBe(201);
    expect((await f.as.viewer.post(url, { text: 'Hej' })).statusCode).toBe(403);
    expect((await f.as.reviewer.post(url, { text: 'Hej' })).statusCode).toBe(403);
  });

  it('records each reply in the audit log', async () => {
    const f = await makeReplyFixture(t, { policy: 'all' });
    const itemId = (
      await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej!' })
    ).json().item.id;
    await f.as.reviewer.post(`${f.api}/items/${itemId}/review`, { decision: 'approve' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .where('workspace_id', '=', f.workspaceId)
      .where('subject_id', '=', itemId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['reply.created', 'reply.approved']);
  });
});

describe('a reply that fails to send', () => {
  it('shows the platform reason, and a retry sends it once with a new action', async () => {
    const f = await makeReplyFixture(t, { policy: 'none' });
    await f.as.admin.patch(f.url, { settings: { ratePerMinute: 0, failNext: 'permanent' } });
    const itemId = (
      await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej!' })
    ).json().item.id;
    await runSendJobs(t, f.workspaceId);
    const failed = await itemRow(itemId);
    expect(failed.send_status).toBe('failed');
    expect(failed.send_error).toMatch(/refused the request/);
    expect(await sandboxActions(t, f.channelId)).toEqual([]);

    expect((await f.as.viewer.post(`${f.api}/items/${itemId}/retry`)).statusCode).toBe(403);
    const retried = await f.as.responder.post(`${f.api}/items/${itemId}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json().item).toMatchObject({ sendStatus: 'queued', sendError: null });
    expect((await f.as.responder.post(`${f.api}/items/${itemId}/retry`)).statusCode).toBe(409);
    await runSendJobs(t, f.workspaceId);
    const sent = await itemRow(itemId);
    expect(sent.send_status).toBe('sent');
    expect(await sandboxActions(t, f.channelId)).toHaveLength(1);
    const actions = await outboundActions(t, f.channelId);
    expect(actions.map((a) => a.status)).toEqual(['failed', 'sent']);
    expect(sent.outbound_action_id).toBe(actions[1]!.id);
  });

  it('a retryable failure keeps the reply queued with the error visible', async () => {
    const f = await makeReplyFixture(t, { policy: 'none' });
    await f.as.admin.patch(f.url, { settings: { ratePerMinute: 0, failNext: 'retryable' } });
    const itemId = (
      await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej!' })
    ).json().item.id;
    await runSendJobs(t, f.workspaceId);
    expect(await itemRow(itemId)).toMatchObject({
      send_status: 'queued',
      send_error: expect.stringMatching(/timed out/),
    });
    const [action] = await outboundActions(t, f.channelId);
    expect(action).toMatchObject({ status: 'queued', attempts: 1 });
  });
});

describe('while the platform call runs', () => {
  it('the reply and its action are "sending"', async () => {
    const f = await makeReplyFixture(t, { policy: 'none' });
    const sandbox = t.ctx.channels.get('sandbox');
    const seen: Array<{ action?: string; item?: string | null }> = [];
    t.ctx.channels.register({
      ...sandbox,
      kind: 'bluesky',
      perform: async (account, request) => {
        const key = request.idempotencyKey;
        const action = await t.db
          .selectFrom('outbound_actions')
          .select('status')
          .where('id', '=', key)
          .executeTakeFirst();
        const item = await t.db
          .selectFrom('items')
          .select('send_status')
          .where('outbound_action_id', '=', key)
          .executeTakeFirst();
        seen.push({ action: action?.status, item: item?.send_status });
        return sandbox.perform(account, request);
      },
    });
    await t.db.updateTable('channels').set({ kind: 'bluesky' }).where('id', '=', f.channelId).execute();
    const itemId = (
      await f.as.responder.post(`${f.api}/conversations/${f.conversationId}/replies`, { text: 'Hej!' })
    ).json().item.id;
    await runSendJobs(t, f.workspaceId);
    expect(seen).toEqual([{ action: 'sending', item: 'sending' }]);
    expect((await itemRow(itemId)).send_status).toBe('sent');
  });
});

describe('approval policy change takes effect at once', () => {
  it('reads the policy per reply', async () => {
    const f = await makeReplyFixture(t, { policy: 'none' });
    const url = `${f.api}/conversations/${f.conversationId}/replies`;
    expect((await f.as.responder.post(url, { text: 'Ett' })).json().approvalRequired).toBe(false);
    await setApprovalPolicy(t, f.workspaceId, 'all');
    expect((await f.as.responder.post(url, { text: 'Två' })).json().approvalRequired).toBe(true);
  });
});
