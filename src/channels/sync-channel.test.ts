import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../shared/secret-box.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { ChannelRegistry } from './channel-registry.js';
import type { ChannelAdapter } from './channel.js';
import { makeSandboxChannel } from './channel-fixtures.js';
import * as repo from './channels.repository.js';
import { injectSandboxEvent, injectSandboxEvents } from './sandbox/sandbox-network.js';
import { createSandboxAdapter } from './sandbox/sandbox.adapter.js';
import { syncChannel } from './sync-channel.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const texts = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ text: `${prefix} ${i}` }));

async function itemsOf(channelId: string) {
  return t.db
    .selectFrom('items')
    .selectAll()
    .where('channel_id', '=', channelId)
    .orderBy('occurred_at')
    .orderBy('text')
    .execute();
}

describe('ingesting a sandbox channel', () => {
  it('turns feed events into items, with every field, and moves the cursor in the same step', async () => {
    const f = await makeSandboxChannel(t);
    const target = { workspaceId: f.workspaceId, channelId: f.channelId };
    const event = await injectSandboxEvent(t.db, target, {
      platformId: 'sbx-1',
      kind: 'direct_message',
      author: { platformId: 'u-42', handle: 'anna.berg', name: 'Anna Berg' },
      text: 'Hej! När töms soptunnan på Storgatan? <script>alert(1)</script>',
      language: 'sv',
      threadPlatformId: 'dm-u-42',
      occurredAt: '2025-01-15T08:30:00.000Z',
    });
    const result = await syncChannel(t.ctx, f.channelId);
    expect(result).toMatchObject({ status: 'synced', newItems: 1, nextInMs: 2000 });

    const res = await f.as.viewer.get(`${f.url}/items`);
    expect(res.json().items).toEqual([
      {
        id: expect.any(String),
        channelId: f.channelId,
        kind: 'direct_message',
        platformId: 'sbx-1',
        author: { handle: 'anna.berg', name: 'Anna Berg' },
        text: event.text, // stored and returned as text; the web app renders it as text
        language: 'sv',
        url: null,
        occurredAt: '2025-01-15T08:30:00.000Z',
        receivedAt: expect.any(String),
        conversationId: expect.any(String),
        editedAt: null,
        deletedAt: null,
      },
    ]);
    const channel = (await repo.findChannelById(t.db, f.channelId))!;
    const { rows } = await t.database.pool.query<{ seq: string }>(
      'SELECT max(seq)::text AS seq FROM sandbox_feed WHERE channel_id = $1',
      [f.channelId],
    );
    expect(channel.sync_cursor).toBe(rows[0]!.seq);
    expect(channel.last_sync_at).not.toBeNull();
    expect((await f.as.viewer.get(f.url)).json().stats).toMatchObject({ inboundTotal: 1 });
  });

  it('changes nothing when the same events are delivered again', async () => {
    const f = await makeSandboxChannel(t);
    const target = { workspaceId: f.workspaceId, channelId: f.channelId };
    const events = await injectSandboxEvents(t.db, target, texts(5, 'first'));
    await syncChannel(t.ctx, f.channelId);
    const before = await itemsOf(f.channelId);

    // The network redelivers: the same events appear again after the cursor, and the cursor is lost.
    await injectSandboxEvents(t.db, target, events);
    await t.db.updateTable('channels').set({ sync_cursor: null }).where('id', '=', f.channelId).execute();
    const again = await syncChannel(t.ctx, f.channelId);
    expect(again.newItems).toBe(0);
    expect(await itemsOf(f.channelId)).toEqual(before);
  });

  it('follows hasMore across pages and continues after a crash without gaps or duplicates', async () => {
    const f = await makeSandboxChannel(t);
    const target = { workspaceId: f.workspaceId, channelId: f.channelId };
    await injectSandboxEvents(t.db, target, texts(25, 'batch'));

    // A process that dies while fetching the third page: two pages are committed with their cursor.
    const sandbox = createSandboxAdapter(t.db);
    let calls = 0;
    const crashing: ChannelAdapter = {
      ...sandbox,
      fetchSince: async (account, cursor, limit) => {
        if (++calls === 3) throw new Error('process killed');
        return sandbox.fetchSince!(account, cursor, limit);
      },
    };
    const crashingDeps = { ...t.ctx, channels: new ChannelRegistry().register(crashing) };
    await expect(syncChannel(crashingDeps, f.channelId, { pageSize: 10 })).rejects.toThrow('process killed');
    expect(await repo.countInboundItems(t.db, f.channelId)).toBe(20);

    // The restarted worker continues from the stored cursor; new traffic arrives meanwhile.
    await injectSandboxEvents(t.db, target, texts(7, 'later'));
    const resumed = await syncChannel(t.ctx, f.channelId, { pageSize: 10 });
    expect(resumed.newItems).toBe(12);
    const items = await itemsOf(f.channelId);
    expect(items).toHaveLength(32);
    expect(new Set(items.map((i) => i.platform_id)).size).toBe(32);
    expect(items.map((i) => i.text).sort()).toEqual(
      [...texts(25, 'batch'), ...texts(7, 'later')].map((e) => e.text).sort(),
    );
  });

  it('never lets two workers sync one channel at once', async () => {
    const f = await makeSandboxChannel(t);
    await injectSandboxEvents(t.db, { workspaceId: f.workspaceId, channelId: f.channelId }, texts(3, 'x'));
    let busy: Awaited<ReturnType<typeof syncChannel>> | null = null;
    await t.db.transaction().execute(async (trx) => {
      expect(await repo.lockChannelForSync(trx, f.channelId)).toBeDefined(); // worker A holds the channel
      busy = await syncChannel(t.ctx, f.channelId); // worker B
    });
    expect(busy).toMatchObject({ status: 'busy', newItems: 0 });
    expect(await repo.countInboundItems(t.db, f.channelId)).toBe(0);

    const [a, b] = await Promise.all([syncChannel(t.ctx, f.channelId), syncChannel(t.ctx, f.channelId)]);
    expect(a.newItems + b.newItems).toBe(3);
    expect(await repo.countInboundItems(t.db, f.channelId)).toBe(3);
  });

  it('marks a channel with a revoked token unhealthy with the reason, and healthy again once it works', async () => {
    const f = await makeSandboxChannel(t);
    await injectSandboxEvents(t.db, { workspaceId: f.workspaceId, channelId: f.channelId }, texts(2, 'y'));
    await f.as.admin.patch(f.url, { settings: { unhealthy: true } });
    const failed = await syncChannel(t.ctx, f.channelId);
    expect(failed.status).toBe('unhealthy');
    expect(failed.nextInMs).toBeGreaterThanOrEqual(30_000); // keeps trying, slowly
    const channel = (await f.as.viewer.get(f.url)).json();
    expect(channel.health).toBe('unhealthy');
    expect(channel.healthReason).toMatch(/token/);
    expect(channel.stats.inboundTotal).toBe(0);

    await f.as.admin.patch(f.url, { settings: { unhealthy: null } });
    expect((await syncChannel(t.ctx, f.channelId)).newItems).toBe(2);
    expect((await f.as.viewer.get(f.url)).json()).toMatchObject({ health: 'healthy', healthReason: null });
  });

  it('marks a channel unhealthy when its credentials no longer decrypt (a key rotated away)', async () => {
    const f = await makeSandboxChannel(t);
    const foreign = new SecretBox([Buffer.alloc(32, 9)]).seal(JSON.stringify({ token: 'sbx_x' }));
    await t.db.updateTable('channels').set({ credentials_encrypted: foreign }).where('id', '=', f.channelId).execute();
    expect((await syncChannel(t.ctx, f.channelId)).status).toBe('unhealthy');
    expect((await f.as.viewer.get(f.url)).json().healthReason).toMatch(/decrypt/);
  });

  it('stops polling a disconnected channel', async () => {
    const f = await makeSandboxChannel(t);
    await f.as.admin.delete(f.url);
    expect(await syncChannel(t.ctx, f.channelId)).toEqual({ status: 'stopped', newItems: 0, nextInMs: null });
  });
});

describe('listing items', () => {
  it('pages newest first with before=', async () => {
    const f = await makeSandboxChannel(t);
    const base = Date.parse('2025-03-01T10:00:00Z');
    await injectSandboxEvents(
      t.db,
      { workspaceId: f.workspaceId, channelId: f.channelId },
      Array.from({ length: 5 }, (_, i) => ({ text: `m${i}`, occurredAt: new Date(base + i * 60_000).toISOString() })),
    );
    await syncChannel(t.ctx, f.channelId);
    const first = (await f.as.viewer.get(`${f.url}/items?limit=2`)).json().items;
    expect(first.map((i: { text: string }) => i.text)).toEqual(['m4', 'm3']);
    const next = (
      await f.as.viewer.get(`${f.url}/items?limit=2&before=${encodeURIComponent(first[1].occurredAt)}`)
    ).json().items;
    expect(next.map((i: { text: string }) => i.text)).toEqual(['m2', 'm1']);
    const bad = await f.as.viewer.get(`${f.url}/items?limit=500`);
    expect(bad.statusCode).toBe(400);
    expect((await f.as.viewer.get(`${f.url}/items?before=yesterday`)).statusCode).toBe(400);
  });
});
