/** The job that turns stored Facebook/Instagram webhook deliveries into inbox items. */
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import type { Executor } from '../../db/database.js';
import { defineJob, enqueue } from '../../jobs/job.js';
import { processPendingMetaDeliveries } from './process-meta-delivery.js';

export const processMetaDeliveryJob = defineJob({
  id: 'meta.process-delivery',
  /** The newest delivery when the run was asked for; the run takes every pending one, oldest first. */
  payload: z.object({ deliveryId: z.string().regex(/^\d+$/) }),
  // Mentions need a Graph call: a rate limit or an outage backs off and retries for hours.
  maxAttempts: 12,
  // One run at a time, in arrival order: a comment's edit or removal is never applied before the comment.
  queue: () => 'meta.deliveries',
  handler: async (payload, deps: Pick<AppContext, 'db' | 'secrets' | 'channels' | 'config' | 'log'>) => {
    const result = await processPendingMetaDeliveries(deps);
    if (result.more) await enqueueMetaProcessing(deps.db, payload.deliveryId); // a fresh run goes on
  },
});

/**
 * Asks for a processing run. One job key: while a run is pending, a new delivery only joins it, so
 * a burst becomes a few batches instead of one job per delivery.
 */
export function enqueueMetaProcessing(db: Executor, deliveryId: string) {
  return enqueue(
    db,
    processMetaDeliveryJob,
    { deliveryId },
    { jobKey: 'meta:deliveries', jobKeyMode: 'preserve_run_at' },
  );
}
