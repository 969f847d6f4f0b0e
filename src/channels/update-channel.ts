import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import * as repo from './channels.repository.js';
import { withoutNulls } from './connect-channel.js';
import { enqueueSandboxGenerator } from './sandbox/sandbox.jobs.js';

/** Renames a channel or changes its settings; given settings are merged, a null removes one. */
export async function updateChannel(
  deps: Pick<AppContext, 'db'>,
  workspaceId: string,
  channelId: string,
  actor: AuditActor,
  patch: { name?: string; settings?: Record<string, unknown> },
) {
  return deps.db.transaction().execute(async (trx) => {
    const channel = await repo.findChannel(trx, workspaceId, channelId);
    if (!channel) throw notFound('The channel');
    if (channel.disconnected_at) throw conflict('This channel is disconnected; connect it again to change it.');
    const settings = patch.settings
      ? withoutNulls({ ...(channel.settings as Record<string, unknown>), ...patch.settings })
      : undefined;
    await repo.updateChannel(trx, channelId, { name: patch.name, settings });
    // A changed rate takes effect now, and restarts a generator that had stopped at rate 0.
    if (channel.kind === 'sandbox' && patch.settings) await enqueueSandboxGenerator(trx, { workspaceId, channelId });
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'channel.updated',
      subject: { type: 'channel', id: channelId },
      data: { changes: patch },
    });
    await publishLive(trx, { workspaceId, type: 'channel.updated', subjectId: channelId });
  });
}
