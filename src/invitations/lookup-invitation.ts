/** What an invitation link offers, for the page that accepts it. Answers 404 for any link that cannot be used. */
import type { Role } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { findUserByEmail } from '../users/users.repository.js';
import { assertPending, unknownInvitation } from './invitation-status.js';
import { hashInvitationToken, isWellFormedToken } from './invitation-token.js';
import { findInvitationByTokenHash } from './invitations.repository.js';

export async function findInvitationByToken(db: Db, token: string) {
  if (!isWellFormedToken(token)) throw unknownInvitation();
  const invitation = await findInvitationByTokenHash(db, hashInvitationToken(token));
  if (!invitation) throw unknownInvitation();
  return invitation;
}

export async function lookupInvitation(db: Db, token: string) {
  const invitation = await findInvitationByToken(db, token);
  assertPending(invitation, 404);
  const account = await findUserByEmail(db, invitation.email);
  return {
    workspaceName: invitation.workspace_name,
    email: invitation.email,
    roles: invitation.roles as Role[],
    expiresAt: new Date(invitation.expires_at).toISOString(),
    accountExists: account !== undefined,
  };
}
