import type { z } from 'zod';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { badRequest, notFound } from '../http/errors.js';
import * as repo from './responders.repository.js';
import type { UpdateResponderBody } from './responders.schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A manager sets who answers what: languages, channels, duty, training, workload and manager. */
export async function updateResponder(
  db: Executor,
  workspaceId: string,
  userId: string,
  values: z.infer<typeof UpdateResponderBody>,
  actor: AuditActor,
) {
  if (!UUID.test(userId) || (await repo.countMembers(db, workspaceId, [userId])) === 0) throw notFound('The member');
  if (values.managerId && (await repo.countMembers(db, workspaceId, [values.managerId])) === 0)
    throw badRequest('The manager is not a member of this workspace.');
  const channelIds = [...new Set(values.channelIds)];
  if ((await repo.countChannels(db, workspaceId, channelIds)) !== channelIds.length)
    throw badRequest('One of the channels does not exist in this workspace.');
  await db.transaction().execute(async (trx) => {
    await repo.upsertResponder(trx, workspaceId, userId, { ...values, channelIds });
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'responder.updated',
      subject: { type: 'user', id: userId },
      data: { ...values, channelIds },
    });
  });
  return findResponder(db, workspaceId, userId);
}

/** A responder goes on or off duty; off duty means no auto-assignment. */
export async function setOwnDuty(
  db: Executor,
  workspaceId: string,
  userId: string,
  onDuty: boolean,
  actor: AuditActor,
) {
  await db.transaction().execute(async (trx) => {
    await repo.setDuty(trx, workspaceId, userId, onDuty);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: onDuty ? 'responder.on_duty' : 'responder.off_duty',
      subject: { type: 'user', id: userId },
    });
  });
  return findResponder(db, workspaceId, userId);
}

async function findResponder(db: Executor, workspaceId: string, userId: string) {
  const rows = await repo.listResponders(db, workspaceId);
  return rows.find((r) => r.user_id === userId) ?? null;
}
