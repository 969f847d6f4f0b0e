import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { publishVariant, recordSend } from './publish-variant.js';
import { resumePublishing, scheduleVariant, unscheduleVariant } from './schedule-variant.js';
import { startSending } from './sending.repository.js';
import {
  ensureDodenherdenking,
  makeSendingChannel,
  makeVariant,
  publishJobsOf,
  runSend,
  variantRow,
  type SendingFixture,
} from './sending.test-support.js';

let t: TestApp;
let f: SendingFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await makeSendingChannel(t);
});
afterAll(async () => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

const sandboxPosts = (channelId: string) =>
  t.db
    .selectFrom('sandbox_actions')
    .selectAll()
    .where('channel_id', '=', channelId)
    .where('action', '=', 'publish')
    .execute();

describe('scheduling', () => {
  it('keeps exactly one job per variant through scheduling, rescheduling and unscheduling', async () => {
    const { variant } = await makeVariant(t, f);
    const first = new Date(Date.now() + 3_600_000);
    const second = new Date(Date.now() + 7_200_000);
    await scheduleVariant(t.db, { ...variant, due_at: first });
    await scheduleVariant(t.db, { ...variant, due_at: second });
    const jobs = await publishJobsOf(t, variant.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ key: `publish:${variant.id}` });
    expect(jobs[0]!.run_at.getTime()).toBe(second.getTime());
    expect(await variantRow(t, variant.id)).toMatchObject({ status: 'scheduled', due_at: second });

    await unscheduleVariant(t.db, variant.id);
    expect(await publishJobsOf(t, variant.id)).toHaveLength(0);
    expect((await variantRow(t, variant.id)).status).toBe('pending');
  });
});

describe('the 4 May window', () => {
  it('holds a post due at 18:00Z inside Dodenherdenking and publishes it at 18:05Z, never inside', async () => {
    await ensureDodenherdenking(t, f.workspaceId);
    const { postId, variant } = await makeVariant(t, f, 'Morgen zijn we gesloten.');
    const due = new Date('2027-05-04T18:00:00Z');
    await scheduleVariant(t.db, { ...variant, due_at: due });

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(due);
    await publishVariant(t.ctx, variant.id);
    const held = await variantRow(t, variant.id);
    expect(held.status).toBe('scheduled');
    expect(held.due_at?.toISOString()).toBe('2027-05-04T18:05:00.000Z');
    expect(held.held_reason).toContain('Dodenherdenking');
    expect(held.outbound_action_id).toBeNull();
    const jobs = await publishJobsOf(t, variant.id);
    expect(jobs.map((j) => j.run_at.toISOString())).toEqual(['2027-05-04T18:05:00.000Z']);

    vi.setSystemTime(new Date('2027-05-04T18:05:00Z'));
    const published = await runSend(t, variant.id);
    expect(published.status).toBe('published');
    expect(published.published_at!.getTime()).toBeGreaterThanOrEqual(Date.parse('2027-05-04T18:05:00Z'));
    const sent = (await sandboxPosts(f.channelId)).filter((a) => a.idempotency_key === published.outbound_action_id);
    expect(sent).toHaveLength(1);
    const post = await t.db.selectFrom('posts').selectAll().where('id', '=', postId).executeTakeFirstOrThrow();
    expect(post.status).toBe('published');
  });
});

describe('the send', () => {
  it('records the action claimed with the variant and calls the network once, on the first attempt', async () => {
    const { variant } = await makeVariant(t, f, 'Meteen geclaimd');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    const send = await recordSend(t.ctx, variant.id);
    expect(send?.claimed?.channel.id).toBe(f.channelId);
    const action = await t.db
      .selectFrom('outbound_actions')
      .selectAll()
      .where('id', '=', send!.actionId)
      .executeTakeFirstOrThrow();
    expect(action).toMatchObject({ status: 'sending', attempts: 1, kind: 'publish', body: 'Meteen geclaimd' });
    expect((await variantRow(t, variant.id)).outbound_action_id).toBe(send!.actionId);
  });

  it('records nothing, in one statement, for a variant that stopped being scheduled just before', async () => {
    const { variant } = await makeVariant(t, f, 'Net niet meer gepland');
    const recorded = await startSending(t.db, {
      actionId: randomUUID(),
      variantId: variant.id, // still pending: a concurrent unschedule looks the same
      workspaceId: f.workspaceId,
      channelId: f.channelId,
      body: 'Net niet meer gepland',
      params: {},
      createdBy: null,
      livePayloads: [],
    });
    expect(recorded).toBeUndefined();
    const actions = await t.db
      .selectFrom('outbound_actions')
      .select('id')
      .where('body', '=', 'Net niet meer gepland')
      .execute();
    expect(actions).toHaveLength(0);
    expect(await variantRow(t, variant.id)).toMatchObject({ status: 'pending', outbound_action_id: null });
  });

  it('leaves the action to perform-action on a throttled channel, which waits instead of calling', async () => {
    const g = await makeSendingChannel(t);
    const until = new Date(Date.now() + 10 * 60_000);
    await t.db.updateTable('channels').set({ throttled_until: until }).where('id', '=', g.channelId).execute();
    const { variant } = await makeVariant(t, g, 'Even wachten');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    await publishVariant(t.ctx, variant.id);
    const waiting = await variantRow(t, variant.id);
    expect(waiting).toMatchObject({ status: 'sending', error: expect.stringContaining('Rate limited') });
    const action = await t.db
      .selectFrom('outbound_actions')
      .selectAll()
      .where('id', '=', waiting.outbound_action_id!)
      .executeTakeFirstOrThrow();
    expect(action).toMatchObject({ status: 'queued' });
    expect(action.next_attempt_at?.getTime()).toBe(until.getTime());
    expect(await sandboxPublishes(g.channelId, 'Even wachten')).toBe(0);
  });
});

describe('the pause', () => {
  it('holds a due variant while paused and publishes it after resume', async () => {
    const { variant } = await makeVariant(t, f, 'Pauze-test');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    await t.db
      .insertInto('publishing_settings')
      .values({ workspace_id: f.workspaceId, paused_at: new Date(), pause_reason: 'Crisis' })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ paused_at: new Date(), pause_reason: 'Crisis' }))
      .execute();
    const held = await runSend(t, variant.id);
    expect(held).toMatchObject({
      status: 'held',
      held_reason: 'Publishing is paused: Crisis',
      outbound_action_id: null,
    });

    await t.db
      .updateTable('publishing_settings')
      .set({ paused_at: null, pause_reason: null })
      .where('workspace_id', '=', f.workspaceId)
      .execute();
    expect(await resumePublishing(t.db, f.workspaceId)).toBe(1);
    expect(await publishJobsOf(t, variant.id)).toHaveLength(1);
    const published = await runSend(t, variant.id);
    expect(published.status).toBe('published');
    expect(published.platform_id).toMatch(/^sbx-post-/);
  });
});

describe('a permanent failure', () => {
  it('marks variant and post failed and tells the author and the approver why, with a link', async () => {
    const g = await makeSendingChannel(t, { ratePerMinute: 0, failNext: 'permanent' });
    const { postId, variant } = await makeVariant(t, g, 'Dit gaat mis');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    const failed = await runSend(t, variant.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toContain('refused');
    const post = await t.db.selectFrom('posts').select('status').where('id', '=', postId).executeTakeFirstOrThrow();
    expect(post.status).toBe('failed');
    const notes = await failureNotifications(g.workspaceId);
    expect(notes.map((n) => n.user_id).sort()).toEqual([g.authorId, g.approverId].sort());
    expect(notes[0]!.data).toMatchObject({
      postId,
      link: `/w/${g.workspaceId}/publishing/posts/${postId}`,
      reason: expect.stringContaining('refused'),
    });
  });
});

describe('a temporary failure', () => {
  it('stays sending with the error visible, goes back to the queue, and publishes once on the retry', async () => {
    const g = await makeSendingChannel(t, { ratePerMinute: 0, failNext: 'retryable' });
    const { variant } = await makeVariant(t, g, 'Tweede poging');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    // The job throws, so graphile-worker runs it again with exponential backoff.
    await expect(publishVariant(t.ctx, variant.id, { attempt: 1, maxAttempts: 10 })).rejects.toThrow('timed out');
    const retrying = await variantRow(t, variant.id);
    expect(retrying).toMatchObject({ status: 'sending', error: expect.stringContaining('timed out') });
    await publishVariant(t.ctx, variant.id, { attempt: 2, maxAttempts: 10 });
    const published = await variantRow(t, variant.id);
    expect(published).toMatchObject({ status: 'published', outbound_action_id: retrying.outbound_action_id });
    expect(await sandboxPublishes(g.channelId, 'Tweede poging')).toBe(1);
  });

  it('on the last attempt ends failed and tells the author and the approver', async () => {
    const g = await makeSendingChannel(t, { ratePerMinute: 0, failNext: 'retryable' });
    const { variant } = await makeVariant(t, g, 'Laatste poging');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    await publishVariant(t.ctx, variant.id, { attempt: 10, maxAttempts: 10 });
    expect(await variantRow(t, variant.id)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('timed out'),
    });
    const notes = await failureNotifications(g.workspaceId);
    expect(notes.map((n) => n.user_id).sort()).toEqual([g.authorId, g.approverId].sort());
  });
});

describe('reconciliation', () => {
  it('completes a variant left sending whose action was already sent, without sending again', async () => {
    const { variant } = await makeVariant(t, f, 'Reconcile');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    await recordSend(t.ctx, variant.id);
    const sending = await variantRow(t, variant.id);
    expect(sending.status).toBe('sending');
    // The action finished but the worker died before the variant heard of it.
    await t.db
      .updateTable('outbound_actions')
      .set({ status: 'sent', platform_id: 'sbx-post-x' })
      .where('id', '=', sending.outbound_action_id!)
      .execute();
    await publishVariant(t.ctx, variant.id);
    expect(await variantRow(t, variant.id)).toMatchObject({ status: 'published', platform_id: 'sbx-post-x' });
    const actions = await t.db
      .selectFrom('outbound_actions')
      .select('id')
      .where('channel_id', '=', f.channelId)
      .where('body', '=', 'Reconcile')
      .execute();
    expect(actions).toHaveLength(1);
    expect(await sandboxPublishes(f.channelId, 'Reconcile')).toBe(0);
  });

  it('performs an action recorded by a run that died before the call, once, under the same key', async () => {
    const { variant } = await makeVariant(t, f, 'Died before the call');
    await scheduleVariant(t.db, { ...variant, due_at: new Date(Date.now() - 1000) });
    const actionId = (await recordSend(t.ctx, variant.id))?.actionId;
    expect(actionId).toBeTruthy();
    await publishVariant(t.ctx, variant.id); // the job again, after the crash
    await publishVariant(t.ctx, variant.id); // and once more: nothing left to do
    const published = await variantRow(t, variant.id);
    expect(published).toMatchObject({ status: 'published', outbound_action_id: actionId });
    expect(await sandboxPublishes(f.channelId, 'Died before the call')).toBe(1);
    const { rows } = await sql<{ n: string }>`
      SELECT count(*) AS n FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks k ON k.id = j.task_id
       WHERE k.identifier = 'channels.perform-action' AND j.payload->>'actionId' = ${actionId}`.execute(t.db);
    expect(Number(rows[0]!.n)).toBe(0); // the publish job makes the call itself
  });
});

/** How many times the sandbox network published this text on the channel. */
async function sandboxPublishes(channelId: string, text: string) {
  return (await sandboxPosts(channelId)).filter((a) => (a.payload as { text?: string }).text === text).length;
}

const failureNotifications = (workspaceId: string) =>
  t.db
    .selectFrom('notifications')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'publishing.failed')
    .execute();
