/**
 * The sandbox network's traffic generator: a self-rescheduling job per channel (job key
 * `sandbox:<channelId>`, every few seconds) that appends the events due since its last run and asks
 * for a sync right away, so new items show on the desk within seconds.
 */
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import type { Executor } from '../../db/database.js';
import { defineJob, enqueue } from '../../jobs/job.js';
import { enqueueSync } from '../channel.jobs.js';
import { generateForElapsedTime } from './sandbox-network.js';

export const SANDBOX_GENERATE_EVERY_MS = 5_000;

export const sandboxGenerateJob = defineJob({
  id: 'sandbox.generate',
  payload: z.object({ workspaceId: z.uuid(), channelId: z.uuid() }),
  maxAttempts: 5,
  handler: async (payload, deps: Pick<AppContext, 'db' | 'config'>) => {
    await deps.db.transaction().execute(async (trx) => {
      const result = await generateForElapsedTime(trx, payload.channelId, {
        defaultRatePerMinute: deps.config.sandboxRatePerMinute,
      });
      if (!result.active) return; // rate 0 or channel gone: changing the settings starts it again
      if (result.appended > 0) await enqueueSync(trx, payload);
      await enqueueSandboxGenerator(trx, payload, SANDBOX_GENERATE_EVERY_MS);
    });
  },
});

export const sandboxJobKey = (channelId: string) => `sandbox:${channelId}`;

/** Schedules the channel's next generator run (replacing the pending one, unless `keepEarlier`). */
export function enqueueSandboxGenerator(
  db: Executor,
  target: { workspaceId: string; channelId: string },
  delayMs = 0,
  keepEarlier = false,
) {
  return enqueue(db, sandboxGenerateJob, target, {
    jobKey: sandboxJobKey(target.channelId),
    jobKeyMode: keepEarlier ? 'preserve_run_at' : 'replace',
    runAt: new Date(Date.now() + delayMs),
  });
}
