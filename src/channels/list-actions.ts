import type { AppContext } from '../app/context.js';
import { notFound } from '../http/errors.js';
import * as repo from './channels.repository.js';

/** Everything we asked the network to do on this channel, newest first. */
export async function listActions(
  deps: Pick<AppContext, 'db'>,
  workspaceId: string,
  channelId: string,
  options: { limit: number },
) {
  const channel = await repo.findChannel(deps.db, workspaceId, channelId);
  if (!channel) throw notFound('The channel');
  return repo.listOutboundActions(deps.db, channelId, options.limit);
}
