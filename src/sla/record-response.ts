/**
 * One of our replies was SENT: the response target it answers is met (or was breached — then the
 * breach is on record), the inbound items that had reached us by then are answered, and the next
 * deadline is whatever still waits (null when nothing does). Called by the reply delivery (H4).
 */
import type { Executor } from '../db/database.js';
import { publishLive } from '../live/live-events.js';
import { nextResponseDue } from './sla-targets.js';
import * as repo from './sla.repository.js';

export async function recordResponse(trx: Executor, conversationId: string, sentAt: Date): Promise<void> {
  const conversation = await repo.lockConversationForSla(trx, conversationId);
  if (!conversation) return;
  const context = await repo.loadSlaContext(trx, conversation.workspace_id);
  const input = repo.targetsInputFor(context, conversation.sla_policy_id);

  const isFirst = conversation.first_responded_at === null;
  const due = isFirst ? conversation.first_response_due_at : conversation.next_response_due_at;
  if (conversation.awaiting_since !== null && due !== null) {
    const dueAt = new Date(due);
    // A late reply whose breach the watcher had not caught yet still leaves the breach on record.
    await repo.insertSlaEvent(trx, {
      workspaceId: conversation.workspace_id,
      conversationId,
      target: isFirst ? 'first_response' : 'next_response',
      kind: sentAt.getTime() <= dueAt.getTime() ? 'met' : 'breached',
      dueAt,
      occurredAt: sentAt,
    });
  }

  await repo.markInboundAnswered(trx, conversationId, sentAt);
  const awaitingSince = await repo.oldestUnansweredAt(trx, conversationId);
  const nextDue = awaitingSince && input ? nextResponseDue(input, awaitingSince) : null;
  const resolution = conversation.resolution_due_at === null ? null : new Date(conversation.resolution_due_at);
  const resolutionBreached = resolution !== null && resolution.getTime() <= sentAt.getTime();
  const lastOutbound = conversation.last_outbound_at ? new Date(conversation.last_outbound_at) : null;

  await repo.updateConversationSla(trx, conversationId, {
    first_responded_at: conversation.first_responded_at ?? sentAt,
    awaiting_since: awaitingSince,
    next_response_due_at: nextDue,
    // Like the ingestion: the earliest pending deadline; nothing waiting on us → no deadline shown.
    due_at: nextDue && resolution && resolution < nextDue ? resolution : nextDue,
    sla_state: input === null ? 'none' : resolutionBreached ? 'breached' : 'ok',
    last_outbound_at: lastOutbound && lastOutbound > sentAt ? lastOutbound : sentAt,
  });
  await publishLive(trx, {
    workspaceId: conversation.workspace_id,
    type: 'conversation.updated',
    subjectId: conversationId,
  });
}
