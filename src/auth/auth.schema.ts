import { z } from 'zod';
import { ROLES } from './roles.js';

export const LoginBody = z.strictObject({
  email: z.email('must be an e-mail address').max(320),
  password: z.string().min(1, 'is required').max(1000),
});

export const LanguageCode = z.enum(['sv', 'nl', 'en']);

/** A workspace as its member sees it, with the member's own roles. */
export const WorkspaceSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  country: z.string(),
  timeZone: z.string(),
  defaultLanguage: LanguageCode,
  roles: z.array(z.enum(ROLES)),
});

export const MeResponse = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), language: LanguageCode.nullable() }),
  csrfToken: z.string(),
  workspaces: z.array(WorkspaceSummary),
});

export const UpdateMeBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  language: LanguageCode.nullable().optional(),
});

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(10, 'must be at least 10 characters').max(1000),
});
