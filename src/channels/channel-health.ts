/**
 * The one place a channel's health and throttling change. Going unhealthy (a revoked token, a key
 * rotated away) tells the workspace's admins in-app, emits the `channel.unhealthy` webhook event and
 * is audit-logged — once per transition, however many polls fail meanwhile; recovery is told too.
 * Everything runs in the caller's transaction, so nobody hears of a change that was rolled back.
 */
import { SYSTEM_ACTOR, recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import type { Channel } from '../db/schema.js';
import { publishLive } from '../live/live-events.js';
import { emitWebhook, notify } from '../notifications/notify.js';
import * as repo from './channels.repository.js';
import { inTransaction } from './transaction.js';

type ChannelRef = Pick<Channel, 'id' | 'workspace_id' | 'name' | 'kind' | 'health' | 'health_reason'>;

export type HealthChange = 'became-unhealthy' | 'recovered' | 'reason-changed' | 'unchanged';

export async function setChannelHealth(
  trx: Executor,
  channel: ChannelRef,
  health: 'healthy' | 'unhealthy',
  reason: string | null,
): Promise<HealthChange> {
  if (channel.health === health && channel.health_reason === reason) return 'unchanged';
  return inTransaction(trx, async (tx) => {
    const changed = await repo.transitionChannelHealth(tx, channel.id, health, reason);
    if (!changed) {
      // Already in that state (maybe another worker got there first): only the reason may be newer.
      const updated = await repo.updateHealthReason(tx, channel.id, health, reason);
      if (!updated) return 'unchanged';
      await publishLive(tx, { workspaceId: channel.workspace_id, type: 'channel.updated', subjectId: channel.id });
      return 'reason-changed';
    }
    const event = health === 'unhealthy' ? 'channel.unhealthy' : 'channel.recovered';
    const data = { channelId: channel.id, channelName: channel.name, kind: channel.kind, reason };
    const admins = await repo.listWorkspaceAdminIds(tx, channel.workspace_id);
    if (admins.length > 0) await notify(tx, { workspaceId: channel.workspace_id, userIds: admins, kind: event, data });
    await emitWebhook(tx, channel.workspace_id, event, data);
    await recordAudit(tx, {
      workspaceId: channel.workspace_id,
      actor: SYSTEM_ACTOR,
      action: event,
      subject: { type: 'channel', id: channel.id },
      data: { kind: channel.kind, name: channel.name, reason },
    });
    await publishLive(tx, { workspaceId: channel.workspace_id, type: 'channel.updated', subjectId: channel.id });
    return health === 'unhealthy' ? 'became-unhealthy' : 'recovered';
  });
}

/** The network asked us to slow down until `until` (null: it no longer does). */
export async function setChannelThrottled(
  trx: Executor,
  channel: Pick<Channel, 'id' | 'workspace_id' | 'throttled_until'>,
  until: Date | null,
): Promise<void> {
  if (until === null && channel.throttled_until === null) return;
  const updated = await repo.setThrottledUntil(trx, channel.id, until);
  if (updated) {
    await publishLive(trx, { workspaceId: channel.workspace_id, type: 'channel.updated', subjectId: channel.id });
  }
}
