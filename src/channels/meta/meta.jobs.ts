/** The job that turns a stored Facebook/Instagram webhook delivery into inbox items. */
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { defineJob } from '../../jobs/job.js';
import { processMetaDelivery } from './process-meta-delivery.js';

export const processMetaDeliveryJob = defineJob({
  id: 'meta.process-delivery',
  payload: z.object({ deliveryId: z.string().regex(/^\d+$/) }),
  // Mentions need a Graph call: a rate limit or an outage backs off and retries for hours.
  maxAttempts: 12,
  // One at a time, in arrival order: a comment's edit or removal is never applied before the comment.
  queue: () => 'meta.deliveries',
  handler: async (payload, deps: Pick<AppContext, 'db' | 'secrets' | 'channels' | 'config' | 'log'>) => {
    await processMetaDelivery(deps, payload.deliveryId);
  },
});
