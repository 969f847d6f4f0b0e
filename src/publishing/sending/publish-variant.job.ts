/** The job that publishes one variant at its due time (key `publish:<variantId>`, see schedule-variant.ts); it makes the platform call itself. */
import { z } from 'zod';
import type { PerformDeps } from '../../channels/perform-action.js';
import { defineJob } from '../../jobs/job.js';
import { publishVariant } from './publish-variant.js';

export const publishVariantJob = defineJob({
  id: 'publishing.publish-variant',
  payload: z.object({ workspaceId: z.uuid(), variantId: z.uuid() }),
  maxAttempts: 10,
  handler: async (payload, deps: PerformDeps, ctx) => {
    await publishVariant(deps, payload.variantId, { attempt: ctx.attempt, maxAttempts: publishVariantJob.maxAttempts });
  },
});
