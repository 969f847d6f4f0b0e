/** Admins and managers add, change and remove blackout windows; each change is audited in its transaction. */
import type { AuditActor } from '../../audit/record-audit.js';
import { recordAudit } from '../../audit/record-audit.js';
import { findChannel } from '../../channels/channels.repository.js';
import type { Db, Executor } from '../../db/database.js';
import type { BlackoutWindow } from '../../db/schema-publishing.js';
import { badRequest, notFound } from '../../http/errors.js';
import type { CreateBlackoutInput, UpdateBlackoutInput } from './blackouts.schema.js';
import {
  deleteBlackoutWindow,
  findBlackoutWindow,
  insertBlackoutWindow,
  updateBlackoutWindow,
} from './blackouts.repository.js';
import { asRecurring } from './blackouts.presenter.js';
import { windowProblem } from './recurrence.js';

const auditData = (row: BlackoutWindow) => ({
  title: row.title,
  channelId: row.channel_id,
  startsLocal: row.starts_local,
  durationMinutes: row.duration_minutes,
  timeZone: row.time_zone,
  rrule: row.rrule,
  enabled: row.enabled,
});

function assertUsable(row: Pick<BlackoutWindow, 'starts_local' | 'duration_minutes' | 'time_zone' | 'rrule'>) {
  const problem = windowProblem(asRecurring(row as BlackoutWindow));
  if (problem) throw badRequest(`This blackout window cannot be used: ${problem}.`);
}

async function assertChannel(db: Executor, workspaceId: string, channelId: string | null | undefined) {
  if (channelId && !(await findChannel(db, workspaceId, channelId))) throw notFound('The channel');
}

export async function createBlackout(db: Db, workspaceId: string, input: CreateBlackoutInput, actor: AuditActor) {
  assertUsable({
    starts_local: input.startsLocal,
    duration_minutes: input.durationMinutes,
    time_zone: input.timeZone,
    rrule: input.rrule || null,
  });
  return db.transaction().execute(async (trx) => {
    await assertChannel(trx, workspaceId, input.channelId);
    const row = await insertBlackoutWindow(trx, workspaceId, {
      ...input,
      rrule: input.rrule || null,
      source: 'custom',
      createdBy: actor.id,
    });
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'blackout_window.created',
      subject: { type: 'blackout_window', id: row.id },
      data: auditData(row),
    });
    return row;
  });
}

export async function updateBlackout(
  db: Db,
  workspaceId: string,
  windowId: string,
  input: UpdateBlackoutInput,
  actor: AuditActor,
) {
  return db.transaction().execute(async (trx) => {
    const before = await findBlackoutWindow(trx, workspaceId, windowId);
    if (!before) throw notFound('The blackout window');
    const rrule = input.rrule === undefined ? undefined : input.rrule || null;
    assertUsable({
      starts_local: input.startsLocal ?? before.starts_local,
      duration_minutes: input.durationMinutes ?? before.duration_minutes,
      time_zone: input.timeZone ?? before.time_zone,
      rrule: rrule === undefined ? before.rrule : rrule,
    });
    await assertChannel(trx, workspaceId, input.channelId);
    const row = await updateBlackoutWindow(trx, workspaceId, windowId, { ...input, rrule });
    if (!row) throw notFound('The blackout window');
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'blackout_window.updated',
      subject: { type: 'blackout_window', id: row.id },
      data: { before: auditData(before), after: auditData(row) },
    });
    return row;
  });
}

export async function deleteBlackout(db: Db, workspaceId: string, windowId: string, actor: AuditActor) {
  await db.transaction().execute(async (trx) => {
    const row = await deleteBlackoutWindow(trx, workspaceId, windowId);
    if (!row) throw notFound('The blackout window');
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'blackout_window.deleted',
      subject: { type: 'blackout_window', id: row.id },
      data: auditData(row),
    });
  });
}
