import { z } from 'zod';
import { HOLIDAY_COUNTRIES } from '../sla/holidays.js';
import { assertValidSchedule, WEEKDAYS, type BusinessSchedule } from '../sla/schedule.js';
import { TimeZone } from '../workspaces/workspaces.schema.js';

const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-4]):[0-5]\d$/, "must be a time of day 'HH:MM' between 00:00 and 24:00");
const OpenInterval = z.strictObject({ start: TimeOfDay, end: TimeOfDay });

/** A BusinessSchedule (src/sla/schedule.ts); the shape by zod, the meaning by assertValidSchedule. */
export const BusinessScheduleSchema = z
  .strictObject({
    timeZone: TimeZone,
    country: z.enum(HOLIDAY_COUNTRIES, `must be one of ${HOLIDAY_COUNTRIES.join(', ')} or null`).nullable(),
    days: z.partialRecord(z.enum(WEEKDAYS, `must be one of ${WEEKDAYS.join(', ')}`), z.array(OpenInterval).max(6)),
    closedOnHolidays: z.boolean(),
    closedDates: z.array(z.string()).max(366),
  })
  .superRefine((schedule, check) => {
    try {
      assertValidSchedule(schedule as BusinessSchedule);
    } catch (error) {
      check.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });

export const APPROVAL_POLICIES = ['all', 'negative_or_critical', 'in_training', 'none'] as const;

const AckText = z.string().trim().min(1, 'must not be empty').max(1000);
const WebhookUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000)
  .nullable();

export const UpdateInboxSettingsBody = z.strictObject({
  businessHours: BusinessScheduleSchema.optional(),
  approvalPolicy: z.enum(APPROVAL_POLICIES, `must be one of ${APPROVAL_POLICIES.join(', ')}`).optional(),
  autoAssign: z.boolean().optional(),
  warningRatio: z
    .number()
    .gt(0, 'must be more than 0')
    .lt(1, 'must be less than 1 (a warning before the deadline)')
    .optional(),
  outOfHoursAck: z.boolean().optional(),
  outOfHoursTexts: z
    .strictObject({ sv: AckText.optional(), nl: AckText.optional(), en: AckText.optional() })
    .optional(),
  webhookUrl: WebhookUrl.optional(),
  /** Write-only. Absent: keep the current one; null: remove it. */
  webhookSecret: z.string().min(16, 'must be at least 16 characters').max(200).nullable().optional(),
});
export type UpdateInboxSettingsInput = z.infer<typeof UpdateInboxSettingsBody>;

export const InboxSettings = z.object({
  businessHours: z.unknown(),
  approvalPolicy: z.enum(APPROVAL_POLICIES),
  autoAssign: z.boolean(),
  warningRatio: z.number(),
  outOfHoursAck: z.boolean(),
  outOfHoursTexts: z.record(z.string(), z.string()),
  webhookUrl: z.string().nullable(),
  webhookSecretSet: z.boolean(),
  updatedAt: z.string(),
});
export const InboxSettingsResponse = z.object({ settings: InboxSettings });

// ---------------------------------------------------------------- SLA policies

const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
const Minutes = z.number().int('must be whole minutes').min(1, 'must be at least 1 minute').max(525_600);

export const SlaPolicyBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  position: z.number().int().min(0).max(10_000).optional(),
  enabled: z.boolean().optional(),
  channelId: z.guid('is not a valid id').nullable().optional(),
  severities: z
    .array(z.enum(SEVERITIES, `must be one of ${SEVERITIES.join(', ')}`))
    .max(4)
    .nullable()
    .optional(),
  sentiments: z
    .array(z.enum(SENTIMENTS, `must be one of ${SENTIMENTS.join(', ')}`))
    .max(3)
    .nullable()
    .optional(),
  firstResponseMinutes: Minutes,
  nextResponseMinutes: Minutes,
  resolutionMinutes: Minutes.nullable().optional(),
  businessHoursOnly: z.boolean().optional(),
});
export type SlaPolicyInput = z.infer<typeof SlaPolicyBody>;
export const SlaPolicyPatchBody = SlaPolicyBody.partial();
export type SlaPolicyPatch = z.infer<typeof SlaPolicyPatchBody>;

export const SlaPolicyParams = z.object({ workspaceId: z.string(), policyId: z.guid('is not a valid id') });

export const SlaPolicy = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number(),
  enabled: z.boolean(),
  channelId: z.string().nullable(),
  severities: z.array(z.string()).nullable(),
  sentiments: z.array(z.string()).nullable(),
  firstResponseMinutes: z.number(),
  nextResponseMinutes: z.number(),
  resolutionMinutes: z.number().nullable(),
  businessHoursOnly: z.boolean(),
});
export const SlaPoliciesResponse = z.object({ policies: z.array(SlaPolicy) });
export const SlaPolicyResponse = z.object({ policy: SlaPolicy });

// ---------------------------------------------------------------- SLA events

export const SlaEventsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
export const SlaEvent = z.object({
  id: z.string(),
  conversationId: z.string(),
  target: z.enum(['first_response', 'next_response', 'resolution']),
  kind: z.enum(['warning', 'breached', 'met']),
  dueAt: z.string(),
  occurredAt: z.string(),
  preview: z.string(),
  channelId: z.string(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export const SlaEventsResponse = z.object({ events: z.array(SlaEvent) });
