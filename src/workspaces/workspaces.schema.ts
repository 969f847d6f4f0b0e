import { z } from 'zod';
import { LanguageCode, WorkspaceSummary } from '../auth/auth.schema.js';

/** Countries Samtal is configured for (the database checks the same list). */
export const COUNTRIES = ['SE', 'NL', 'GB', 'BE', 'FI', 'DK', 'NO', 'DE', 'IE', 'US'] as const;

// The zones the runtime knows, plus UTC, which Intl lists only under its aliases.
const TIME_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
export const isTimeZone = (zone: string) => TIME_ZONES.has(zone);

export const TimeZone = z
  .string()
  .max(100)
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Stockholm or Europe/Amsterdam');

export const Country = z.enum(COUNTRIES, `must be one of ${COUNTRIES.join(', ')}`);
export const WorkspaceName = z.string().trim().min(1, 'is required').max(200);
export const Slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    'must be 2–63 lower-case letters, digits or dashes, starting with a letter or digit',
  );

export const WorkspaceParams = z.object({ workspaceId: z.string() });

export const CreateWorkspaceBody = z.strictObject({
  name: WorkspaceName,
  slug: Slug,
  country: Country,
  timeZone: TimeZone,
  defaultLanguage: LanguageCode,
});

export const UpdateWorkspaceBody = z.strictObject({
  name: WorkspaceName.optional(),
  timeZone: TimeZone.optional(),
  defaultLanguage: LanguageCode.optional(),
  country: Country.optional(),
});

export const WorkspaceResponse = WorkspaceSummary;
