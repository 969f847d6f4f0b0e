/** Checks shared by creating and changing SLA policies. */
import type { Executor } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import { channelBelongsTo } from './inbox-settings.repository.js';

/** A policy's channel condition must name one of the workspace's own channels. */
export async function assertPolicyChannel(trx: Executor, workspaceId: string, channelId: string | null | undefined) {
  if (channelId === null || channelId === undefined) return;
  if (!(await channelBelongsTo(trx, workspaceId, channelId))) {
    throw badRequest('The channel of this policy is not one of this workspace’s channels.', [
      { field: 'body.channelId', message: 'is not a channel of this workspace' },
    ]);
  }
}
