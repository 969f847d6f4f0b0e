import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { RoleList } from '../members/members.schema.js';

export const InvitationParams = z.object({ workspaceId: z.string(), invitationId: z.guid('is not a valid id') });
export const TokenParams = z.object({ token: z.string().max(200) });

export const CreateInvitationBody = z.strictObject({
  email: z.email('must be an e-mail address').max(320),
  roles: RoleList,
});

export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  expiresAt: z.string(),
  createdAt: z.string(),
  invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const InvitationsResponse = z.object({ invitations: z.array(Invitation) });
export const CreatedInvitationResponse = z.object({ invitation: Invitation, acceptUrl: z.string() });

export const InvitationLookupResponse = z.object({
  workspaceName: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  expiresAt: z.string(),
  accountExists: z.boolean(),
});

export const AcceptInvitationBody = z.strictObject({
  // Required only when the invitation creates a new account; checked by the use case.
  name: z.string().trim().min(1, 'is required').max(200).optional(),
  password: z.string().min(1, 'is required').max(1000),
});
