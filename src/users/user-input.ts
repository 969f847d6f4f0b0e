/** Validation of the account details people type, shared by the command line. */
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { ROLES, type Role } from '../auth/roles.js';

export const Email = z
  .email('must be an e-mail address')
  .max(320)
  .transform((e) => e.trim().toLowerCase());
export const PersonName = z.string().trim().min(1, 'must not be empty').max(200);
export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1000);
export const WorkspaceSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'is not a workspace short name (lower-case letters, digits, dashes)');

/** "admin, responder" → ['admin', 'responder'], refusing unknown roles. */
export const RoleListText = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(ROLES, `may only contain the roles ${ROLES.join(', ')}`)).min(1, 'must name at least one role'))
  .transform((roles) => roles as Role[]);
