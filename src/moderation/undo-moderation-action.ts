/**
 * Undo where the network allows it: a hide becomes an unhide, a block an unblock, a mute an unmute.
 * The undo cites the same guideline rule (as it stands now) with its own statement of reasons.
 */
import { citeRule } from '../guidelines/cite-rule.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import * as actionsRepo from './moderation-actions.repository.js';
import { UNDO_OF } from './moderation.presenter.js';
import type { ModerationLanguage } from './moderation.schema.js';
import {
  checkTarget,
  queueModerationAction,
  type ModerationDeps,
  type ModerationRequest,
} from './request-moderation-action.js';

export async function undoModerationAction(
  deps: ModerationDeps,
  request: ModerationRequest,
  actionId: string,
  input: { statement: string; language?: ModerationLanguage },
) {
  const original = await actionsRepo.findModerationAction(deps.db, request.workspaceId, actionId);
  if (!original) throw notFound('The moderation action');
  if (!(original.kind in UNDO_OF)) {
    throw badRequest(
      original.kind === 'remove' || original.kind === 'report'
        ? `${original.kind === 'remove' ? 'Removal' : 'A report to the platform'} cannot be undone on the network.`
        : `An ${original.kind} is itself an undo; act on the item again instead.`,
    );
  }
  if (original.status !== 'done') {
    throw conflict(
      original.status === 'queued'
        ? 'This action has not been carried out yet; wait for it to finish before undoing it.'
        : 'This action failed, so there is nothing to undo.',
    );
  }
  if (original.undone_by_action_id || (await actionsRepo.findUndo(deps.db, original.id))) {
    throw conflict('This action has already been undone (or its undo is on its way).');
  }
  if (!original.item_id || !original.guideline_rule_key) throw badRequest('The item of this action no longer exists.');
  const kind = UNDO_OF[original.kind as keyof typeof UNDO_OF];
  const target = await checkTarget(deps, request.workspaceId, original.item_id, kind);
  const rule = await citeRule(
    deps.db,
    request.workspaceId,
    original.guideline_rule_key,
    input.language ?? request.defaultLanguage,
  );
  return queueModerationAction(deps, request, {
    ...target,
    kind,
    rule,
    statement: input.statement,
    evidenceRecordId: original.evidence_record_id,
    undoesActionId: original.id,
  });
}
