/** All SQL of moderation actions and the item state they leave behind. */
import type { Executor } from '../db/database.js';
import type { ModerationActionKind } from '../db/schema-moderation.js';

export interface NewModerationAction {
  workspaceId: string;
  itemId: string;
  channelId: string;
  queueEntryId: string | null;
  kind: ModerationActionKind;
  guidelineVersionId: string;
  ruleKey: string;
  ruleNumber: number;
  ruleTitle: string;
  statement: string;
  outboundActionId: string;
  evidenceRecordId: string | null;
  undoesActionId: string | null;
  createdBy: string | null;
}

export function insertModerationAction(db: Executor, a: NewModerationAction) {
  return db
    .insertInto('moderation_actions')
    .values({
      workspace_id: a.workspaceId,
      item_id: a.itemId,
      channel_id: a.channelId,
      queue_entry_id: a.queueEntryId,
      kind: a.kind,
      guideline_version_id: a.guidelineVersionId,
      guideline_rule_key: a.ruleKey,
      guideline_rule_number: a.ruleNumber,
      guideline_rule_title: a.ruleTitle,
      statement: a.statement,
      outbound_action_id: a.outboundActionId,
      evidence_record_id: a.evidenceRecordId,
      undoes_action_id: a.undoesActionId,
      created_by: a.createdBy,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

function actionsWithDetails(db: Executor) {
  return db
    .selectFrom('moderation_actions as a')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .leftJoin('guideline_versions as g', 'g.id', 'a.guideline_version_id')
    .selectAll('a')
    .select(['u.name as created_by_name', 'g.version as guideline_version']);
}

export type ModerationActionRow = Awaited<ReturnType<typeof findModerationAction>> & object;

export function findModerationAction(db: Executor, workspaceId: string, actionId: string) {
  return actionsWithDetails(db)
    .where('a.workspace_id', '=', workspaceId)
    .where('a.id', '=', actionId)
    .executeTakeFirst();
}

/** The actions on these items, newest first. */
export function listActionsForItems(db: Executor, workspaceId: string, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return actionsWithDetails(db)
    .where('a.workspace_id', '=', workspaceId)
    .where('a.item_id', 'in', itemIds)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .execute();
}

export function findByOutboundAction(db: Executor, outboundActionId: string) {
  return db
    .selectFrom('moderation_actions')
    .selectAll()
    .where('outbound_action_id', '=', outboundActionId)
    .executeTakeFirst();
}

export function completeModerationAction(
  db: Executor,
  actionId: string,
  outcome: { status: 'done' | 'failed'; error: string | null },
) {
  return db
    .updateTable('moderation_actions')
    .set({ status: outcome.status, error: outcome.error, completed_at: new Date() })
    .where('id', '=', actionId)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
}

export function setModerationActionError(db: Executor, actionId: string, error: string) {
  return db.updateTable('moderation_actions').set({ error }).where('id', '=', actionId).execute();
}

export function markUndone(db: Executor, originalId: string, undoneById: string) {
  return db
    .updateTable('moderation_actions')
    .set({ undone_by_action_id: undoneById })
    .where('id', '=', originalId)
    .execute();
}

/** A pending undo of this action (queued or done), so it is not undone twice. */
export function findUndo(db: Executor, originalId: string) {
  return db
    .selectFrom('moderation_actions')
    .select(['id', 'status'])
    .where('undoes_action_id', '=', originalId)
    .where('status', 'in', ['queued', 'done'])
    .executeTakeFirst();
}

export function setItemModerationState(db: Executor, itemId: string, state: 'hidden' | 'removed' | null) {
  return db
    .updateTable('items')
    .set({ moderation_state: state, moderation_changed_at: new Date() })
    .where('id', '=', itemId)
    .returning(['id', 'workspace_id', 'conversation_id'])
    .executeTakeFirst();
}

/** The newest evidence record of the item captured since `since` (reused instead of a new capture). */
export function findRecentEvidence(db: Executor, workspaceId: string, itemId: string, since: Date) {
  return db
    .selectFrom('evidence_records')
    .select(['id'])
    .where('workspace_id', '=', workspaceId)
    .where('item_id', '=', itemId)
    .where('captured_at', '>=', since)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}

/** An action of this kind on the item that is still on its way (a second click, another moderator). */
export function findQueuedAction(db: Executor, itemId: string, kind: ModerationActionKind) {
  return db
    .selectFrom('moderation_actions')
    .select(['id'])
    .where('item_id', '=', itemId)
    .where('kind', '=', kind)
    .where('status', '=', 'queued')
    .executeTakeFirst();
}
