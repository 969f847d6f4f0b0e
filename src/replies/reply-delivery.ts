/**
 * Our reply follows the outbound action that carries it: called by channels.perform-action while
 * the platform call runs and when it ends, inside the action's own transactions, so the item and the
 * action never disagree.
 */
import type { Executor } from '../db/database.js';
import { publishLive } from '../live/live-events.js';
import { recordResponse } from '../sla/record-response.js';
import * as repo from './replies.repository.js';

/** The platform call is about to run. */
export async function replySending(trx: Executor, actionId: string): Promise<void> {
  const item = await repo.setReplyStatusByAction(trx, actionId, { send_status: 'sending' });
  if (item) await publishItemChange(trx, item);
}

/** A retryable failure: back in the queue, with the last error visible. */
export async function replyRetrying(trx: Executor, actionId: string, error: string): Promise<void> {
  const item = await repo.setReplyStatusByAction(trx, actionId, { send_status: 'queued', send_error: error });
  if (item) await publishItemChange(trx, item);
}

/** The action ended: sent (with the platform's id) or failed (with the platform's reason). */
export async function replyCompleted(
  trx: Executor,
  actionId: string,
  outcome: { status: 'sent'; platformId: string } | { status: 'failed'; error: string },
): Promise<void> {
  const sentAt = new Date();
  const item =
    outcome.status === 'sent'
      ? await repo.setReplyStatusByAction(trx, actionId, {
          send_status: 'sent',
          platform_id: outcome.platformId,
          send_error: null,
          occurred_at: sentAt,
        })
      : await repo.setReplyStatusByAction(trx, actionId, { send_status: 'failed', send_error: outcome.error });
  if (!item) return;
  if (outcome.status === 'sent') {
    await repo.touchConversationOutbound(trx, item.conversation_id, sentAt);
    await recordResponse(trx, item.conversation_id, sentAt);
  }
  await publishItemChange(trx, item);
}

async function publishItemChange(trx: Executor, item: { id: string; workspace_id: string; conversation_id: string }) {
  await publishLive(trx, {
    workspaceId: item.workspace_id,
    type: 'item.updated',
    subjectId: item.id,
    data: { conversationId: item.conversation_id },
  });
  await publishLive(trx, {
    workspaceId: item.workspace_id,
    type: 'conversation.updated',
    subjectId: item.conversation_id,
  });
}
