/**
 * A reviewer decides on a reply waiting for approval: approve (optionally after editing the text —
 * the original is kept on the review), or reject with a comment for the writer. Nobody approves
 * their own reply, whatever their roles.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import * as channelsRepo from '../channels/channels.repository.js';
import { badRequest, conflict, forbidden, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { notify } from '../notifications/notify.js';
import type { Writer } from './create-reply.js';
import { queueReplySend } from './queue-reply-send.js';
import { presentItem } from './replies.presenter.js';
import * as repo from './replies.repository.js';
import type { ReviewInput } from './replies.schema.js';
import { checkReplyText } from './reply-text.js';

type Deps = Pick<AppContext, 'db' | 'channels'>;

export async function reviewReply(
  deps: Deps,
  request: { workspaceId: string; itemId: string; reviewer: Writer },
  input: ReviewInput,
) {
  const { reviewer } = request;
  return deps.db.transaction().execute(async (trx) => {
    const item = await repo.findItem(trx, request.workspaceId, request.itemId);
    if (!item || item.kind !== 'our_reply') throw notFound('The reply');
    if (item.send_status !== 'pending_approval') {
      throw conflict(`This reply is not waiting for approval (it is ${item.send_status}).`);
    }
    const approve = input.decision === 'approve';
    if (approve && item.user_id === reviewer.userId) {
      throw forbidden('You wrote this reply, so you cannot approve it yourself: another reviewer has to.');
    }
    const comment = input.comment?.trim() || null;
    if (!approve && !comment) throw badRequest('Say why the reply is rejected (comment), so the writer can fix it.');

    let text = item.text;
    if (approve && input.text !== undefined) {
      const channel = await channelsRepo.findChannelById(trx, item.channel_id);
      text = checkReplyText(input.text, capabilitiesOf(deps.channels, channel!).maxLength);
    }
    const edited = text !== item.text;
    const decision = !approve ? 'rejected' : edited ? 'edited_and_approved' : 'approved';
    const updated = await repo.transitionItem(trx, item.id, 'pending_approval', {
      send_status: approve ? 'queued' : 'rejected',
      text,
    });
    if (!updated) throw conflict('Someone else decided on this reply just now.');
    const review = await repo.insertReview(trx, {
      itemId: item.id,
      reviewerId: reviewer.userId,
      decision,
      comment,
      originalText: edited ? item.text : null,
    });
    if (approve) await queueReplySend(trx, deps, item.id);
    else if (item.user_id) {
      await notify(trx, {
        workspaceId: item.workspace_id,
        userIds: [item.user_id],
        kind: 'reply.rejected',
        conversationId: item.conversation_id,
        data: { itemId: item.id, reviewerName: reviewer.name, comment },
      });
    }
    await recordAudit(trx, {
      workspaceId: item.workspace_id,
      actor: reviewer.actor,
      action: `reply.${decision}`,
      subject: { type: 'item', id: item.id },
      data: { conversationId: item.conversation_id, ...(comment ? { comment } : {}), ...(edited ? { text } : {}) },
    });
    const live = { workspaceId: item.workspace_id };
    await publishLive(trx, { ...live, type: 'review.updated', subjectId: item.id });
    await publishLive(trx, {
      ...live,
      type: 'item.updated',
      subjectId: item.id,
      data: { conversationId: item.conversation_id },
    });
    await publishLive(trx, { ...live, type: 'conversation.updated', subjectId: item.conversation_id });

    const final = (await repo.findItemById(trx, item.id))!;
    const names = new Map(
      (
        await repo.userNames(
          trx,
          [final.user_id, reviewer.userId].filter((id): id is string => !!id),
        )
      ).map((u) => [u.id, u.name]),
    );
    return presentItem(final, names, {
      decision,
      comment,
      reviewerName: reviewer.name,
      at: new Date(review.created_at).toISOString(),
    });
  });
}
