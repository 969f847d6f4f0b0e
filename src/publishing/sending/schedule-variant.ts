/**
 * Putting a variant in (and out of) the send queue. Each variant has at most one pending job, under
 * the key `publish:<variantId>`: scheduling again replaces it, unscheduling removes it. All of these
 * run inside the caller's transaction, so a rolled-back change leaves no job behind.
 */
import type { Executor } from '../../db/database.js';
import { enqueue } from '../../jobs/job.js';
import { publishVariantJob } from './publish-variant.job.js';
import * as repo from './sending.repository.js';

/** Status scheduled + due_at, and the job at due_at (replacing a pending one of the same variant). */
export async function scheduleVariant(
  trx: Executor,
  variant: { id: string; workspace_id: string; due_at: Date },
): Promise<void> {
  await repo.setVariantScheduled(trx, variant.id, variant.due_at);
  await enqueuePublish(trx, variant);
}

export async function enqueuePublish(trx: Executor, variant: { id: string; workspace_id: string; due_at: Date }) {
  await enqueue(
    trx,
    publishVariantJob,
    { workspaceId: variant.workspace_id, variantId: variant.id },
    { jobKey: repo.publishJobKey(variant.id), jobKeyMode: 'replace', runAt: variant.due_at },
  );
}

/** Removes the pending job; the variant goes back to pending (a variant already sending is not stopped). */
export async function unscheduleVariant(trx: Executor, variantId: string): Promise<void> {
  await repo.removePublishJob(trx, variantId);
  await repo.setVariantPending(trx, variantId);
}

/** After the pause: every variant it held is scheduled again, at once if its time has passed. Returns how many. */
export async function resumePublishing(trx: Executor, workspaceId: string): Promise<number> {
  const held = await repo.listPauseHeldVariants(trx, workspaceId);
  const now = Date.now();
  for (const variant of held) {
    const dueAt = new Date(Math.max(now, variant.due_at?.getTime() ?? now));
    await repo.updateVariantFrom(trx, variant.id, ['held'], { status: 'scheduled', held_reason: null });
    await enqueuePublish(trx, { id: variant.id, workspace_id: variant.workspace_id, due_at: dueAt });
  }
  return held.length;
}
