/** Create an account (from the command line), optionally as a member of a workspace. */
import { CLI_ACTOR } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../auth/password.js';
import { ROLES, type Role } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import { normaliseRoles } from '../members/last-admin-guard.js';
import { findWorkspaceBySlug, upsertMembership } from '../workspaces/workspaces.repository.js';
import { isUniqueViolation } from './unique-violation.js';
import { findUserByEmail, insertUser } from './users.repository.js';

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  workspace?: { slug: string; roles: Role[] };
}

const taken = (email: string) =>
  conflict(
    `A user with the e-mail address ${email} already exists. Use "samtal user add-to-workspace" or "samtal user reset-password".`,
  );

export async function createUser(db: Db, input: CreateUserInput) {
  if (await findUserByEmail(db, input.email)) throw taken(input.email);
  const workspace = input.workspace ? await findWorkspaceBySlug(db, input.workspace.slug) : undefined;
  if (input.workspace && !workspace) throw notFound(`The workspace "${input.workspace.slug}"`);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      const user = await insertUser(trx, { email: input.email, name: input.name, passwordHash });
      if (!workspace || !input.workspace) return { user, workspace: null, roles: [] as Role[] };
      const roles = normaliseRoles(input.workspace.roles, ROLES);
      await upsertMembership(trx, workspace.id, user.id, roles);
      await recordAudit(trx, {
        workspaceId: workspace.id,
        actor: CLI_ACTOR,
        action: 'member.added',
        subject: { type: 'user', id: user.id },
        data: { email: user.email, roles, newAccount: true },
      });
      return { user, workspace, roles };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(input.email);
    throw error;
  }
}
