/**
 * Someone follows an invitation link. Without an account they choose a name and password and the
 * account is created; with an account they prove it is theirs with its password. Either way they
 * join the workspace (keeping any roles they already had there) and are logged in.
 */
import { recordAudit } from '../audit/record-audit.js';
import { assertPasswordAttemptAllowed, clearPasswordFailures, recordPasswordFailure } from '../auth/login.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password.js';
import { ROLES, type Role } from '../auth/roles.js';
import { createSession, type SessionPolicy } from '../auth/sessions.js';
import type { Db } from '../db/database.js';
import { badRequest, conflict, forbidden } from '../http/errors.js';
import { normaliseRoles } from '../members/last-admin-guard.js';
import { isUniqueViolation } from '../users/unique-violation.js';
import { findUserByEmail, insertUser } from '../users/users.repository.js';
import { findMembership, upsertMembership } from '../workspaces/workspaces.repository.js';
import { assertPending } from './invitation-status.js';
import { lockInvitation, markInvitationAccepted } from './invitations.repository.js';
import { findInvitationByToken } from './lookup-invitation.js';

export interface AcceptInvitationOptions {
  token: string;
  name?: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  policy: SessionPolicy;
}

export async function acceptInvitation(db: Db, options: AcceptInvitationOptions) {
  const found = await findInvitationByToken(db, options.token);
  assertPending(found, 409);
  const existing = await findUserByEmail(db, found.email);
  // Checked before the transaction, so a failed attempt is counted even though nothing else is written.
  const passwordHash = existing ? await checkExistingAccount(db, existing, options) : await checkNewAccount(options);

  return db.transaction().execute(async (trx) => {
    const invitation = await lockInvitation(trx, found.workspace_id, found.id);
    assertPending(invitation!, 409); // someone may have used the link a moment ago
    const user =
      existing ?? (await createAccount(trx, { email: found.email, name: options.name!, passwordHash: passwordHash! }));
    const before = await findMembership(trx, found.workspace_id, user.id);
    const roles = normaliseRoles([...((before?.roles ?? []) as Role[]), ...(found.roles as Role[])], ROLES);
    await upsertMembership(trx, found.workspace_id, user.id, roles);
    await markInvitationAccepted(trx, found.id);
    await recordAudit(trx, {
      workspaceId: found.workspace_id,
      actor: { id: user.id, label: `${user.name} <${user.email}>` },
      action: 'invitation.accepted',
      subject: { type: 'invitation', id: found.id },
      data: { email: user.email, userId: user.id, roles, newAccount: !existing },
    });
    const session = await createSession(trx, {
      userId: user.id,
      policy: options.policy,
      ip: options.ip,
      userAgent: options.userAgent,
    });
    return { user, session };
  });
}

async function checkExistingAccount(
  db: Db,
  account: { email: string; password_hash: string; disabled_at: unknown },
  options: AcceptInvitationOptions,
): Promise<null> {
  if (account.disabled_at) throw forbidden(`The account ${account.email} is disabled. Ask an admin to enable it.`);
  await assertPasswordAttemptAllowed(db, account.email, options.ip);
  if (!(await verifyPassword(account.password_hash, options.password))) {
    await recordPasswordFailure(db, account.email, options.ip);
    throw badRequest(`${account.email} already has a Samtal account. Enter the password of that account to join.`);
  }
  await clearPasswordFailures(db, account.email);
  return null;
}

async function checkNewAccount(options: AcceptInvitationOptions): Promise<string> {
  if (!options.name) throw badRequest('Enter your name to create your account.');
  if (options.password.length < MIN_PASSWORD_LENGTH) {
    throw badRequest(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  return hashPassword(options.password);
}

async function createAccount(trx: Db, row: { email: string; name: string; passwordHash: string }) {
  try {
    return await insertUser(trx, row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`An account for ${row.email} was created a moment ago. Reload the page and use its password.`);
    throw error;
  }
}
