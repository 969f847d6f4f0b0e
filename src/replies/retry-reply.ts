/** A reply that failed to send goes back in the queue: a new outbound action for the same item. */
import type { AppContext } from '../app/context.js';
import { recordAudit } from '../audit/record-audit.js';
import { conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import type { Writer } from './create-reply.js';
import { queueReplySend } from './queue-reply-send.js';
import { presentItem } from './replies.presenter.js';
import * as repo from './replies.repository.js';

export async function retryReply(
  deps: Pick<AppContext, 'db' | 'channels'>,
  request: { workspaceId: string; itemId: string; user: Writer },
) {
  return deps.db.transaction().execute(async (trx) => {
    const item = await repo.findItem(trx, request.workspaceId, request.itemId);
    if (!item || item.kind !== 'our_reply') throw notFound('The reply');
    const queued = await repo.transitionItem(trx, item.id, 'failed', { send_status: 'queued', send_error: null });
    if (!queued) throw conflict(`Only a reply that failed can be sent again (this one is ${item.send_status}).`);
    await queueReplySend(trx, deps, item.id);
    await recordAudit(trx, {
      workspaceId: item.workspace_id,
      actor: request.user.actor,
      action: 'reply.retried',
      subject: { type: 'item', id: item.id },
      data: { conversationId: item.conversation_id, previousError: item.send_error },
    });
    await publishLive(trx, {
      workspaceId: item.workspace_id,
      type: 'item.updated',
      subjectId: item.id,
      data: { conversationId: item.conversation_id },
    });
    const final = (await repo.findItemById(trx, item.id))!;
    const names = new Map((await repo.userNames(trx, final.user_id ? [final.user_id] : [])).map((u) => [u.id, u.name]));
    return presentItem(final, names);
  });
}
