/**
 * The channel jobs. Polling is a self-rescheduling chain: every sync enqueues the next one under
 * the job key `sync:<channelId>`, so each channel has exactly one pending poll, and "sync now"
 * simply replaces it with one that runs at once.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import type { Executor } from '../db/database.js';
import { defineJob, enqueue } from '../jobs/job.js';
import { performAction } from './perform-action.js';
import { syncChannel } from './sync-channel.js';

type Deps = Pick<AppContext, 'db' | 'secrets' | 'channels' | 'config'>;

export const syncChannelJob = defineJob({
  id: 'channels.sync',
  payload: z.object({ workspaceId: z.uuid(), channelId: z.uuid() }),
  maxAttempts: 10,
  handler: async (payload, deps: Deps) => {
    const result = await syncChannel(deps, payload.channelId, { workspaceId: payload.workspaceId });
    if (result.nextInMs === null) return;
    // Keep an earlier pending run (a "sync now" that arrived meanwhile) rather than postponing it.
    await enqueueSync(deps.db, payload, { delayMs: result.nextInMs, keepEarlier: true });
  },
});

export const performActionJob = defineJob({
  id: 'channels.perform-action',
  payload: z.object({ workspaceId: z.uuid(), actionId: z.uuid() }),
  maxAttempts: 5,
  handler: async (payload, deps: Deps, ctx) => {
    await performAction(deps, payload.actionId, { attempt: ctx.attempt, maxAttempts: performActionJob.maxAttempts });
  },
});

export const syncJobKey = (channelId: string) => `sync:${channelId}`;

/** Schedules the channel's poll (replacing the pending one, unless `keepEarlier` and it is due sooner). */
export function enqueueSync(
  db: Executor,
  target: { workspaceId: string; channelId: string },
  options: { delayMs?: number; keepEarlier?: boolean } = {},
) {
  return enqueue(db, syncChannelJob, target, {
    jobKey: syncJobKey(target.channelId),
    jobKeyMode: options.keepEarlier ? 'preserve_run_at' : 'replace',
    runAt: new Date(Date.now() + (options.delayMs ?? 0)),
  });
}

export function enqueuePerformAction(
  db: Executor,
  target: { workspaceId: string; actionId: string },
  options: { runAt?: Date } = {},
) {
  return enqueue(db, performActionJob, target, options.runAt ? { runAt: options.runAt } : {});
}
