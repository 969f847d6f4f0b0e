import type { AppContext } from '../app/context.js';
import { notFound } from '../http/errors.js';
import { toChannelAccount } from './channel-account.js';
import { setChannelHealth } from './channel-health.js';
import { insertProfileSnapshot } from './channel-profile.js';
import { ChannelError, type ChannelProfile } from './channel.js';
import * as repo from './channels.repository.js';

export type TestConnectionResult = { ok: true; profile: ChannelProfile } | { ok: false; error: string };

/** Asks the network who we are. The outcome also updates the channel's health and profile snapshot. */
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
    await deps.db.transaction().execute(async (trx) => {
      await setChannelHealth(trx, channel, 'healthy', null);
      await insertProfileSnapshot(trx, channel, profile);
    });
    return { ok: true, profile };
  } catch (error) {
    if (!(error instanceof ChannelError)) throw error;
    if (error.options.unhealthy) await setChannelHealth(deps.db, channel, 'unhealthy', error.message);
    return { ok: false, error: error.message };
  }
}
