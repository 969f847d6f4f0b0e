import { z } from 'zod';

const Id = z.guid('is not a valid id');

export const BlackoutParams = z.object({ workspaceId: z.string(), windowId: Id });

const fields = {
  channelId: Id.nullable(),
  title: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  reason: z.string().trim().max(2000, 'must be at most 2000 characters'),
  startsLocal: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time like 2027-05-04T19:55'),
  durationMinutes: z
    .number()
    .int('must be whole minutes')
    .min(1, 'must be at least 1 minute')
    .max(20160, 'must be at most 14 days'),
  timeZone: z.string().trim().min(1, 'is required').max(100, 'is too long'),
  // RFC 5545 RRULE value; null: a one-off window.
  rrule: z.string().trim().max(500, 'is too long').nullable(),
  enabled: z.boolean(),
};

export const CreateBlackoutBody = z.strictObject({
  ...fields,
  channelId: fields.channelId.default(null),
  reason: fields.reason.default(''),
  rrule: fields.rrule.default(null),
  enabled: fields.enabled.default(true),
});
// No defaults on update: a field that is not sent stays as it is.
export const UpdateBlackoutBody = z.strictObject(fields).partial();
export type CreateBlackoutInput = z.infer<typeof CreateBlackoutBody>;
export type UpdateBlackoutInput = z.infer<typeof UpdateBlackoutBody>;

export const OccurrencesQuery = z.object({
  from: z.iso.datetime({ offset: true, error: 'must be an ISO instant like 2027-05-01T00:00:00Z' }),
  to: z.iso.datetime({ offset: true, error: 'must be an ISO instant like 2027-06-01T00:00:00Z' }),
  channelId: Id.optional(),
});

const Span = z.object({ start: z.string(), end: z.string() });

export const BlackoutJson = z.object({
  id: z.string(),
  channelId: z.string().nullable(),
  title: z.string(),
  reason: z.string(),
  startsLocal: z.string(),
  durationMinutes: z.number(),
  timeZone: z.string(),
  rrule: z.string().nullable(),
  source: z.enum(['default', 'custom']),
  enabled: z.boolean(),
  nextOccurrence: Span.nullable(),
});
export const BlackoutResponse = z.object({ window: BlackoutJson });
export const BlackoutsResponse = z.object({ windows: z.array(BlackoutJson) });

export const OccurrenceJson = z.object({
  windowId: z.string(),
  title: z.string(),
  reason: z.string(),
  channelId: z.string().nullable(),
  start: z.string(),
  end: z.string(),
});
export const OccurrencesResponse = z.object({ occurrences: z.array(OccurrenceJson) });

export const TemplatesResponse = z.object({
  templates: z.array(
    z.object({
      key: z.string(),
      country: z.string(),
      title: z.string(),
      reason: z.string(),
      startsLocal: z.string(),
      durationMinutes: z.number(),
      timeZone: z.string(),
      rrule: z.string(),
    }),
  ),
});
