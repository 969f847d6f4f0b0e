/**
 * An admin invites an e-mail address with a set of roles. The link is valid for 7 days and is
 * shown once; a new invitation for the same address withdraws the earlier open ones.
 */
import { userActor } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { ROLES, type Role } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { conflict } from '../http/errors.js';
import { normaliseRoles } from '../members/last-admin-guard.js';
import { findUserByEmail } from '../users/users.repository.js';
import { findMembership, lockWorkspace } from '../workspaces/workspaces.repository.js';
import { newInvitationToken } from './invitation-token.js';
import { insertInvitation, revokeOpenInvitationsFor } from './invitations.repository.js';

export const INVITATION_VALID_DAYS = 7;

export async function createInvitation(
  db: Db,
  options: {
    workspaceId: string;
    email: string;
    roles: readonly Role[];
    inviter: { userId: string; name: string; email: string };
  },
) {
  const email = options.email.trim().toLowerCase();
  const roles = normaliseRoles(options.roles, ROLES);
  return db.transaction().execute(async (trx) => {
    await lockWorkspace(trx, options.workspaceId);
    const account = await findUserByEmail(trx, email);
    if (account && (await findMembership(trx, options.workspaceId, account.id))) {
      throw conflict(`${email} is already a member of this workspace. Change their roles on the members page instead.`);
    }
    const replaced = await revokeOpenInvitationsFor(trx, options.workspaceId, email);
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000);
    const invitation = await insertInvitation(trx, {
      workspaceId: options.workspaceId,
      email,
      roles,
      tokenHash,
      invitedBy: options.inviter.userId,
      expiresAt,
    });
    await recordAudit(trx, {
      workspaceId: options.workspaceId,
      actor: userActor(options.inviter),
      action: 'invitation.created',
      subject: { type: 'invitation', id: invitation.id },
      data: { email, roles, expiresAt: expiresAt.toISOString(), replacedOpenInvitations: replaced },
    });
    return { invitation: { ...invitation, inviter_name: options.inviter.name }, token };
  });
}
