/**
 * A responder writes a reply. It is checked (text, length, capability, a colleague who answered
 * meanwhile), stored as one of our items, and either waits for a reviewer (the workspace's
 * approval policy decides) or is queued for sending at once — in one transaction, audit-logged.
 * Take-it-offline cases send their public and private messages through `writeReply` too.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import * as channelsRepo from '../channels/channels.repository.js';
import type { Executor } from '../db/database.js';
import { AppError, badRequest, conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { notify } from '../notifications/notify.js';
import { needsApproval } from './approval.js';
import { queueReplySend } from './queue-reply-send.js';
import { presentItem } from './replies.presenter.js';
import * as repo from './replies.repository.js';
import type { CreateReplyInput } from './replies.schema.js';
import { checkReplyText } from './reply-text.js';

export interface Writer {
  userId: string;
  name: string;
  actor: AuditActor;
}

type Deps = Pick<AppContext, 'db' | 'channels'>;

export async function createReply(
  deps: Deps,
  request: { workspaceId: string; conversationId: string; writer: Writer },
  input: CreateReplyInput,
) {
  return deps.db.transaction().execute(async (trx) => {
    const conversation = await repo.findConversation(trx, request.workspaceId, request.conversationId);
    if (!conversation) throw notFound('The conversation');
    return writeReply(trx, deps, conversation, request.writer, input);
  });
}

export async function writeReply(
  trx: Executor,
  deps: Pick<AppContext, 'channels'>,
  conversation: repo.ConversationRow,
  writer: Writer,
  input: CreateReplyInput,
) {
  const channel = await channelsRepo.findChannelById(trx, conversation.channel_id);
  if (!channel) throw notFound('The channel');
  if (channel.disconnected_at) throw conflict('This channel is disconnected; nothing can be sent through it.');
  const capabilities = capabilitiesOf(deps.channels, channel);
  const visibility = conversation.kind === 'private' ? 'private' : input.visibility;
  const capability = capabilities.actions[visibility === 'private' ? 'privateReply' : 'publicReply'];
  if (!capability.supported) throw badRequest(capability.reason);
  const text = checkReplyText(input.text, capabilities.maxLength);

  let replyTo = null;
  if (input.replyToItemId) {
    replyTo = await repo.findItem(trx, conversation.workspace_id, input.replyToItemId);
    if (!replyTo || replyTo.channel_id !== conversation.channel_id || replyTo.direction !== 'inbound') {
      throw badRequest('The item to reply to is not a received message of this channel.');
    }
  } else {
    replyTo = (await repo.findLatestInbound(trx, conversation.id)) ?? null;
  }

  if (input.lastSeenItemId && !input.force) await refuseIfColleagueReplied(trx, conversation, input.lastSeenItemId);

  const approvalRequired = await needsApproval(trx, conversation.workspace_id, writer.userId, conversation);
  const now = new Date();
  let item = await repo.insertItem(trx, {
    workspace_id: conversation.workspace_id,
    channel_id: conversation.channel_id,
    conversation_id: conversation.id,
    direction: 'outbound',
    kind: 'our_reply',
    user_id: writer.userId,
    text,
    language: conversation.language,
    occurred_at: now,
    received_at: now,
    raw: JSON.stringify({ visibility }),
    reply_to_item_id: replyTo?.id ?? null,
    send_status: approvalRequired ? 'pending_approval' : 'queued',
  });
  if (!approvalRequired) {
    await queueReplySend(trx, deps, item.id);
    item = (await repo.findItemById(trx, item.id))!;
  }
  await repo.touchConversationActivity(trx, conversation.id, now, true);
  await recordAudit(trx, {
    workspaceId: conversation.workspace_id,
    actor: writer.actor,
    action: 'reply.created',
    subject: { type: 'item', id: item.id },
    data: { conversationId: conversation.id, visibility, sendStatus: item.send_status, text },
  });
  const live = { workspaceId: conversation.workspace_id };
  await publishLive(trx, {
    ...live,
    type: 'item.created',
    subjectId: item.id,
    data: { conversationId: conversation.id },
  });
  await publishLive(trx, { ...live, type: 'conversation.updated', subjectId: conversation.id });
  if (approvalRequired) {
    await publishLive(trx, { ...live, type: 'review.updated', subjectId: item.id });
    await notifyReviewers(trx, conversation, item.id, writer);
  }
  return { item: presentItem(item, new Map([[writer.userId, writer.name]])), approvalRequired };
}

/** The writer saw the conversation up to `lastSeenItemId`; a reply of ours written after it means a colleague answered. */
async function refuseIfColleagueReplied(trx: Executor, conversation: repo.ConversationRow, lastSeenItemId: string) {
  const lastSeen = await repo.findItem(trx, conversation.workspace_id, lastSeenItemId);
  if (!lastSeen || lastSeen.conversation_id !== conversation.id) return;
  const newer = await repo.findOutboundSince(trx, conversation.id, new Date(lastSeen.received_at));
  if (!newer) return;
  const names = new Map((await repo.userNames(trx, newer.user_id ? [newer.user_id] : [])).map((u) => [u.id, u.name]));
  const who = newer.user_id ? (names.get(newer.user_id) ?? 'A colleague') : 'Samtal';
  throw new AppError(
    409,
    'colleague_replied',
    `${who} replied to this conversation while you were writing. Read their reply, then send yours anyway if it still fits.`,
    { item: presentItem(newer, names) },
  );
}

/** Reviewers hear of a reply waiting for them; without reviewers, the managers and admins do. */
async function notifyReviewers(trx: Executor, conversation: repo.ConversationRow, itemId: string, writer: Writer) {
  const members = (await repo.listMemberNames(trx, conversation.workspace_id)).filter((m) => m.id !== writer.userId);
  const reviewers = members.filter((m) => m.roles.includes('reviewer'));
  const userIds = (
    reviewers.length > 0 ? reviewers : members.filter((m) => m.roles.some((r) => r === 'manager' || r === 'admin'))
  ).map((m) => m.id);
  if (userIds.length === 0) return;
  await notify(trx, {
    workspaceId: conversation.workspace_id,
    userIds,
    kind: 'review.requested',
    conversationId: conversation.id,
    data: { itemId, byName: writer.name },
  });
}
