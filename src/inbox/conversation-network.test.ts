/** The conversation page's view of the network: the post it hangs under, the private-reply deadline, capabilities. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../channels/channel.js';
import { makeSandboxChannel } from '../channels/channel-fixtures.js';
import * as channels from '../channels/channels.repository.js';
import { ingestEvents } from '../ingest/ingest-events.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const event = (overrides: Partial<InboundEvent> & { platformId: string }): InboundEvent => ({
  kind: 'comment',
  author: { platformId: 'u-anna', handle: 'anna' },
  text: 'När öppnar simhallen?',
  threadPlatformId: 'post-1',
  occurredAt: new Date('2026-03-02T09:00:00Z'),
  raw: {},
  ...overrides,
});

const context = (text: string) => ({
  platformId: 'post-1',
  text,
  url: 'https://example.net/post-1',
  authorHandle: 'ekebykommun',
  postedAt: new Date('2026-03-01T08:00:00Z'),
});

describe('conversation page: network context', () => {
  it('keeps the first thread context, shows the private-reply deadline and what the channel can do', async () => {
    const f = await makeSandboxChannel(t);
    const channel = (await channels.findChannelById(t.db, f.channelId))!;
    const ingest = (events: InboundEvent[]) =>
      t.db.transaction().execute((trx) => ingestEvents(trx, t.ctx, channel, events));
    await ingest([
      event({ platformId: 'c1' }), // no context on the first one
      event({
        platformId: 'c2',
        occurredAt: new Date('2026-03-02T10:00:00Z'),
        threadContext: context('<b>Simhallen</b> stänger'),
      }),
      event({ platformId: 'dm1', kind: 'direct_message', threadPlatformId: 'dm-anna', text: 'Hej i DM' }),
    ]);
    // A later item with another context (an edited post) does not replace what responders saw first.
    await ingest([
      event({ platformId: 'c3', occurredAt: new Date('2026-03-03T10:00:00Z'), threadContext: context('ändrad') }),
    ]);

    const rows = await t.db
      .selectFrom('conversations')
      .select(['id', 'kind'])
      .where('channel_id', '=', f.channelId)
      .execute();
    const pub = rows.find((r) => r.kind === 'public')!;
    const dm = rows.find((r) => r.kind === 'private')!;
    const base = `/api/workspaces/${f.workspaceId}/conversations`;

    const page = (await f.as.viewer.get(`${base}/${pub.id}`)).json();
    expect(page.conversation.threadContext).toEqual({
      platformId: 'post-1',
      text: '<b>Simhallen</b> stänger', // stored as text; the UI renders it as text
      url: 'https://example.net/post-1',
      authorHandle: 'ekebykommun',
      postedAt: '2026-03-01T08:00:00.000Z',
    });
    // The sandbox has Meta's 7-day window, counted from the first comment.
    expect(page.conversation.privateReplyUntil).toBe('2026-03-09T09:00:00.000Z');
    expect(page.conversation.channelCapabilities.maxLength).toBe(2000);
    expect(page.conversation.channelCapabilities.actions.publicReply).toEqual({ supported: true });
    expect(page.conversation.channelCapabilities.actions.profileFields).toEqual({
      supported: false,
      reason: expect.stringMatching(/no profile to edit/),
    });
    expect(Object.keys(page.conversation.channelCapabilities.actions)).toHaveLength(13);

    const direct = (await f.as.viewer.get(`${base}/${dm.id}`)).json();
    expect(direct.conversation).toMatchObject({ threadContext: null, privateReplyUntil: null });
  });
});
