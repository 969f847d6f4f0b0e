/**
 * Changing a conversation by hand: status, priority, tags, assignee, team. One conversation or up to
 * 500 at once, always in one transaction, audited and published per conversation. Any change by a
 * person counts as picking it up, so a new conversation becomes open.
 */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import type { Conversation, ConversationUpdate } from '../db/schema-inbox.js';
import { badRequest, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { notify } from '../notifications/notify.js';
import * as repo from './inbox.repository.js';
import type { ConversationPatchInput } from './inbox.schema.js';
import { pauseSla, resumeSla } from '../sla/pause.js';

const DONE = new Set(['resolved', 'closed']);

export async function updateConversation(
  db: Executor,
  workspaceId: string,
  conversationId: string,
  patch: ConversationPatchInput,
  actor: AuditActor,
) {
  await updateConversations(db, workspaceId, [conversationId], patch, actor, 'The conversation');
  const row = await repo.findConversationSummary(db, workspaceId, conversationId);
  if (!row) throw notFound('The conversation');
  return row;
}

/** Returns how many conversations changed. */
export async function updateConversations(
  db: Executor,
  workspaceId: string,
  conversationIds: string[],
  patch: ConversationPatchInput,
  actor: AuditActor,
  what = 'Some of the conversations',
) {
  const ids = [...new Set(conversationIds)];
  return db.transaction().execute(async (trx) => {
    await checkReferences(trx, workspaceId, patch);
    const rows = await repo.lockConversations(trx, workspaceId, ids);
    if (rows.length !== ids.length) throw notFound(what);
    const now = new Date();
    let updated = 0;
    for (const row of rows) {
      if (await applyPatch(trx, row, patch, actor, now)) updated += 1;
    }
    return updated;
  });
}

async function checkReferences(trx: Executor, workspaceId: string, patch: ConversationPatchInput) {
  if (patch.assigneeId && !(await repo.isMember(trx, workspaceId, patch.assigneeId)))
    throw badRequest('The assignee is not a member of this workspace.');
  if (patch.teamId && !(await repo.teamExists(trx, workspaceId, patch.teamId)))
    throw badRequest('The team does not exist in this workspace.');
}

async function applyPatch(
  trx: Executor,
  row: Conversation,
  patch: ConversationPatchInput,
  actor: AuditActor,
  now: Date,
) {
  const status = patch.status ?? (row.status === 'new' ? 'open' : row.status);
  if (status === 'closed' && !patch.closedReason && !row.closed_reason)
    throw badRequest('Say why the conversation is closed (closedReason).');
  const next: ConversationUpdate = {
    status,
    closed_reason: status === 'closed' ? (patch.closedReason ?? row.closed_reason) : null,
    resolved_at: DONE.has(status) ? (DONE.has(row.status) ? row.resolved_at : now) : null,
  };
  if (patch.priority !== undefined) next.priority = patch.priority;
  if (patch.tags !== undefined) next.tags = [...new Set(patch.tags)];
  if (patch.assigneeId !== undefined) next.assignee_id = patch.assigneeId;
  if (patch.teamId !== undefined) next.team_id = patch.teamId;

  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(next)) {
    const before = row[key as keyof Conversation];
    if (JSON.stringify(before) !== JSON.stringify(value)) changes[key] = { from: before, to: value };
  }
  delete changes['resolved_at']; // follows from the status
  if (Object.keys(changes).length === 0) return false;

  await repo.updateConversation(trx, row.id, next);
  // Waiting on the author stops the resolution clock; any other status starts it again.
  if (status === 'waiting' && row.status !== 'waiting') await pauseSla(trx, row.id, now);
  if (row.status === 'waiting' && status !== 'waiting') await resumeSla(trx, row.id, now);
  await recordAudit(trx, {
    workspaceId: row.workspace_id,
    actor,
    action: 'conversation.updated',
    subject: { type: 'conversation', id: row.id },
    data: { changes },
  });
  await publishLive(trx, { workspaceId: row.workspace_id, type: 'conversation.updated', subjectId: row.id });
  await notifyNewAssignee(trx, row, changes, actor);
  return true;
}

/** The new assignee hears of it, unless they picked it up themselves. Auto-assignment does not come here. */
async function notifyNewAssignee(
  trx: Executor,
  row: Conversation,
  changes: Record<string, { from: unknown; to: unknown }>,
  actor: AuditActor,
) {
  const assigneeId = changes['assignee_id']?.to;
  if (typeof assigneeId !== 'string' || assigneeId === actor.id) return;
  await notify(trx, {
    workspaceId: row.workspace_id,
    userIds: [assigneeId],
    kind: 'assigned',
    conversationId: row.id,
    // The audit label is 'Name <email>'; the bell shows the name.
    data: { byUserId: actor.id, byName: actor.label.replace(/\s*<[^>]*>$/, '') },
  });
}
