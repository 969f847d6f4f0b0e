import { z } from 'zod';
import { ROLES } from '../../auth/roles.js';

export const PUBLISHING_ADMINS = ['admin', 'manager'] as const;

export const UpdateSettingsBody = z.strictObject({
  requireApproval: z.boolean().optional(),
  approverRoles: z
    .array(z.enum(ROLES))
    .min(1, 'needs at least one role')
    .max(ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, 'has a role twice')
    .optional(),
  blackoutPolicy: z.enum(['move_to_end', 'await_reapproval'], 'must be move_to_end or await_reapproval').optional(),
});
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsBody>;

export const PauseBody = z.strictObject({ reason: z.string().trim().min(1, 'is required').max(500) });

export const SettingsResponse = z.object({
  requireApproval: z.boolean(),
  approverRoles: z.array(z.string()),
  blackoutPolicy: z.enum(['move_to_end', 'await_reapproval']),
  paused: z
    .object({ at: z.string(), by: z.object({ id: z.string(), name: z.string() }).nullable(), reason: z.string() })
    .nullable(),
});
export const ResumeResponse = SettingsResponse.extend({ resumed: z.number() });
