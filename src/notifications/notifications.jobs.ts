/** The signed webhook delivery job. graphile-worker backs off exponentially between attempts (≈ e^n s). */
import { z } from 'zod';
import { defineJob } from '../jobs/job.js';
import { deliverWebhook, type DeliverDeps } from './deliver-webhook.js';

export const deliverWebhookJob = defineJob({
  id: 'notifications.deliver-webhook',
  payload: z.object({ workspaceId: z.uuid(), deliveryId: z.uuid() }),
  maxAttempts: 8, // ≈ 20 minutes of retries in all
  handler: async (payload, deps: DeliverDeps, ctx) => {
    await deliverWebhook(deps, payload.deliveryId, {
      attempt: ctx.attempt,
      maxAttempts: deliverWebhookJob.maxAttempts,
    });
  },
});
