/**
 * Once a minute: free the jobs of worker processes that died (SIGKILL, OOM, a lost machine), so a
 * post whose worker died mid-call is sent again within about a minute instead of graphile's 4 hours.
 * The retry is safe: the outbound action id is the platform's idempotency key.
 */
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { defineJob } from '../../jobs/job.js';
import { unlockDeadWorkers } from '../../jobs/worker.js';

export const unlockDeadWorkersJob = defineJob({
  id: 'jobs:unlock-dead-workers', // crontab task names allow no dots,
  payload: z.object({}).passthrough(),
  maxAttempts: 1,
  handler: async (_payload, deps: Pick<AppContext, 'database'>) => {
    await unlockDeadWorkers(deps.database);
  },
});

export const UNLOCK_DEAD_WORKERS_CRONTAB = `* * * * * ${unlockDeadWorkersJob.id} ?max=1`;
