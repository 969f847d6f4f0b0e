import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { waitFor } from '../channel-fixtures.js';
import type { ChannelAccount } from '../channel.js';
import { startFakeMastodon, type FakeMastodon } from './fake-mastodon-server.js';
import { REVOKED, resetMastodonThrottles } from './mastodon-client.js';
import { readEvents, watchMastodonMentions, type MastodonStream } from './mastodon-stream.js';

const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
let fake: FakeMastodon;
let stream: MastodonStream | null = null;
let account: ChannelAccount;

beforeEach(async () => {
  resetMastodonThrottles();
  fake = await startFakeMastodon();
  account = {
    id: 'ch-s',
    workspaceId: 'ws',
    handle: 'x',
    settings: {},
    credentials: { instanceUrl: fake.url, accessToken: fake.token },
  };
});
afterEach(async () => {
  stream?.close();
  await stream?.done;
  stream = null;
  await fake.close();
});

describe('the Mastodon notification stream', () => {
  it('asks for a sync on each mention, not on other notifications, and closes cleanly', async () => {
    const seen: string[] = [];
    stream = watchMastodonMentions({ config, account, onMention: (id) => void seen.push(id) });
    await waitFor(async () => fake.streams.size === 1, 30_000);
    const anna = fake.account('anna');
    fake.notify('favourite', anna, fake.post('Nyhet'));
    const first = fake.mention(anna, 'Hej!').notification;
    const dm = fake.mention(anna, 'Privat', { visibility: 'direct' }).notification;
    await waitFor(async () => seen.length === 2, 30_000);
    expect(seen).toEqual([first.id, dm.id]);
    const request = fake.calls('GET', /streaming/)[0]!;
    expect(request.headers.authorization).toBe(`Bearer ${fake.token}`);
    stream.close();
    await stream.done;
    await waitFor(async () => fake.streams.size === 0, 30_000);
  });

  it('reconnects after the server drops the stream', async () => {
    const seen: string[] = [];
    stream = watchMastodonMentions({ config, account, onMention: (id) => void seen.push(id), retryMs: 50 });
    await waitFor(async () => fake.streams.size === 1, 30_000);
    for (const s of fake.streams) s.destroy();
    await waitFor(async () => fake.calls('GET', /streaming/).length === 2 && fake.streams.size === 1, 30_000);
    const { notification } = fake.mention(fake.account('bertil'), 'Är ni där?');
    await waitFor(async () => seen.includes(notification.id), 30_000);
  });

  it('stops with the reason when the token is refused', async () => {
    fake.revokeToken();
    let reason = '';
    stream = watchMastodonMentions({ config, account, onMention: () => undefined, onStopped: (r) => (reason = r) });
    await stream.done;
    expect(reason).toBe(REVOKED);
  });

  it('parses server-sent events across chunk boundaries, skipping heartbeats', async () => {
    const text =
      ':thump\n\nevent: notification\ndata: {"id":"1",\ndata: "type":"mention"}\n\nevent: update\ndata: {}\n\n';
    const chunks = [text.slice(0, 17), text.slice(17, 40), text.slice(40)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
        controller.close();
      },
    });
    const events: Array<[string, string]> = [];
    await readEvents(body, new AbortController().signal, async (e, d) => void events.push([e, d]));
    expect(events).toEqual([
      ['notification', '{"id":"1",\n"type":"mention"}'],
      ['update', '{}'],
    ]);
  });
});
