import { AppError } from '../http/errors.js';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(
  row: { accepted_at: Date | string | null; revoked_at: Date | string | null; expires_at: Date | string },
  now = new Date(),
): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return new Date(row.expires_at) <= now ? 'expired' : 'pending';
}

const UNUSABLE: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  accepted: 'This invitation has already been used. Log in with your account instead.',
  revoked: 'This invitation was withdrawn. Ask an admin of the workspace for a new one.',
  expired: 'This invitation has expired. Ask an admin of the workspace for a new one.',
};

export const unknownInvitation = () =>
  new AppError(404, 'not_found', 'This invitation link is not valid. Check that you copied the whole link.', {
    reason: 'unknown',
  });

/**
 * Throws unless the invitation can still be accepted. Looking a link up answers 404 (the link is
 * no use); accepting answers 409 (the request conflicts with what already happened to it).
 */
export function assertPending(row: Parameters<typeof invitationStatus>[0], status: 404 | 409) {
  const current = invitationStatus(row);
  if (current === 'pending') return;
  throw new AppError(status, status === 404 ? 'not_found' : 'conflict', UNUSABLE[current], { reason: current });
}
