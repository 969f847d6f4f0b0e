import { z } from 'zod';

export const PrivacyParams = z.object({ workspaceId: z.string() });
export const RetentionBody = z.strictObject({
  retentionDays: z
    .number()
    .int('must be a whole number of days')
    .min(30, 'must be at least 30 days (or null to keep everything)')
    .max(36_500)
    .nullable(),
});
export const ErasureBody = z.strictObject({ authorId: z.string().uuid('must be an author id') });
