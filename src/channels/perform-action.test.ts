import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import type { ChannelAdapter } from './channel.js';
import { makeSandboxChannel, pendingJobs, type ChannelFixture } from './channel-fixtures.js';
import { performActionJob } from './channel.jobs.js';
import * as repo from './channels.repository.js';
import { performAction } from './perform-action.js';
import { injectSandboxEvent } from './sandbox/sandbox-network.js';
import { listRecordedActions } from './sandbox/sandbox.repository.js';
import { syncChannel } from './sync-channel.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** A channel with one received comment from "kalle.k". */
async function channelWithComment(): Promise<ChannelFixture & { itemId: string }> {
  const f = await makeSandboxChannel(t);
  await injectSandboxEvent(
    t.db,
    { workspaceId: f.workspaceId, channelId: f.channelId },
    {
      platformId: 'sbx-c1',
      author: { platformId: 'u-kalle', handle: 'kalle.k', name: 'Kalle K' },
      text: 'Varför är inte Storgatan plogad?',
    },
  );
  await syncChannel(t.ctx, f.channelId);
  return { ...f, itemId: 'sbx-c1' };
}

const run = (actionId: string, attempt = 1) =>
  performAction(t.ctx, actionId, { attempt, maxAttempts: performActionJob.maxAttempts });

describe('requesting an action', () => {
  it('queues it with its job in one go, audit-logged and visible', async () => {
    const f = await channelWithComment();
    const res = await f.as.responder.post(`${f.url}/actions`, {
      kind: 'publicReply',
      targetPlatformId: 'sbx-c1',
      text: '  Plogbilen är på väg!  ',
    });
    expect(res.statusCode).toBe(202);
    const action = res.json().action;
    expect(action).toMatchObject({
      channelId: f.channelId,
      kind: 'publicReply',
      targetPlatformId: 'sbx-c1',
      body: 'Plogbilen är på väg!',
      status: 'queued',
      platformId: null,
      error: null,
      attempts: 0,
      completedAt: null,
    });
    expect(action.createdBy).toEqual({ id: expect.any(String), name: 'Test User' });
    const job = (await pendingJobs(t)).find((j) => j.task_identifier === 'channels.perform-action');
    expect(job?.payload).toEqual({ workspaceId: f.workspaceId, actionId: action.id });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .where('workspace_id', '=', f.workspaceId)
      .orderBy('seq')
      .execute();
    expect(audit.at(-1)).toEqual({ action: 'outbound_action.requested', subject_id: action.id });
    expect((await f.as.viewer.get(`${f.url}/actions`)).json().actions.map((a: { id: string }) => a.id)).toEqual([
      action.id,
    ]);
  });

  it('lets each role do only its own kind of action', async () => {
    const f = await channelWithComment();
    const post = (role: keyof typeof f.as, body: object) => f.as[role].post(`${f.url}/actions`, body);
    const reply = { kind: 'publicReply', targetPlatformId: 'sbx-c1', text: 'Hej' };
    const hide = { kind: 'hide', targetPlatformId: 'sbx-c1' };
    const publish = { kind: 'publish', text: 'Nyhet!' };
    expect((await post('viewer', reply)).statusCode).toBe(403);
    expect((await post('reviewer', reply)).statusCode).toBe(403);
    expect((await post('moderator', reply)).statusCode).toBe(403);
    expect((await post('responder', hide)).statusCode).toBe(403);
    expect((await post('moderator', hide)).statusCode).toBe(202);
    expect((await post('responder', publish)).statusCode).toBe(403);
    expect((await post('manager', publish)).statusCode).toBe(202);
    expect((await post('admin', { kind: 'block', targetPlatformId: 'sbx-c1' })).statusCode).toBe(202);
  });

  it('refuses what cannot be done, with a reason', async () => {
    const f = await channelWithComment();
    const post = (body: object) => f.as.manager.post(`${f.url}/actions`, body);
    expect((await post({ kind: 'publicReply', targetPlatformId: 'sbx-c1' })).json().error.message).toMatch(/text/);
    expect((await post({ kind: 'publicReply', targetPlatformId: 'sbx-c1', text: '   ' })).statusCode).toBe(400);
    const tooLong = await post({ kind: 'publicReply', targetPlatformId: 'sbx-c1', text: 'å'.repeat(2001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/2001.*2000/);
    expect(
      (await post({ kind: 'publicReply', targetPlatformId: 'sbx-nope', text: 'Hej' })).json().error.message,
    ).toMatch(/sbx-nope/);
    expect((await post({ kind: 'report', targetPlatformId: 'sbx-c1' })).json().error.message).toMatch(/reason/);
    expect((await post({ kind: 'hide' })).statusCode).toBe(400);
    expect((await post({ kind: 'dance', targetPlatformId: 'sbx-c1' })).statusCode).toBe(400);
  });

  it('answers 400 with the channel reason when the network lacks the capability', async () => {
    const f = await channelWithComment();
    const limited: ChannelAdapter = {
      kind: 'mastodon',
      capabilities: () => ({
        actions: {
          ...Object.fromEntries(
            [
              'publicReply',
              'privateReply',
              'hide',
              'delete',
              'block',
              'mute',
              'report',
              'followRequests',
              'nativeScheduling',
            ].map((k) => [k, { supported: true }]),
          ),
          publish: { supported: false, reason: 'This account may not publish.' },
        } as never,
        maxLength: 500,
        ingest: ['poll'],
      }),
      testConnection: async () => ({ platformId: 'x', handle: 'x', displayName: 'x', followers: 0 }),
      perform: async () => ({ platformId: 'x' }),
    };
    t.ctx.channels.register(limited);
    const row = await repo.insertChannel(t.db, {
      workspaceId: f.workspaceId,
      kind: 'mastodon',
      name: 'Mastodon',
      handle: 'ekeby',
      settings: {},
      credentialsEncrypted: null,
    });
    const res = await f.as.manager.post(`/api/workspaces/${f.workspaceId}/channels/${row.id}/actions`, {
      kind: 'publish',
      text: 'Hej',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('This account may not publish.');
    const channel = (await f.as.viewer.get(`/api/workspaces/${f.workspaceId}/channels/${row.id}`)).json();
    expect(channel.capabilities.actions.publish).toEqual({ supported: false, reason: 'This account may not publish.' });
  });
});

describe('performing an action', () => {
  it('sends once: a second run of the job, even after a lost result, records nothing new', async () => {
    const f = await channelWithComment();
    const { action } = (
      await f.as.responder.post(`${f.url}/actions`, {
        kind: 'privateReply',
        targetPlatformId: 'sbx-c1',
        text: 'Vi hör av oss i DM.',
      })
    ).json();
    await run(action.id);
    const sent = (await repo.findOutboundActionById(t.db, action.id))!;
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, error: null });
    expect(sent.platform_id).toMatch(/^sbx-dm-/);

    await run(action.id); // the job ran twice
    // The worker crashed after the network call but before saving: the row is still "queued".
    await t.db
      .updateTable('outbound_actions')
      .set({ status: 'queued', platform_id: null, completed_at: null })
      .where('id', '=', action.id)
      .execute();
    await run(action.id);

    const recorded = await listRecordedActions(t.db, f.channelId);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      action: 'privateReply',
      target_id: 'sbx-c1',
      idempotency_key: action.id,
      platform_id: sent.platform_id,
    });
    expect(recorded[0]!.payload).toMatchObject({ recipientPlatformId: 'u-kalle', text: 'Vi hör av oss i DM.' });
    expect((await repo.findOutboundActionById(t.db, action.id))!.platform_id).toBe(sent.platform_id);
  });

  it('keeps a permanent failure visible as failed with its error; a new request can succeed', async () => {
    const f = await channelWithComment();
    await f.as.admin.patch(f.url, { settings: { failNext: 'permanent' } });
    const { action } = (
      await f.as.moderator.post(`${f.url}/actions`, { kind: 'hide', targetPlatformId: 'sbx-c1' })
    ).json();
    await run(action.id);
    const listed = (await f.as.viewer.get(`${f.url}/actions`)).json().actions[0];
    expect(listed).toMatchObject({ id: action.id, status: 'failed', attempts: 1, platformId: null });
    expect(listed.error).toMatch(/refused/);
    expect(listed.completedAt).not.toBeNull();
    expect(await listRecordedActions(t.db, f.channelId)).toHaveLength(0);

    const retry = (await f.as.moderator.post(`${f.url}/actions`, { kind: 'hide', targetPlatformId: 'sbx-c1' })).json()
      .action;
    await run(retry.id);
    expect((await repo.findOutboundActionById(t.db, retry.id))!.status).toBe('sent');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('workspace_id', '=', f.workspaceId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('outbound'))).toEqual([
      'outbound_action.requested',
      'outbound_action.failed',
      'outbound_action.requested',
      'outbound_action.sent',
    ]);
  });

  it('hands a retryable failure back to the queue, and gives up visibly on the last attempt', async () => {
    const f = await channelWithComment();
    await f.as.admin.patch(f.url, { settings: { failNext: 'retryable' } });
    const { action } = (
      await f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Nu öppnar simhallen igen!' })
    ).json();
    await expect(run(action.id, 1)).rejects.toThrow(/timed out/);
    expect(await repo.findOutboundActionById(t.db, action.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      error: expect.stringMatching(/timed out/),
    });
    await run(action.id, 2);
    expect(await repo.findOutboundActionById(t.db, action.id)).toMatchObject({
      status: 'sent',
      attempts: 2,
      error: null,
    });

    await f.as.admin.patch(f.url, { settings: { failNext: 'retryable' } });
    const last = (await f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Sista försöket' })).json()
      .action;
    await run(last.id, performActionJob.maxAttempts); // no rethrow: the job is done, the action failed
    expect(await repo.findOutboundActionById(t.db, last.id)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/timed out/),
    });
  });

  it('fails with the reason when the token is revoked, and marks the channel unhealthy', async () => {
    const f = await channelWithComment();
    const { action } = (
      await f.as.responder.post(`${f.url}/actions`, { kind: 'publicReply', targetPlatformId: 'sbx-c1', text: 'Hej' })
    ).json();
    await f.as.admin.patch(f.url, { settings: { unhealthy: true } });
    await run(action.id);
    expect(await repo.findOutboundActionById(t.db, action.id)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/token/),
    });
    expect((await f.as.viewer.get(f.url)).json()).toMatchObject({
      health: 'unhealthy',
      healthReason: expect.stringMatching(/token/),
    });
  });
});
