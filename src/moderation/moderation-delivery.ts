/**
 * A moderation action follows the outbound action that carries it: called by
 * channels/perform-action.ts inside the outbound action's own transactions (like replyCompleted), so
 * the moderation record, the item's state on its network and the audit log never disagree.
 */
import { SYSTEM_ACTOR, recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import type { ModerationActionKind } from '../db/schema-moderation.js';
import { publishLive } from '../live/live-events.js';
import * as repo from './moderation-actions.repository.js';

/** Where the item stands on its network after a successful action (undefined: unchanged). */
const STATE_AFTER: Partial<Record<ModerationActionKind, 'hidden' | 'removed' | null>> = {
  hide: 'hidden',
  unhide: null,
  remove: 'removed',
};

export async function moderationActionCompleted(
  trx: Executor,
  outboundActionId: string,
  outcome: { status: 'sent'; platformId: string } | { status: 'failed'; error: string },
): Promise<void> {
  const pending = await repo.findByOutboundAction(trx, outboundActionId);
  if (!pending) return; // not a moderation action
  const action = await repo.completeModerationAction(
    trx,
    pending.id,
    outcome.status === 'sent' ? { status: 'done', error: null } : { status: 'failed', error: outcome.error },
  );
  if (!action) return; // finished already
  if (outcome.status === 'sent') {
    const state = STATE_AFTER[action.kind];
    if (state !== undefined && action.item_id) await repo.setItemModerationState(trx, action.item_id, state);
    if (action.undoes_action_id) await repo.markUndone(trx, action.undoes_action_id, action.id);
  }
  await recordAudit(trx, {
    workspaceId: action.workspace_id,
    actor: SYSTEM_ACTOR,
    action: outcome.status === 'sent' ? 'moderation.action_done' : 'moderation.action_failed',
    subject: { type: 'moderation_action', id: action.id },
    data: {
      itemId: action.item_id,
      kind: action.kind,
      ruleKey: action.guideline_rule_key,
      outboundActionId,
      ...(outcome.status === 'failed' ? { error: outcome.error } : {}),
    },
  });
  await publishChange(trx, action, outcome.status === 'sent' ? 'done' : 'failed');
}

/** A retryable failure: still queued, with the last error visible. */
export async function moderationActionRetrying(trx: Executor, outboundActionId: string, error: string): Promise<void> {
  const action = await repo.findByOutboundAction(trx, outboundActionId);
  if (!action || action.status !== 'queued') return;
  await repo.setModerationActionError(trx, action.id, error);
  await publishChange(trx, action, 'queued');
}

async function publishChange(
  trx: Executor,
  action: { id: string; workspace_id: string; item_id: string | null; queue_entry_id: string | null },
  status: string,
) {
  await publishLive(trx, {
    workspaceId: action.workspace_id,
    type: 'moderation.updated',
    subjectId: action.queue_entry_id ?? action.id,
    data: { itemId: action.item_id, actionId: action.id, status },
  });
}
