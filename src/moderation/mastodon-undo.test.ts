/** Undo of a block or mute reaches Mastodon: the adapter against the local fake Mastodon. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import type { ChannelAccount } from '../channels/channel.js';
import { startFakeMastodon, type FakeMastodon } from '../channels/mastodon/fake-mastodon-server.js';
import { resetMastodonThrottles } from '../channels/mastodon/mastodon-client.js';
import { createMastodonAdapter } from '../channels/mastodon/mastodon.adapter.js';

let fake: FakeMastodon;
let account: ChannelAccount;

beforeEach(async () => {
  resetMastodonThrottles();
  fake = await startFakeMastodon();
  account = {
    id: 'ch-1',
    workspaceId: 'ws-1',
    handle: 'ekebykommun@fake.social',
    settings: {},
    credentials: { instanceUrl: fake.url, accessToken: fake.token },
  };
});
afterEach(async () => fake?.close());

it('blocks and unblocks, mutes and unmutes an account', async () => {
  const adapter = createMastodonAdapter({ config: loadConfig({ ...process.env, NODE_ENV: 'test' }) });
  const troll = fake.account('troll', { remoteHost: 'bad.example' });
  const act = (action: 'block' | 'unblock' | 'mute' | 'unmute') =>
    adapter.perform(account, { action, authorPlatformId: troll.id, idempotencyKey: action });
  await act('block');
  await act('mute');
  expect([fake.blocked.has(troll.id), fake.muted.has(troll.id)]).toEqual([true, true]);
  await act('unblock');
  expect([fake.blocked.has(troll.id), fake.muted.has(troll.id)]).toEqual([false, true]);
  await act('unmute');
  expect(fake.muted.has(troll.id)).toBe(false);
  expect(fake.requests.filter((r) => r.path.includes(troll.id)).map((r) => r.path.split('/').pop())).toEqual([
    'block',
    'mute',
    'unblock',
    'unmute',
  ]);
});
