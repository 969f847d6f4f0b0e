/**
 * Who asked to follow a locked account (Mastodon), read live from the network: the desk decides
 * with the authorizeFollow / rejectFollow actions. A network without follow requests says why.
 */
import type { AppContext } from '../app/context.js';
import { AppError, conflict, notFound } from '../http/errors.js';
import { capabilitiesOf, toChannelAccount } from './channel-account.js';
import { setChannelHealth } from './channel-health.js';
import { ChannelError, type FollowRequest } from './channel.js';
import * as repo from './channels.repository.js';
import { kindLabel } from './verify-account.js';

const LIMIT = 80;

export async function listFollowRequests(
  deps: Pick<AppContext, 'db' | 'secrets' | 'channels'>,
  workspaceId: string,
  channelId: string,
): Promise<FollowRequest[]> {
  const channel = await repo.findChannel(deps.db, workspaceId, channelId);
  if (!channel) throw notFound('The channel');
  if (channel.disconnected_at) throw conflict('This channel is disconnected.');
  const capability = capabilitiesOf(deps.channels, channel).actions.followRequests;
  if (!capability.supported) throw conflict(capability.reason);
  const adapter = deps.channels.get(channel.kind);
  if (!adapter.listFollowRequests) throw conflict(`Samtal cannot list follow requests on ${kindLabel(channel.kind)}.`);
  try {
    return await adapter.listFollowRequests(toChannelAccount(channel, deps.secrets), LIMIT);
  } catch (error) {
    if (!(error instanceof ChannelError)) throw error;
    if (error.options.unhealthy) await setChannelHealth(deps.db, channel, 'unhealthy', error.message);
    throw new AppError(502, 'network_error', `Could not load the follow requests: ${error.message}`);
  }
}
