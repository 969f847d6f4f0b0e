import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import type { CapabilityName, ChannelAdapter, ChannelKind, OutboundRequest } from './channel.js';
import { makeSandboxChannel } from './channel-fixtures.js';
import { performActionJob } from './channel.jobs.js';
import * as repo from './channels.repository.js';
import { performAction } from './perform-action.js';
import { injectSandboxEvent } from './sandbox/sandbox-network.js';
import { listRecordedActions } from './sandbox/sandbox.repository.js';
import { syncChannel } from './sync-channel.js';

let t: TestApp;
const performed: OutboundRequest[] = [];

function fakeNetwork(kind: ChannelKind, unsupported: Partial<Record<CapabilityName, string>>): ChannelAdapter {
  const names: CapabilityName[] = ['publicReply', 'privateReply', 'hide', 'delete', 'block', 'mute', 'report', 'ban'];
  names.push('followRequests', 'publish', 'publishMedia', 'nativeScheduling', 'profileFields');
  return {
    kind,
    capabilities: () => ({
      actions: Object.fromEntries(
        names.map((n) => [n, unsupported[n] ? { supported: false, reason: unsupported[n] } : { supported: true }]),
      ) as never,
      maxLength: 500,
      ingest: ['poll'],
      maxMedia: 2,
    }),
    testConnection: async () => ({ platformId: 'acct', handle: 'ekeby', displayName: 'Ekeby', followers: 1 }),
    async perform(_account, request) {
      performed.push(request);
      return { platformId: `done-${performed.length}` };
    },
    async listFollowRequests() {
      return [
        {
          platformId: 'acct-9',
          handle: 'nyfiken@social.example',
          displayName: 'Nyfiken',
          followers: 4,
          createdAt: new Date('2026-01-02T03:04:05Z'),
        },
      ];
    },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  t.ctx.channels.register(fakeNetwork('mastodon', {}));
  t.ctx.channels.register(
    fakeNetwork('bluesky', {
      followRequests: 'Bluesky has no locked accounts, so nobody asks to follow.',
      publishMedia: 'This account may not post images.',
    }),
  );
});
afterAll(async () => t?.close());

async function channelOf(kind: ChannelKind) {
  const f = await makeSandboxChannel(t);
  const row = await repo.insertChannel(t.db, {
    workspaceId: f.workspaceId,
    kind,
    name: kind,
    handle: 'ekeby',
    settings: {},
    credentialsEncrypted: null,
  });
  return { ...f, channelId: row.id, url: `/api/workspaces/${f.workspaceId}/channels/${row.id}` };
}

const run = (actionId: string) =>
  performAction(t.ctx, actionId, { attempt: 1, maxAttempts: performActionJob.maxAttempts });
const image = (bytes: number) => ({ mimeType: 'image/png', dataBase64: Buffer.alloc(bytes, 7).toString('base64') });

describe('banning', () => {
  it('moderators ban the author of a received item', async () => {
    const f = await makeSandboxChannel(t);
    await injectSandboxEvent(
      t.db,
      { workspaceId: f.workspaceId, channelId: f.channelId },
      { platformId: 'sbx-troll', author: { platformId: 'u-troll', handle: 'troll' }, text: 'spam spam' },
    );
    await syncChannel(t.ctx, f.channelId);
    const ban = { kind: 'ban', targetPlatformId: 'sbx-troll' };
    expect((await f.as.responder.post(`${f.url}/actions`, ban)).statusCode).toBe(403);
    expect((await f.as.moderator.post(`${f.url}/actions`, { kind: 'ban', targetPlatformId: 'nope' })).statusCode).toBe(
      400,
    );
    const res = await f.as.moderator.post(`${f.url}/actions`, ban);
    expect(res.statusCode).toBe(202);
    await run(res.json().action.id);
    const recorded = await listRecordedActions(t.db, f.channelId);
    expect(recorded).toEqual([expect.objectContaining({ action: 'ban', target_id: 'u-troll' })]);
  });
});

describe('follow requests', () => {
  it('lists who waits, and authorises or rejects by their account id', async () => {
    const f = await channelOf('mastodon');
    expect((await f.as.responder.get(`${f.url}/follow-requests`)).statusCode).toBe(403);
    const res = await f.as.moderator.get(`${f.url}/follow-requests`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      requests: [
        {
          platformId: 'acct-9',
          handle: 'nyfiken@social.example',
          displayName: 'Nyfiken',
          followers: 4,
          createdAt: '2026-01-02T03:04:05.000Z',
        },
      ],
    });
    expect(
      (await f.as.responder.post(`${f.url}/actions`, { kind: 'authorizeFollow', targetPlatformId: 'acct-9' }))
        .statusCode,
    ).toBe(403);
    const yes = (
      await f.as.moderator.post(`${f.url}/actions`, { kind: 'authorizeFollow', targetPlatformId: 'acct-9' })
    ).json().action;
    const no = (
      await f.as.manager.post(`${f.url}/actions`, { kind: 'rejectFollow', targetPlatformId: 'acct-10' })
    ).json().action;
    await run(yes.id);
    await run(no.id);
    expect(performed.slice(-2)).toEqual([
      { action: 'authorizeFollow', authorPlatformId: 'acct-9', idempotencyKey: yes.id },
      { action: 'rejectFollow', authorPlatformId: 'acct-10', idempotencyKey: no.id },
    ]);
    expect((await repo.findOutboundActionById(t.db, yes.id))!.status).toBe('sent');
  });

  it('answers 409 with the reason where a network has no follow requests', async () => {
    const f = await channelOf('bluesky');
    const res = await f.as.admin.get(`${f.url}/follow-requests`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Bluesky has no locked accounts, so nobody asks to follow.');
    const action = await f.as.admin.post(`${f.url}/actions`, { kind: 'authorizeFollow', targetPlatformId: 'x' });
    expect(action.statusCode).toBe(400);
    expect(action.json().error.message).toMatch(/no locked accounts/);
  });
});

describe('publishing images', () => {
  it('carries images to the network, within the channel limits', async () => {
    const f = await channelOf('mastodon');
    const post = (media: unknown[]) =>
      f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Bilder!', media });
    const tooMany = await post([image(10), image(10), image(10)]);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toMatch(/at most 2 images/);
    const tooBig = await post([image(1024 * 1024 + 1)]);
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.message).toMatch(/Image 1 .*at most 1 MB/);
    expect((await post([{ mimeType: 'image/png', dataBase64: 'not base64!' }])).statusCode).toBe(400);
    expect((await post([{ mimeType: 'text/html', dataBase64: 'aGk=' }])).statusCode).toBe(400);
    const onReply = await f.as.manager.post(`${f.url}/actions`, {
      kind: 'hide',
      targetPlatformId: 'x',
      media: [image(5)],
    });
    expect(onReply.statusCode).toBe(400);

    const media = [{ ...image(900 * 1024), alt: 'Simhallen' }, image(20)];
    const res = await post(media);
    expect(res.statusCode).toBe(202);
    await run(res.json().action.id);
    expect(performed.at(-1)).toEqual({
      action: 'publish',
      text: 'Bilder!',
      idempotencyKey: res.json().action.id,
      media,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('data')
      .where('workspace_id', '=', f.workspaceId)
      .where('action', '=', 'outbound_action.requested')
      .executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ media: 2 });
    expect(JSON.stringify(audit.data)).not.toContain(media[1]!.dataBase64);
  });

  it('refuses images where the network cannot take them, with its reason', async () => {
    const f = await channelOf('bluesky');
    const res = await f.as.manager.post(`${f.url}/actions`, { kind: 'publish', text: 'Bild', media: [image(10)] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('This account may not post images.');
  });
});
