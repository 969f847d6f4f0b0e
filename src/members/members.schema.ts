import { z } from 'zod';
import { ROLES } from '../auth/roles.js';

export const MemberParams = z.object({ workspaceId: z.string(), userId: z.guid('is not a valid id') });

export const RoleList = z
  .array(z.enum(ROLES, `must be one of ${ROLES.join(', ')}`))
  .min(1, 'must name at least one role')
  .max(ROLES.length);

export const ChangeRolesBody = z.strictObject({ roles: RoleList });

export const Member = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  disabled: z.boolean(),
  joinedAt: z.string(),
});

export const MembersResponse = z.object({ members: z.array(Member) });
export const MemberResponse = z.object({ member: Member });
