/** Moderation actions that are refused before anything is captured or queued. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelAdapter } from '../channels/channel.js';
import { makeSandboxChannel, type ChannelFixture } from '../channels/channel-fixtures.js';
import { injectSandboxEvent } from '../channels/sandbox/sandbox-network.js';
import { syncChannel } from '../channels/sync-channel.js';
import { makeConversation } from '../inbox/inbox.factories.js';
import { insertChannel } from '../channels/channels.repository.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { publishTestGuidelines } from './moderation-fixtures.js';

let t: TestApp;
let f: ChannelFixture;
let api: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await makeSandboxChannel(t);
  api = `/api/workspaces/${f.workspaceId}/moderation`;
  await publishTestGuidelines(t.db, f.workspaceId);
});
afterAll(async () => t?.close());

async function ingest(text: string, fixture = f) {
  const event = await injectSandboxEvent(t.db, fixture, {
    text,
    language: 'sv',
    author: { platformId: 'u-hot', handle: 'arg.person', name: 'Arg Person' },
  });
  await syncChannel(t.ctx, fixture.channelId);
  return t.db
    .selectFrom('items')
    .select(['id', 'platform_id'])
    .where('channel_id', '=', fixture.channelId)
    .where('platform_id', '=', event.platformId)
    .executeTakeFirstOrThrow();
}

describe('refusals', () => {
  it('400 for an unknown rule key, for a workspace without published guidelines, and a 403 for responders', async () => {
    const item = await ingest('Ni borde skämmas, era jävlar');
    const body = { itemId: item.id, kind: 'hide', statement: 'x' };
    const unknown = await f.as.moderator.post(`${api}/actions`, { ...body, ruleKey: 'no_such_rule' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/no rule "no_such_rule"/);
    expect((await f.as.responder.post(`${api}/actions`, { ...body, ruleKey: 'threats' })).statusCode).toBe(403);

    const other = await makeSandboxChannel(t);
    const otherItem = await ingest('Jag ska döda dig', other);
    const none = await other.as.moderator.post(`/api/workspaces/${other.workspaceId}/moderation/actions`, {
      ...body,
      itemId: otherItem.id,
      ruleKey: 'threats',
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/Publish your community guidelines/);
    // Another workspace's item is not found here.
    expect(
      (await f.as.moderator.post(`${api}/actions`, { ...body, itemId: otherItem.id, ruleKey: 'threats' })).statusCode,
    ).toBe(404);
    expect(
      await t.db.selectFrom('evidence_records').select('id').where('item_id', '=', otherItem.id).execute(),
    ).toEqual([]);
  });

  it('400 with the network’s reason when the channel cannot do it', async () => {
    const reason = 'This network cannot hide replies.';
    const sandbox = t.ctx.channels.get('sandbox');
    const limited: ChannelAdapter = {
      ...sandbox,
      kind: 'bluesky',
      capabilities: (account) => {
        const caps = sandbox.capabilities(account);
        return { ...caps, actions: { ...caps.actions, hide: { supported: false, reason } } };
      },
    };
    t.ctx.channels.register(limited);
    const channel = await insertChannel(t.db, {
      workspaceId: f.workspaceId,
      kind: 'bluesky',
      name: 'Bluesky',
      handle: 'ekeby.bsky.social',
      settings: {},
      credentialsEncrypted: null,
    });
    const conversation = await makeConversation(t.db, channel, { text: 'Jag ska döda dig' });
    const item = await t.db
      .selectFrom('items')
      .select('id')
      .where('conversation_id', '=', conversation.id)
      .executeTakeFirstOrThrow();
    const res = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'hide',
      ruleKey: 'threats',
      statement: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(reason);
    expect(await t.db.selectFrom('moderation_actions').select('id').where('item_id', '=', item.id).execute()).toEqual(
      [],
    );
  });
});
