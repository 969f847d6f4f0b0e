/**
 * Give an existing account a set of roles in a workspace (from the command line). A member
 * already there gets exactly these roles; the last admin keeps the admin role.
 */
import { CLI_ACTOR } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { ROLES, type Role } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { assertKeepsAnAdmin, normaliseRoles } from '../members/last-admin-guard.js';
import {
  findMembership,
  findWorkspaceBySlug,
  lockWorkspace,
  upsertMembership,
} from '../workspaces/workspaces.repository.js';
import { findUserByEmail } from './users.repository.js';

export async function addUserToWorkspace(db: Db, input: { email: string; workspaceSlug: string; roles: Role[] }) {
  const user = await findUserByEmail(db, input.email);
  if (!user) throw notFound(`The user ${input.email}`);
  const workspace = await findWorkspaceBySlug(db, input.workspaceSlug);
  if (!workspace) throw notFound(`The workspace "${input.workspaceSlug}"`);
  const roles = normaliseRoles(input.roles, ROLES);
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, workspace.id);
    const before = await findMembership(trx, workspace.id, user.id);
    if (before) await assertKeepsAnAdmin(trx, workspace.id, { ...user, roles: before.roles }, roles);
    await upsertMembership(trx, workspace.id, user.id, roles);
    await recordAudit(trx, {
      workspaceId: workspace.id,
      actor: CLI_ACTOR,
      action: before ? 'member.roles_changed' : 'member.added',
      subject: { type: 'user', id: user.id },
      data: before
        ? { email: user.email, from: before.roles, to: roles }
        : { email: user.email, roles, newAccount: false },
    });
    return { user, workspace, roles, previousRoles: before?.roles ?? null };
  });
}
