/** The daily retention purge. Crontab task names allow no dots, hence 'privacy:purge-retention'. */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { defineJob } from '../jobs/job.js';
import { purgeRetention } from './purge-retention.js';

export const purgeRetentionJob = defineJob({
  id: 'privacy:purge-retention',
  payload: z.object({}),
  maxAttempts: 3,
  handler: async (_payload, deps: Pick<AppContext, 'db' | 'log'>) => {
    const results = (await purgeRetention(deps)).filter((r) => r.purgedItems + r.heldItems > 0);
    if (results.length > 0) deps.log.info({ results }, 'retention purge done');
  },
});

/** Every day at 03:17 UTC (a quiet hour), at most one run. */
export const PURGE_RETENTION_CRONTAB = `17 3 * * * ${purgeRetentionJob.id} ?max=1`;
