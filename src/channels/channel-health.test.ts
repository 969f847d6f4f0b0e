import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMember } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { setChannelHealth, setChannelThrottled } from './channel-health.js';
import { makeSandboxChannel } from './channel-fixtures.js';
import * as repo from './channels.repository.js';
import { injectSandboxEvents } from './sandbox/sandbox-network.js';
import { syncChannel } from './sync-channel.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function notificationsOf(workspaceId: string) {
  return t.db
    .selectFrom('notifications')
    .select(['user_id', 'kind', 'data'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

async function auditActions(workspaceId: string) {
  const rows = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('workspace_id', '=', workspaceId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action).filter((a) => a === 'channel.unhealthy' || a === 'channel.recovered');
}

async function subscribeWebhook(workspaceId: string) {
  await t.db
    .insertInto('inbox_settings')
    .values({
      workspace_id: workspaceId,
      business_hours: JSON.stringify({}),
      webhook_url: 'http://127.0.0.1:9/hook',
      webhook_secret_encrypted: 'sealed',
      updated_at: new Date(),
    })
    .onConflict((oc) =>
      oc
        .column('workspace_id')
        .doUpdateSet({ webhook_url: 'http://127.0.0.1:9/hook', webhook_secret_encrypted: 'sealed' }),
    )
    .execute();
}

describe('channel health', () => {
  it('a revoked token makes the channel unhealthy once, loses nothing, and recovery is told', async () => {
    const f = await makeSandboxChannel(t);
    const secondAdmin = await makeMember(t.db, f.workspaceId, ['admin', 'responder']);
    await subscribeWebhook(f.workspaceId);
    const target = { workspaceId: f.workspaceId, channelId: f.channelId };
    await injectSandboxEvents(t.db, target, [{ text: 'före' }]);
    await syncChannel(t.ctx, f.channelId);
    const cursorBefore = (await repo.findChannelById(t.db, f.channelId))!.sync_cursor;
    expect(cursorBefore).not.toBeNull();

    await f.as.admin.patch(f.url, { settings: { unhealthy: true } });
    await injectSandboxEvents(t.db, target, [{ text: 'under avbrottet 1' }, { text: 'under avbrottet 2' }]);
    for (let poll = 0; poll < 3; poll++) expect((await syncChannel(t.ctx, f.channelId)).status).toBe('unhealthy');

    const channel = (await f.as.viewer.get(f.url)).json();
    expect(channel.health).toBe('unhealthy');
    expect(channel.healthReason).toMatch(/revoked token/);
    expect(channel.healthChangedAt).not.toBeNull();
    const stored = (await repo.findChannelById(t.db, f.channelId))!;
    expect(stored.sync_cursor).toBe(cursorBefore); // nothing skipped
    expect(channel.stats.inboundTotal).toBe(1);

    const admins = (
      await t.db
        .selectFrom('memberships')
        .select('user_id')
        .where('workspace_id', '=', f.workspaceId)
        .where((eb) => eb('roles', '@>', eb.val(['admin']) as never))
        .execute()
    ).map((r) => r.user_id);
    expect(admins).toHaveLength(2);
    const down = await notificationsOf(f.workspaceId);
    expect(down.map((n) => n.kind)).toEqual(['channel.unhealthy', 'channel.unhealthy']); // one per admin
    expect(new Set(down.map((n) => n.user_id))).toEqual(new Set(admins));
    expect(down.map((n) => n.user_id)).toContain(secondAdmin.id);
    expect(down[0]!.data).toEqual({
      channelId: f.channelId,
      channelName: 'Facebook (sandbox)',
      kind: 'sandbox',
      reason: channel.healthReason,
    });
    expect(await auditActions(f.workspaceId)).toEqual(['channel.unhealthy']);

    // The token works again: everything posted meanwhile arrives, admins hear it once.
    await f.as.admin.patch(f.url, { settings: { unhealthy: null } });
    const back = await syncChannel(t.ctx, f.channelId);
    expect(back).toMatchObject({ status: 'synced', newItems: 2 });
    expect((await f.as.viewer.get(f.url)).json()).toMatchObject({ health: 'healthy', healthReason: null });
    await syncChannel(t.ctx, f.channelId);
    const all = await notificationsOf(f.workspaceId);
    expect(all.map((n) => n.kind)).toEqual([
      'channel.unhealthy',
      'channel.unhealthy',
      'channel.recovered',
      'channel.recovered',
    ]);
    expect(await auditActions(f.workspaceId)).toEqual(['channel.unhealthy', 'channel.recovered']);
    const hooks = await t.db
      .selectFrom('webhook_deliveries')
      .select(['event', 'payload'])
      .where('workspace_id', '=', f.workspaceId)
      .orderBy('created_at')
      .execute();
    expect(hooks.map((h) => h.event)).toEqual(['channel.unhealthy', 'channel.recovered']);
    expect(hooks[0]!.payload).toMatchObject({ channelId: f.channelId, reason: channel.healthReason });
  });

  it('tells admins once even when two workers see the failure at the same time', async () => {
    const f = await makeSandboxChannel(t);
    const row = (await repo.findChannelById(t.db, f.channelId))!;
    const results = await Promise.all([
      t.db.transaction().execute((trx) => setChannelHealth(trx, row, 'unhealthy', 'Token revoked.')),
      t.db.transaction().execute((trx) => setChannelHealth(trx, row, 'unhealthy', 'Token revoked.')),
    ]);
    expect(results.sort()).toEqual(['became-unhealthy', 'unchanged']);
    expect((await notificationsOf(f.workspaceId)).map((n) => n.kind)).toEqual(['channel.unhealthy']);

    // A different reason while still unhealthy updates the text without a new notification.
    const again = await setChannelHealth(t.db, row, 'unhealthy', 'Token expired.');
    expect(again).toBe('reason-changed');
    expect((await f.as.viewer.get(f.url)).json().healthReason).toBe('Token expired.');
    expect(await notificationsOf(f.workspaceId)).toHaveLength(1);
  });

  it('sets and clears throttled_until', async () => {
    const f = await makeSandboxChannel(t);
    const row = (await repo.findChannelById(t.db, f.channelId))!;
    const until = new Date(Date.now() + 60_000);
    await t.db.transaction().execute((trx) => setChannelThrottled(trx, row, until));
    expect((await f.as.viewer.get(f.url)).json().throttledUntil).toBe(until.toISOString());
    const throttled = (await repo.findChannelById(t.db, f.channelId))!;
    await t.db.transaction().execute((trx) => setChannelThrottled(trx, throttled, null));
    expect((await f.as.viewer.get(f.url)).json().throttledUntil).toBeNull();
  });
});
