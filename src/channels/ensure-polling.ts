/**
 * The safety net under the self-rescheduling job chains. A chain breaks when a worker is killed
 * mid-job (graphile-worker keeps such a job locked for hours) or a job exhausts its attempts; a
 * sandbox generator also stops at rate 0. Once a minute every connected channel gets its pending
 * poll (and generator run) back — a pending one keeps its time, a stuck one is replaced.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { defineJob } from '../jobs/job.js';
import { enqueueSync } from './channel.jobs.js';
import * as repo from './channels.repository.js';
import { enqueueSandboxGenerator } from './sandbox/sandbox.jobs.js';

export async function ensurePolling(deps: Pick<AppContext, 'db' | 'channels'>): Promise<number> {
  const channels = await repo.listConnectedChannels(deps.db);
  const known = new Set<string>(deps.channels.kinds());
  let scheduled = 0;
  for (const channel of channels) {
    if (!known.has(channel.kind)) continue;
    const target = { workspaceId: channel.workspace_id, channelId: channel.id };
    await deps.db.transaction().execute(async (trx) => {
      await enqueueSync(trx, target, { keepEarlier: true });
      if (channel.kind === 'sandbox') await enqueueSandboxGenerator(trx, target, 0, true);
    });
    scheduled++;
  }
  return scheduled;
}

export const ensurePollingJob = defineJob({
  id: 'channels:ensure-polling', // crontab task names allow no dots
  payload: z.object({}),
  maxAttempts: 1, // the next minute tries again
  handler: async (_payload, deps: Pick<AppContext, 'db' | 'channels'>) => {
    await ensurePolling(deps);
  },
});

/** graphile-worker crontab line: every minute, at most one run (no backfill after downtime). */
export const ENSURE_POLLING_CRONTAB = `* * * * * ${ensurePollingJob.id} ?max=1`;
