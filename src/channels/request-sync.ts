import type { AppContext } from '../app/context.js';
import { conflict, notFound } from '../http/errors.js';
import { enqueueSync } from './channel.jobs.js';
import * as repo from './channels.repository.js';

/** "Sync now": the pending poll of the channel is replaced by one that runs at once. */
export async function requestSync(deps: Pick<AppContext, 'db'>, workspaceId: string, channelId: string): Promise<void> {
  const channel = await repo.findChannel(deps.db, workspaceId, channelId);
  if (!channel) throw notFound('The channel');
  if (channel.disconnected_at) throw conflict('This channel is disconnected.');
  await enqueueSync(deps.db, { workspaceId, channelId });
}
