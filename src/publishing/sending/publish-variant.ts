/**
 * Publishing one variant at its due time. The pause holds it; a blackout window moves it to the
 * window's end (or holds it for re-approval, by setting); otherwise ONE transaction records the
 * outbound action (its id is the platform's idempotency key) and marks the variant 'sending' before
 * any platform call. perform-action then sends it exactly once and calls publishVariantCompleted.
 */
import type { AppContext } from '../../app/context.js';
import { SYSTEM_ACTOR, recordAudit } from '../../audit/record-audit.js';
import { queueOutboundAction } from '../../channels/request-action.js';
import { notify } from '../../notifications/notify.js';
import { blackoutAt, nextAllowedInstant, type ActiveBlackout } from '../blackouts/blackout-windows.js';
import { publishVariantCompleted, publishPostChange } from './publish-completion.js';
import { enqueuePublish } from './schedule-variant.js';
import * as repo from './sending.repository.js';

/** A send starting this close before a window would land inside it: treat it as inside. */
const WINDOW_GUARD_MS = 5_000;
const DEFAULT_APPROVERS = ['admin', 'manager'];

type Variant = NonNullable<Awaited<ReturnType<typeof repo.findVariantForSending>>>;

export async function publishVariant(deps: Pick<AppContext, 'db'>, variantId: string): Promise<void> {
  const variant = await repo.findVariantForSending(deps.db, variantId);
  if (!variant) return; // deleted meanwhile
  if (variant.status === 'sending') return reconcile(deps, variant);
  if (variant.status !== 'scheduled' || !variant.due_at) return;
  const now = new Date();
  if (variant.due_at.getTime() > now.getTime() + 1000) {
    // Ran early (a replaced job raced the new one): wait for the due time.
    await enqueuePublish(deps.db, { id: variant.id, workspace_id: variant.workspace_id, due_at: variant.due_at });
    return;
  }
  if (variant.paused_at) {
    await hold(deps, variant, `Publishing is paused: ${variant.pause_reason ?? 'no reason given'}`);
    return;
  }
  const blackout =
    (await blackoutAt(deps.db, variant.workspace_id, variant.channel_id, now)) ??
    (await blackoutAt(deps.db, variant.workspace_id, variant.channel_id, new Date(now.getTime() + WINDOW_GUARD_MS)));
  if (blackout) {
    if (variant.blackout_policy === 'await_reapproval') await awaitReapproval(deps, variant, blackout);
    else await moveOutOfWindow(deps, variant, now);
    return;
  }
  await deps.db
    .transaction()
    .execute(async (trx) => {
      const media = Array.isArray(variant.media) ? variant.media : [];
      const action = await queueOutboundAction(trx, {
        workspaceId: variant.workspace_id,
        channelId: variant.channel_id,
        kind: 'publish',
        targetPlatformId: null,
        body: variant.text,
        params: media.length ? { media } : {},
        createdBy: variant.author_id,
      });
      const sending = await repo.updateVariantFrom(trx, variant.id, ['scheduled'], {
        status: 'sending',
        outbound_action_id: action.id,
        held_reason: null,
      });
      // Unscheduled or handled by another run meanwhile: roll the action back with the transaction.
      if (!sending) throw new SkipSend();
      await recordAudit(trx, {
        workspaceId: variant.workspace_id,
        actor: SYSTEM_ACTOR,
        action: 'publishing.variant_sending',
        subject: { type: 'post', id: variant.post_id },
        data: { variantId: variant.id, channelId: variant.channel_id, outboundActionId: action.id },
      });
      await publishPostChange(trx, variant.workspace_id, variant.post_id);
    })
    .catch((error: unknown) => {
      if (!(error instanceof SkipSend)) throw error;
    });
}

class SkipSend extends Error {}

/** A crash after the action was recorded: a finished action completes the variant; a pending one is perform-action's. */
async function reconcile(deps: Pick<AppContext, 'db'>, variant: Variant) {
  if (!variant.outbound_action_id) return;
  const action = await repo.findOutboundAction(deps.db, variant.outbound_action_id);
  if (!action || (action.status !== 'sent' && action.status !== 'failed')) return;
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

async function moveOutOfWindow(deps: Pick<AppContext, 'db'>, variant: Variant, now: Date) {
  const guarded = new Date(now.getTime() + WINDOW_GUARD_MS);
  const next = await nextAllowedInstant(deps.db, variant.workspace_id, variant.channel_id, guarded);
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
