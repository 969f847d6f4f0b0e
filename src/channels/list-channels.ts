import type { AppContext } from '../app/context.js';
import { notFound } from '../http/errors.js';
import { capabilitiesOf } from './channel-account.js';
import * as repo from './channels.repository.js';

/** The workspace's channels with their stats and what each can do. */
export async function listChannels(deps: Pick<AppContext, 'db' | 'channels'>, workspaceId: string) {
  const rows = await repo.listChannelsWithStats(deps.db, workspaceId);
  return rows.map((row) => ({ row, capabilities: capabilitiesOf(deps.channels, row) }));
}

/** One channel of the workspace; another workspace's channel is "not found". */
export async function getChannel(deps: Pick<AppContext, 'db' | 'channels'>, workspaceId: string, channelId: string) {
  const [row] = await repo.listChannelsWithStats(deps.db, workspaceId, channelId);
  if (!row) throw notFound('The channel');
  return { row, capabilities: capabilitiesOf(deps.channels, row) };
}
