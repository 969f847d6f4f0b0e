/**
 * Waiting on the author stops the resolution clock: pausing notes when, resuming adds the paused time
 * (on the policy's clock: business time, or real time for 24/7 policies) to sla_paused_ms and moves
 * the resolution deadline out by as much. Called by the status change open ⇄ waiting (H3).
 */
import type { Executor } from '../db/database.js';
import { addBusinessTime, businessTimeBetween } from './business-hours.js';
import { policyClock, resolutionDue } from './sla-targets.js';
import * as repo from './sla.repository.js';

export async function pauseSla(trx: Executor, conversationId: string, at: Date): Promise<void> {
  const conversation = await repo.lockConversationForSla(trx, conversationId);
  if (!conversation || conversation.sla_paused_at !== null) return; // already paused: keep the first moment
  await repo.updateConversationSla(trx, conversationId, { sla_paused_at: at });
}

/** Returns the paused time added (ms on the policy's clock); 0 when it was not paused. */
export async function resumeSla(trx: Executor, conversationId: string, at: Date): Promise<number> {
  const conversation = await repo.lockConversationForSla(trx, conversationId);
  if (!conversation || conversation.sla_paused_at === null) return 0;
  const context = await repo.loadSlaContext(trx, conversation.workspace_id);
  const input = repo.targetsInputFor(context, conversation.sla_policy_id);
  const clock = input ? policyClock(input) : context.schedule;
  const pausedAt = new Date(conversation.sla_paused_at);
  const paused = at > pausedAt ? businessTimeBetween(clock, pausedAt, at) : 0;
  const totalPaused = Number(conversation.sla_paused_ms) + paused;

  let resolution = conversation.resolution_due_at === null ? null : new Date(conversation.resolution_due_at);
  if (resolution !== null && paused > 0) resolution = addBusinessTime(clock, resolution, paused);
  else if (input) resolution = resolutionDue(input, new Date(conversation.created_at), totalPaused);

  await repo.updateConversationSla(trx, conversationId, {
    sla_paused_at: null,
    sla_paused_ms: totalPaused,
    resolution_due_at: resolution,
  });
  return paused;
}
