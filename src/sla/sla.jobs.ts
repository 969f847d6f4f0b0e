/** The once-a-minute SLA watcher. Crontab task names allow no dots, hence 'sla:watch'. */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { defineJob } from '../jobs/job.js';
import { watchSla } from './sla-watch.js';

export const slaWatchJob = defineJob({
  id: 'sla:watch',
  payload: z.object({}),
  maxAttempts: 1, // the next minute tries again
  handler: async (_payload, deps: Pick<AppContext, 'db' | 'log'>) => {
    const result = await watchSla(deps);
    if (result.warnings + result.breaches > 0) deps.log.info(result, 'SLA warnings and breaches recorded');
  },
});

/** graphile-worker crontab line: every minute, at most one run (no backfill after downtime). */
export const SLA_WATCH_CRONTAB = `* * * * * ${slaWatchJob.id} ?max=1`;
