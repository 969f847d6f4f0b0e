/** An admin gives a member a new set of roles (never leaving the workspace without an admin). */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import { ROLES, type Role } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { lockWorkspace } from '../workspaces/workspaces.repository.js';
import { assertKeepsAnAdmin, normaliseRoles } from './last-admin-guard.js';
import { findMember, setMemberRoles } from './members.repository.js';

export async function changeMemberRoles(
  db: Db,
  workspaceId: string,
  userId: string,
  roles: readonly Role[],
  actor: AuditActor,
) {
  const wanted = normaliseRoles(roles, ROLES);
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, workspaceId);
    const member = await findMember(trx, workspaceId, userId);
    if (!member) throw notFound('The member');
    const before = normaliseRoles(member.roles as Role[], ROLES);
    if (before.join() === wanted.join()) return member;
    await assertKeepsAnAdmin(trx, workspaceId, member, wanted);
    await setMemberRoles(trx, workspaceId, userId, wanted);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'member.roles_changed',
      subject: { type: 'user', id: userId },
      data: { email: member.email, from: before, to: wanted },
    });
    return { ...member, roles: wanted };
  });
}
