import { z } from 'zod';

const MAX_BIGINT = 9223372036854775807n; // PostgreSQL bigint

export const AuditQuery = z.strictObject({
  before: z
    .string()
    .regex(/^[1-9][0-9]{0,18}$/, 'must be the seq of an entry (a positive whole number)')
    // Zod runs this check even after the pattern failed, so it must not assume digits.
    .refine((v) => !/^[0-9]{1,19}$/.test(v) || BigInt(v) <= MAX_BIGINT, 'is larger than any seq')
    .optional(),
  limit: z.coerce.number().int('must be a whole number').min(1).max(200).default(50),
});

export const AuditEntry = z.object({
  id: z.string(),
  seq: z.string(),
  actor: z.object({ id: z.string().nullable(), label: z.string() }),
  action: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }).nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  hash: z.string(),
});

export const AuditPageResponse = z.object({ entries: z.array(AuditEntry), nextBefore: z.string().nullable() });

export const AuditVerificationResponse = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBroken: z.object({ id: z.string(), seq: z.string(), reason: z.string() }).optional(),
});
