/** An admin withdraws an invitation so its link stops working. Withdrawing twice is harmless. */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import { invitationStatus } from './invitation-status.js';
import { lockInvitation, markInvitationRevoked } from './invitations.repository.js';

export async function revokeInvitation(db: Db, workspaceId: string, invitationId: string, actor: AuditActor) {
  await db.transaction().execute(async (trx) => {
    const invitation = await lockInvitation(trx, workspaceId, invitationId);
    if (!invitation) throw notFound('The invitation');
    const status = invitationStatus(invitation);
    if (status === 'accepted') {
      throw conflict(
        `${invitation.email} has already accepted this invitation. Remove them on the members page instead.`,
      );
    }
    if (status === 'revoked') return;
    await markInvitationRevoked(trx, invitation.id);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'invitation.revoked',
      subject: { type: 'invitation', id: invitation.id },
      data: { email: invitation.email, roles: invitation.roles, wasExpired: status === 'expired' },
    });
  });
}
