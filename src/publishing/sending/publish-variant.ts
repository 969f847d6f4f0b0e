/**
 * Publishing one variant at its due time. The pause holds it; a blackout window moves it to the
 * window's end (or holds it for re-approval, by setting); otherwise ONE transaction records the
 * outbound action already claimed (its id is the platform's idempotency key) and marks the variant
 * 'sending' before any platform call, then the same job makes the call (performClaimedAction,
 * exactly once by that key) and publishVariantCompleted follows it. One job and four transactions'
 * worth of round trips fewer than a queued action: the send path is short enough for 10,000 posts
 * due in one minute (bench/publishing.bench.ts). A worker killed mid-call leaves the variant
 * 'sending'; the job runs again (freed by unlockDeadWorkers) and reconciles through performAction.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../app/context.js';
import { SYSTEM_ACTOR, recordAudit } from '../../audit/record-audit.js';
import * as channelsRepo from '../../channels/channels.repository.js';
import {
  canCallNow,
  performAction,
  performClaimedAction,
  type ActionRow,
  type PerformDeps,
} from '../../channels/perform-action.js';
import type { Channel } from '../../db/schema.js';
import { livePayloads } from '../../live/live-events.js';
import { notify } from '../../notifications/notify.js';
import { listActiveWindowsForChannel } from '../blackouts/blackouts.repository.js';
import { blackoutAtIn, nextAllowedInstantIn, type ActiveBlackout } from '../blackouts/blackout-windows.js';
import { postChange, publishVariantCompleted, publishPostChange } from './publish-completion.js';
import { enqueuePublish } from './schedule-variant.js';
import * as repo from './sending.repository.js';

/** A send starting this close before a window would land inside it: treat it as inside. */
const WINDOW_GUARD_MS = 5_000;
const DEFAULT_APPROVERS = ['admin', 'manager'];

type Variant = NonNullable<Awaited<ReturnType<typeof repo.findVariantForSending>>>;

export interface SendAttempt {
  attempt: number;
  maxAttempts: number;
}

/** The job at the due time: decide, record, then call the network once. */
export async function publishVariant(
  deps: PerformDeps,
  variantId: string,
  job: SendAttempt = { attempt: 1, maxAttempts: 10 },
): Promise<void> {
  const send = await recordSend(deps, variantId);
  if (!send) return;
  // Recorded claimed by recordSend's statement: straight to the call. Else (a crashed run's action, a
  // throttled or disconnected channel) performAction decides, claims and calls.
  if (send.claimed) await performClaimedAction(deps, send.claimed.action, send.claimed.channel, job);
  else await performAction(deps, send.actionId, job);
}

export interface RecordedSend {
  actionId: string;
  /** Recorded claimed, on a channel that can be called now; null: go through performAction. */
  claimed: { action: ActionRow; channel: Channel } | null;
}

/**
 * Everything before the platform call: the pause, blackout windows, and the outbound action recorded
 * with the variant marked 'sending'. Returns the action to perform now (a fresh one, or the one of a
 * run that died before hearing the network's answer), or null when there is nothing to send.
 */
export async function recordSend(deps: Pick<AppContext, 'db'>, variantId: string): Promise<RecordedSend | null> {
  const variant = await repo.findVariantForSending(deps.db, variantId);
  if (!variant) return null; // deleted meanwhile
  if (variant.status === 'sending') {
    const actionId = await reconcile(deps, variant);
    return actionId ? { actionId, claimed: null } : null;
  }
  if (variant.status !== 'scheduled' || !variant.due_at) return null;
  const now = new Date();
  if (variant.due_at.getTime() > now.getTime() + 1000) {
    // Ran early (a replaced job raced the new one): wait for the due time.
    await enqueuePublish(deps.db, { id: variant.id, workspace_id: variant.workspace_id, due_at: variant.due_at });
    return null;
  }
  if (variant.paused_at) {
    await hold(deps, variant, `Publishing is paused: ${variant.pause_reason ?? 'no reason given'}`);
    return null;
  }
  const [windows, channel] = await Promise.all([
    listActiveWindowsForChannel(deps.db, variant.workspace_id, variant.channel_id),
    channelsRepo.findChannelById(deps.db, variant.channel_id),
  ]);
  const blackout =
    blackoutAtIn(windows, variant.channel_id, now) ??
    blackoutAtIn(windows, variant.channel_id, new Date(now.getTime() + WINDOW_GUARD_MS));
  if (blackout) {
    if (variant.blackout_policy === 'await_reapproval') await awaitReapproval(deps, variant, blackout);
    else
      await moveOutOfWindow(
        deps,
        variant,
        nextAllowedInstantIn(windows, variant.channel_id, new Date(now.getTime() + WINDOW_GUARD_MS)),
      );
    return null;
  }
  const actionId = randomUUID(); // chosen here so the variant can point at it in the same statement
  const media = Array.isArray(variant.media) ? variant.media : [];
  const recorded = await repo.startSending(deps.db, {
    actionId,
    variantId: variant.id,
    workspaceId: variant.workspace_id,
    channelId: variant.channel_id,
    body: variant.text,
    params: media.length ? { media } : {},
    createdBy: variant.author_id,
    livePayloads: livePayloads([
      {
        workspaceId: variant.workspace_id,
        type: 'outbound_action.updated',
        subjectId: actionId,
        data: { channelId: variant.channel_id, status: 'sending' },
      },
      postChange(variant.workspace_id, variant.post_id),
    ]),
  });
  // Unscheduled or handled by another run meanwhile: nothing was recorded.
  if (!recorded) return null;
  // No audit entry here: the action row is the record before the call, and the outcome's entry
  // (publishVariantCompleted) names it. One entry per send keeps the audit chain off the hot path.
  const { notified: _notified, ...action } = recorded;
  return { actionId, claimed: canCallNow(channel) ? { action, channel } : null };
}

/**
 * A run that died after recording the action: a finished action completes the variant; an unfinished
 * one is performed again (same idempotency key), unless the network asked to wait (rate limit) and
 * a perform-action job already holds it until then.
 */
async function reconcile(deps: Pick<AppContext, 'db'>, variant: Variant): Promise<string | null> {
  if (!variant.outbound_action_id) return null;
  const action = await repo.findOutboundAction(deps.db, variant.outbound_action_id);
  if (!action) return null;
  if (action.status === 'queued' || action.status === 'sending') {
    const deferred = action.next_attempt_at && action.next_attempt_at.getTime() > Date.now();
    return deferred ? null : action.id;
  }
  if (action.status !== 'sent' && action.status !== 'failed') return null;
  await deps.db
    .transaction()
    .execute((trx) =>
      publishVariantCompleted(
        trx,
        action.id,
        action.status === 'sent'
          ? { status: 'sent', platformId: action.platform_id ?? '' }
          : { status: 'failed', error: action.error ?? 'Failed' },
      ),
    );
  return null;
}

async function hold(deps: Pick<AppContext, 'db'>, variant: Variant, reason: string) {
  await deps.db.transaction().execute(async (trx) => {
    const held = await repo.updateVariantFrom(trx, variant.id, ['scheduled'], { status: 'held', held_reason: reason });
    if (!held) return;
    await recordAudit(trx, {
      workspaceId: variant.workspace_id,
      actor: SYSTEM_ACTOR,
      action: 'publishing.variant_held',
      subject: { type: 'post', id: variant.post_id },
      data: { variantId: variant.id, reason },
    });
    await publishPostChange(trx, variant.workspace_id, variant.post_id);
  });
}

async function moveOutOfWindow(
  deps: Pick<AppContext, 'db'>,
  variant: Variant,
  next: { at: Date; movedBy: ActiveBlackout[] },
) {
  const last = next.movedBy.at(-1);
  const reason = `Moved to ${next.at.toISOString()} because of the blackout window "${last?.title ?? 'blackout'}"${
    last?.reason ? ` (${last.reason})` : ''
  }.`;
  await deps.db.transaction().execute(async (trx) => {
    const moved = await repo.updateVariantFrom(trx, variant.id, ['scheduled'], {
      due_at: next.at,
      held_reason: reason,
    });
    if (!moved) return;
    await enqueuePublish(trx, { id: variant.id, workspace_id: variant.workspace_id, due_at: next.at });
    await recordAudit(trx, {
      workspaceId: variant.workspace_id,
      actor: SYSTEM_ACTOR,
      action: 'publishing.variant_moved',
      subject: { type: 'post', id: variant.post_id },
      data: { variantId: variant.id, dueAt: next.at.toISOString(), windows: next.movedBy.map((w) => w.windowId) },
    });
    await publishPostChange(trx, variant.workspace_id, variant.post_id);
  });
}

async function awaitReapproval(deps: Pick<AppContext, 'db'>, variant: Variant, blackout: ActiveBlackout) {
  const reason = `Held inside the blackout window "${blackout.title}"${blackout.reason ? ` (${blackout.reason})` : ''}; approve it again to publish.`;
  await deps.db.transaction().execute(async (trx) => {
    const held = await repo.updateVariantFrom(trx, variant.id, ['scheduled'], { status: 'held', held_reason: reason });
    if (!held) return;
    await repo.setPostStatus(trx, variant.post_id, 'in_review');
    const approvers = await repo.usersWithRoles(trx, variant.workspace_id, variant.approver_roles ?? DEFAULT_APPROVERS);
    await notify(trx, {
      workspaceId: variant.workspace_id,
      userIds: approvers.map((a) => a.user_id),
      kind: 'publishing.held',
      data: {
        postId: variant.post_id,
        title: variant.title,
        reason,
        link: `/w/${variant.workspace_id}/publishing/posts/${variant.post_id}`,
      },
    });
    await recordAudit(trx, {
      workspaceId: variant.workspace_id,
      actor: SYSTEM_ACTOR,
      action: 'publishing.variant_held',
      subject: { type: 'post', id: variant.post_id },
      data: { variantId: variant.id, reason, windowId: blackout.windowId },
    });
    await publishPostChange(trx, variant.workspace_id, variant.post_id);
  });
}
