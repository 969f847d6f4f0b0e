/** Request shapes of police-report packages. */
import { z } from 'zod';
import { OFFENCE_CATEGORIES } from './offence-categories.js';

export const WorkspaceParams = z.object({ workspaceId: z.string() });
export const ReportParams = z.object({ workspaceId: z.string(), reportId: z.uuid() });

const Language = z.enum(['sv', 'nl', 'en']);
const Jurisdiction = z.enum(['SE', 'NL']);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const Reporter = z.strictObject({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().min(1).max(200),
  role: optionalText(200),
  email: z.email().max(320),
  phone: optionalText(50),
  address: optionalText(500),
});
export type ReporterInput = z.infer<typeof Reporter>;

export const CreatePoliceReportBody = z.strictObject({
  /** Evidence records to include. */
  recordIds: z.array(z.uuid()).max(50).optional(),
  /** Items to include: their latest evidence record, captured now when there is none. */
  itemIds: z.array(z.uuid()).max(50).optional(),
  jurisdiction: Jurisdiction,
  language: Language,
  offenceCategory: z.enum(OFFENCE_CATEGORIES),
  description: z.string().trim().max(10_000).optional(),
  reporter: Reporter,
});
export type CreatePoliceReportInput = z.infer<typeof CreatePoliceReportBody>;

export const OffenceCategoriesQuery = z.object({
  jurisdiction: Jurisdiction.optional(),
  language: Language.optional(),
});
