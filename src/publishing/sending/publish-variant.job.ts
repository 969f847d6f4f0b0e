/** The job that publishes one variant at its due time (key `publish:<variantId>`, see schedule-variant.ts). */
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { defineJob } from '../../jobs/job.js';
import { publishVariant } from './publish-variant.js';

export const publishVariantJob = defineJob({
  id: 'publishing.publish-variant',
  payload: z.object({ workspaceId: z.uuid(), variantId: z.uuid() }),
  maxAttempts: 10,
  handler: async (payload, deps: Pick<AppContext, 'db'>) => {
    await publishVariant(deps, payload.variantId);
  },
});
