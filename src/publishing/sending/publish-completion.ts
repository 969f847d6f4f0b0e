/**
 * A variant follows the outbound action that publishes it: called by channels/perform-action.ts
 * inside the action's own transactions (like replyCompleted), so the variant, its post, the audit log
 * and the people told about a failure never disagree with what the network did. Returns whether the
 * action was a variant's (its outcome is then audited here, as the post's).
 */
import { SYSTEM_ACTOR, recordAudit } from '../../audit/record-audit.js';
import type { Executor } from '../../db/database.js';
import { publishLive, type LiveEvent } from '../../live/live-events.js';
import { notify } from '../../notifications/notify.js';
import * as repo from './sending.repository.js';

export async function publishVariantCompleted(
  trx: Executor,
  actionId: string,
  outcome: { status: 'sent'; platformId: string; url?: string | null } | { status: 'failed'; error: string },
  /** The caller's live events, published with the post's when this was a variant's action. */
  withEvents: LiveEvent[] = [],
): Promise<boolean> {
  const variant = await repo.completeVariantOfAction(
    trx,
    actionId,
    outcome.status === 'sent'
      ? {
          status: 'published',
          platform_id: outcome.platformId,
          url: outcome.url ?? null,
          published_at: new Date(),
          error: null,
        }
      : { status: 'failed', error: outcome.error },
  );
  if (!variant) return false; // not a post of ours, or completed already
  // failed if one variant failed, published when all are, else as it was: one statement.
  const post = await repo.settlePostStatus(trx, variant.post_id);

  if (outcome.status === 'failed' && post) {
    const userIds = [post.author_id, post.approved_by].filter((id): id is string => !!id);
    await notify(trx, {
      workspaceId: variant.workspace_id,
      userIds,
      kind: 'publishing.failed',
      data: {
        postId: post.id,
        title: post.title,
        channelId: variant.channel_id,
        reason: outcome.error,
        link: `/w/${variant.workspace_id}/publishing/posts/${post.id}`,
      },
    });
  }
  await publishLive(trx, [...withEvents, postChange(variant.workspace_id, variant.post_id)]);
  // The entry joins the audit chain at commit (a deferred trigger); last by habit, not by need.
  await recordAudit(trx, {
    workspaceId: variant.workspace_id,
    actor: SYSTEM_ACTOR,
    action: outcome.status === 'sent' ? 'publishing.variant_published' : 'publishing.variant_failed',
    subject: { type: 'post', id: variant.post_id },
    data: {
      variantId: variant.id,
      channelId: variant.channel_id,
      outboundActionId: actionId,
      ...(outcome.status === 'sent' ? { platformId: outcome.platformId } : { error: outcome.error }),
    },
  });
  return true;
}

/** A retryable failure: still sending, with the last error visible on the variant. */
export async function publishVariantRetrying(trx: Executor, actionId: string, error: string): Promise<void> {
  const variant = await repo.findVariantByAction(trx, actionId);
  if (!variant || variant.status !== 'sending') return;
  await repo.updateVariantFrom(trx, variant.id, ['sending'], { error });
  await publishPostChange(trx, variant.workspace_id, variant.post_id);
}

export const postChange = (workspaceId: string, postId: string): LiveEvent => ({
  workspaceId,
  type: 'post.updated',
  subjectId: postId,
  data: {},
});

export async function publishPostChange(trx: Executor, workspaceId: string, postId: string) {
  await publishLive(trx, postChange(workspaceId, postId));
}
