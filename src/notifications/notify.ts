/**
 * Telling people: in-app notifications (with a live event so bells update at once) and outgoing
 * webhook events (recorded with the change, delivered and signed by a job). Both run inside the
 * caller's transaction, so nobody hears of a change that was rolled back.
 */
import type { Executor } from '../db/database.js';
import { enqueue } from '../jobs/job.js';
import { publishLive } from '../live/live-events.js';
import { deliverWebhookJob } from './notifications.jobs.js';
import * as repo from './notifications.repository.js';

export interface NotifyInput {
  workspaceId: string;
  userIds: readonly string[];
  kind: string; // 'sla.warning', 'sla.breached', 'mention', 'reply.rejected' …
  conversationId?: string | null;
  data: Record<string, unknown>;
}

/** User ids per live event, well below NOTIFY's 8000-byte payload limit. */
const USER_IDS_PER_EVENT = 150;

export async function notify(trx: Executor, input: NotifyInput): Promise<void> {
  await notifyMany(trx, [input]);
}

/** Many notifications in one insert (the SLA watcher notifies a whole batch at once). */
export async function notifyMany(trx: Executor, inputs: readonly NotifyInput[]): Promise<void> {
  const rows = inputs.flatMap((input) =>
    [...new Set(input.userIds)].map((userId) => ({
      workspaceId: input.workspaceId,
      userId,
      kind: input.kind,
      conversationId: input.conversationId ?? null,
      data: input.data,
    })),
  );
  const inserted = await repo.insertNotifications(trx, rows);
  const usersByWorkspace = new Map<string, Set<string>>();
  for (const row of inserted) {
    const users = usersByWorkspace.get(row.workspace_id) ?? new Set<string>();
    users.add(row.user_id);
    usersByWorkspace.set(row.workspace_id, users);
  }
  for (const [workspaceId, users] of usersByWorkspace) {
    const userIds = [...users];
    for (let i = 0; i < userIds.length; i += USER_IDS_PER_EVENT) {
      await publishLive(trx, {
        workspaceId,
        type: 'notification.created',
        data: { userIds: userIds.slice(i, i + USER_IDS_PER_EVENT) },
      });
    }
  }
}

export interface WebhookEvent {
  workspaceId: string;
  event: string; // 'sla.warning', 'sla.breached' …
  payload: Record<string, unknown>;
}

/** Records a delivery and enqueues its signed sending, if the workspace has a webhook URL. */
export async function emitWebhook(
  trx: Executor,
  workspaceId: string,
  event: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await emitWebhooks(trx, [{ workspaceId, event, payload }]);
}

export async function emitWebhooks(trx: Executor, events: readonly WebhookEvent[]): Promise<number> {
  const subscribed = await repo.workspacesWithWebhook(trx, [...new Set(events.map((e) => e.workspaceId))]);
  const deliveries = await repo.insertWebhookDeliveries(
    trx,
    events.filter((e) => subscribed.has(e.workspaceId)),
  );
  for (const delivery of deliveries) {
    await enqueue(trx, deliverWebhookJob, { workspaceId: delivery.workspace_id, deliveryId: delivery.id });
  }
  return deliveries.length;
}
