/**
 * Hands one of our queued replies to the channel: records the outbound action (public or private
 * reply), links it to the item and enqueues channels.perform-action, all in the caller's
 * transaction. The action id is the idempotency key, so the platform gets the reply exactly once;
 * a retry of a failed reply makes a new action for the same item.
 */
import type { AppContext } from '../app/context.js';
import type { Executor } from '../db/database.js';
import { badRequest, conflict } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import { enqueuePerformAction } from '../channels/channel.jobs.js';
import * as channelsRepo from '../channels/channels.repository.js';
import * as repo from './replies.repository.js';

export type QueueDeps = Pick<AppContext, 'channels'>;

export async function queueReplySend(trx: Executor, ctx: QueueDeps, itemId: string) {
  const item = await repo.findItemById(trx, itemId);
  if (!item || item.kind !== 'our_reply') throw new Error(`queueReplySend: ${itemId} is not one of our replies`);
  if (item.send_status !== 'queued') throw conflict(`This reply is ${item.send_status}, not queued for sending.`);

  const conversation = await repo.findConversation(trx, item.workspace_id, item.conversation_id);
  const channel = await channelsRepo.findChannelById(trx, item.channel_id);
  if (!conversation || !channel) throw new Error(`queueReplySend: ${itemId} has no conversation or channel`);
  if (channel.disconnected_at) throw conflict('This channel is disconnected; nothing can be sent through it.');

  const visibility = (item.raw as { visibility?: string } | null)?.visibility;
  const kind = conversation.kind === 'private' || visibility === 'private' ? 'privateReply' : 'publicReply';
  const capability = capabilitiesOf(ctx.channels, channel).actions[kind];
  if (!capability.supported) throw badRequest(capability.reason);

  // What the reply answers: the item it names, else the newest inbound item of the conversation.
  const target = item.reply_to_item_id
    ? await repo.findItemById(trx, item.reply_to_item_id)
    : await repo.findLatestInbound(trx, conversation.id);
  if (!target?.platform_id) throw badRequest('There is no received message in this conversation to reply to.');
  const recipient = conversation.author_platform_id ?? target.author_platform_id;
  if (kind === 'privateReply' && !recipient) throw badRequest('The author of this conversation is unknown.');

  const action = await channelsRepo.insertOutboundAction(trx, {
    workspaceId: item.workspace_id,
    channelId: item.channel_id,
    kind,
    targetPlatformId: target.platform_id,
    body: item.text,
    params: kind === 'privateReply' ? { recipientPlatformId: recipient } : {},
    createdBy: item.user_id,
  });
  await repo.updateItem(trx, item.id, { outbound_action_id: action.id, send_error: null });
  await enqueuePerformAction(trx, { workspaceId: item.workspace_id, actionId: action.id });
  await publishLive(trx, {
    workspaceId: item.workspace_id,
    type: 'outbound_action.updated',
    subjectId: action.id,
    data: { channelId: item.channel_id, status: 'queued' },
  });
  return action;
}
