/** An admin removes someone from the workspace. Their account and other workspaces stay. */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { lockWorkspace } from '../workspaces/workspaces.repository.js';
import { assertKeepsAnAdmin } from './last-admin-guard.js';
import { deleteMembership, findMember } from './members.repository.js';

export async function removeMember(db: Db, workspaceId: string, userId: string, actor: AuditActor) {
  await db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, workspaceId);
    const member = await findMember(trx, workspaceId, userId);
    if (!member) throw notFound('The member');
    await assertKeepsAnAdmin(trx, workspaceId, member, null);
    await deleteMembership(trx, workspaceId, userId);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'member.removed',
      subject: { type: 'user', id: userId },
      data: { email: member.email, roles: member.roles },
    });
  });
}
