import type { AppContext } from '../app/context.js';
import { notFound } from '../http/errors.js';
import * as repo from './channels.repository.js';

/** Newest first; `before` pages back by occurredAt. */
export async function listItems(
  deps: Pick<AppContext, 'db'>,
  workspaceId: string,
  channelId: string,
  options: { limit: number; before?: string },
) {
  const channel = await repo.findChannel(deps.db, workspaceId, channelId);
  if (!channel) throw notFound('The channel');
  return repo.listInboundItems(deps.db, channelId, {
    limit: options.limit,
    before: options.before ? new Date(options.before) : undefined,
  });
}
