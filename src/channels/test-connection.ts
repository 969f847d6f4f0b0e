import type { AppContext } from '../app/context.js';
import { notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { toChannelAccount } from './channel-account.js';
import { ChannelError, type ChannelProfile } from './channel.js';
import * as repo from './channels.repository.js';

export type TestConnectionResult = { ok: true; profile: ChannelProfile } | { ok: false; error: string };

/** Asks the network who we are. The outcome also updates the channel's health. */
export async function testConnection(
  deps: Pick<AppContext, 'db' | 'secrets' | 'channels'>,
  workspaceId: string,
  channelId: string,
): Promise<TestConnectionResult> {
  const channel = await repo.findChannel(deps.db, workspaceId, channelId);
  if (!channel) throw notFound('The channel');
  if (channel.disconnected_at) return { ok: false, error: 'This channel is disconnected.' };
  try {
    const profile = await deps.channels.get(channel.kind).testConnection(toChannelAccount(channel, deps.secrets));
    if (channel.health !== 'healthy') await setHealth(deps, channel, 'healthy', null);
    return { ok: true, profile };
  } catch (error) {
    if (!(error instanceof ChannelError)) throw error;
    if (error.options.unhealthy && (channel.health !== 'unhealthy' || channel.health_reason !== error.message)) {
      await setHealth(deps, channel, 'unhealthy', error.message);
    }
    return { ok: false, error: error.message };
  }
}

async function setHealth(
  deps: Pick<AppContext, 'db'>,
  channel: { id: string; workspace_id: string },
  health: 'healthy' | 'unhealthy',
  reason: string | null,
) {
  await deps.db.transaction().execute(async (trx) => {
    await repo.setChannelHealth(trx, channel.id, health, reason);
    await publishLive(trx, { workspaceId: channel.workspace_id, type: 'channel.updated', subjectId: channel.id });
  });
}
