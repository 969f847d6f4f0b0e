import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { syncJobKey } from './channel.jobs.js';
import * as repo from './channels.repository.js';
import { sandboxJobKey } from './sandbox/sandbox.jobs.js';

/**
 * Disconnects a channel: its credentials are erased and polling stops, but its items, actions and
 * audit trail stay (they are the record of what was said). Disconnecting twice is fine.
 */
export async function disconnectChannel(
  deps: Pick<AppContext, 'db'>,
  workspaceId: string,
  channelId: string,
  actor: AuditActor,
) {
  await deps.db.transaction().execute(async (trx) => {
    const channel = await repo.findChannel(trx, workspaceId, channelId);
    if (!channel) throw notFound('The channel');
    if (channel.disconnected_at) return;
    await repo.markChannelDisconnected(trx, channelId);
    await repo.cancelJob(trx, syncJobKey(channelId));
    await repo.cancelJob(trx, sandboxJobKey(channelId));
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'channel.disconnected',
      subject: { type: 'channel', id: channelId },
      data: { kind: channel.kind, name: channel.name, handle: channel.handle },
    });
    await publishLive(trx, { workspaceId, type: 'channel.updated', subjectId: channelId });
  });
}
