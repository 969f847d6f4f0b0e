/** The moderation queue: list, detail, a responder's flag, a moderator's dismissal. */
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { listEvidenceForItem } from '../evidence/capture-evidence.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { listActionsForItems } from './moderation-actions.repository.js';
import * as repo from './moderation-queue.repository.js';
import type { QueueFilter } from './moderation.schema.js';
import { presentQueueEntry } from './moderation.presenter.js';

export async function listQueue(db: Executor, workspaceId: string, filter: QueueFilter) {
  const rows = await repo.listQueueEntries(db, workspaceId, filter);
  const actions = await listActionsForItems(
    db,
    workspaceId,
    rows.map((r) => r.item_id),
  );
  const last = rows[rows.length - 1];
  return {
    entries: rows.map((row) => presentQueueEntry(row, actions)),
    nextBefore: rows.length === filter.limit && last ? repo.encodeCursor(last.cursor_at, last.id) : null,
  };
}

export async function presentEntry(db: Executor, workspaceId: string, entryId: string) {
  const row = await repo.findQueueEntry(db, workspaceId, entryId);
  if (!row) throw notFound('This queue entry');
  return presentQueueEntry(row, await listActionsForItems(db, workspaceId, [row.item_id]));
}

export async function queueEntryDetail(db: Executor, workspaceId: string, entryId: string) {
  const entry = await presentEntry(db, workspaceId, entryId);
  const thread = await repo.listThread(db, entry.item.conversationId);
  return {
    entry,
    thread: thread.map((t) => ({
      id: t.id,
      text: t.text,
      authorHandle: t.author_handle,
      occurredAt: new Date(t.occurred_at).toISOString(),
      direction: t.direction,
    })),
    evidence: await listEvidenceForItem(db, workspaceId, entry.item.id),
  };
}

export async function flagItem(
  db: Executor,
  request: { workspaceId: string; actor: AuditActor; userName: string },
  input: { itemId: string; note?: string | undefined },
) {
  const item = await repo.findModeratableItem(db, request.workspaceId, input.itemId);
  if (!item) throw notFound('The item');
  if (item.direction !== 'inbound') throw badRequest('Only items received from a network can be flagged.');
  const entryId = await db.transaction().execute(async (trx) => {
    const [entry] = await repo.upsertQueueEntries(trx, [
      {
        workspaceId: request.workspaceId,
        itemId: item.id,
        channelId: item.channel_id,
        sources: ['flag'],
        reasons: [
          {
            source: 'flag',
            userId: request.actor.id ?? undefined,
            userName: request.userName,
            ...(input.note ? { note: input.note } : {}),
            at: new Date().toISOString(),
          },
        ],
        severity: item.severity ?? 'normal',
        suggestedRuleKey: null,
      },
    ]);
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'moderation.flagged',
      subject: { type: 'moderation_queue', id: entry!.id },
      data: { itemId: item.id, ...(input.note ? { note: input.note } : {}) },
    });
    await publishLive(trx, { workspaceId: request.workspaceId, type: 'moderation.updated', subjectId: entry!.id });
    return entry!.id;
  });
  return { entry: await presentEntry(db, request.workspaceId, entryId) };
}

export async function dismissEntry(
  db: Executor,
  request: { workspaceId: string; actor: AuditActor },
  entryId: string,
  input: { note?: string | undefined },
) {
  const row = await repo.findQueueEntry(db, request.workspaceId, entryId);
  if (!row) throw notFound('This queue entry');
  if (row.status !== 'pending') throw conflict(`This entry was already ${row.status}.`);
  await db.transaction().execute(async (trx) => {
    await repo.decideQueueEntry(trx, entryId, {
      status: 'dismissed',
      userId: request.actor.id,
      note: input.note ?? null,
    });
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'moderation.dismissed',
      subject: { type: 'moderation_queue', id: entryId },
      data: { itemId: row.item_id, ...(input.note ? { note: input.note } : {}) },
    });
    await publishLive(trx, { workspaceId: request.workspaceId, type: 'moderation.updated', subjectId: entryId });
  });
  return { entry: await presentEntry(db, request.workspaceId, entryId) };
}
