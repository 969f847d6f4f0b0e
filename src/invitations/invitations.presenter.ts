import type { z } from 'zod';
import type { Role } from '../auth/roles.js';
import type { listInvitations } from './invitations.repository.js';
import type { Invitation } from './invitations.schema.js';
import { invitationStatus } from './invitation-status.js';

type InvitationRow = Awaited<ReturnType<typeof listInvitations>>[number];

export function presentInvitation(row: InvitationRow, now = new Date()): z.infer<typeof Invitation> {
  return {
    id: row.id,
    email: row.email,
    roles: row.roles as Role[],
    status: invitationStatus(row, now),
    expiresAt: new Date(row.expires_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    invitedBy: row.invited_by && row.inviter_name !== null ? { id: row.invited_by, name: row.inviter_name } : null,
  };
}
