/** fetchAuthorProfile against the fake Mastodon: someone's public profile as the instance shows it now. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { type ChannelAccount, ChannelError } from '../channel.js';
import { startFakeMastodon, type FakeMastodon } from './fake-mastodon-server.js';
import { resetMastodonThrottles } from './mastodon-client.js';
import { createMastodonAdapter } from './mastodon.adapter.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
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

it("reads an author's profile with counts, bio as text and the raw payload", async () => {
  const troll = fake.account('troll', { remoteHost: 'other.example', displayName: 'Tr Oll' });
  troll.note = '<p>Jag &lt;3 bråk</p>';
  troll.followers_count = 12;
  troll.statuses_count = 345;
  const profile = await createMastodonAdapter({ config }).fetchAuthorProfile!(account, troll.id);
  expect(profile).toMatchObject({
    platformId: troll.id,
    handle: 'troll@other.example',
    displayName: 'Tr Oll',
    bio: 'Jag <3 bråk',
    url: 'https://other.example/@troll',
    followers: 12,
    following: 0,
    posts: 345,
    createdAt: '2023-01-10T00:00:00.000Z',
  });
  expect(profile.raw).toMatchObject({ id: troll.id, acct: 'troll@other.example' });
  expect(fake.calls('GET', new RegExp(`^/api/v1/accounts/${troll.id}$`))).toHaveLength(1);
});

it('fails with a ChannelError for an account the instance does not know', async () => {
  const error = await createMastodonAdapter({ config }).fetchAuthorProfile!(account, '999999999').catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChannelError);
});
