/**
 * Set a new password for an account (from the command line) and end all its sessions, so whoever
 * may know the old password is logged out everywhere. The login lock on the address is lifted.
 */
import { CLI_ACTOR } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deleteSessionsOfUser } from '../auth/auth.repository.js';
import { clearPasswordFailures } from '../auth/login.js';
import { hashPassword } from '../auth/password.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { listMembershipsOfUser } from '../workspaces/workspaces.repository.js';
import { findUserByEmail, updateUserPassword } from './users.repository.js';

export async function resetPassword(db: Db, email: string, password: string) {
  const user = await findUserByEmail(db, email);
  if (!user) throw notFound(`The user ${email}`);
  const passwordHash = await hashPassword(password);
  const endedSessions = await db.transaction().execute(async (trx) => {
    await updateUserPassword(trx, user.id, passwordHash);
    const deleted = await deleteSessionsOfUser(trx, user.id);
    // Each workspace the person belongs to can see that their password was reset.
    for (const workspace of await listMembershipsOfUser(trx, user.id)) {
      await recordAudit(trx, {
        workspaceId: workspace.id,
        actor: CLI_ACTOR,
        action: 'user.password_reset',
        subject: { type: 'user', id: user.id },
        data: { email: user.email },
      });
    }
    return deleted.reduce((n, r) => n + Number(r.numDeletedRows), 0);
  });
  await clearPasswordFailures(db, user.email);
  return { user, endedSessions };
}
