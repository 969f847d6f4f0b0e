/** The approval workflow and rescheduling: one transaction each, with the audit entry and the send jobs. */
import type { AppContext } from '../../app/context.js';
import { recordAudit, type AuditActor } from '../../audit/record-audit.js';
import type { Post } from '../../db/schema-publishing.js';
import { AppError, conflict, notFound } from '../../http/errors.js';
import { findSettings } from '../settings/settings.repository.js';
import { transitionRefusal, type Viewer } from './post-workflow.js';
import * as repo from './posts.repository.js';
import type { TransitionTarget } from './posts.schema.js';
import { notifyApprovers, schedulePost, unschedulePost } from './schedule-post.js';
import { postChanged } from './manage-posts.js';

type Deps = Pick<AppContext, 'db' | 'channels'>;
interface Workspace {
  id: string;
  timeZone: string;
}

export async function transitionPost(
  deps: Deps,
  workspace: Workspace,
  postId: string,
  input: { to: TransitionTarget; comment?: string },
  actor: AuditActor,
  viewer: Viewer,
): Promise<{ post: Post; notice?: string }> {
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, workspace.id, postId);
    if (!post) throw notFound('The post');
    const settings = await findSettings(trx, workspace.id);
    const refusal = transitionRefusal(post, input.to, viewer, settings);
    if (refusal) throw new AppError(refusal.status, refusal.status === 403 ? 'forbidden' : 'conflict', refusal.message);

    const notices: string[] = [];
    if (post.status === 'scheduled') await unschedulePost(trx, post.id);
    if (input.to === 'scheduled') {
      notices.push(...(await schedulePost(deps, trx, post, workspace, settings)).notices);
    } else if (input.to === 'approved' && post.status === 'in_review') {
      await repo.updatePost(trx, post.id, { status: 'approved', approvedBy: actor.id, approvedAt: new Date() });
      // Whatever held it for re-approval is answered by this approval.
      for (const v of await repo.listVariants(trx, [post.id]))
        await repo.setVariantState(trx, v.id, { heldReason: null });
    } else if (input.to === 'approved') {
      await repo.updatePost(trx, post.id, { status: 'approved' }); // scheduled → approved: unscheduled above
    } else if (input.to === 'in_review') {
      await repo.updatePost(trx, post.id, { status: 'in_review' });
      await notifyApprovers(trx, post, settings, 'post.review_requested', null);
    } else {
      if (post.status === 'failed') await unschedulePost(trx, post.id);
      await repo.updatePost(trx, post.id, { status: 'draft', approvedBy: null, approvedAt: null });
    }
    if (input.comment) await repo.insertComment(trx, post.id, actor.id, input.comment);
    const updated = (await repo.findPost(trx, workspace.id, post.id))!;
    await recordAudit(trx, {
      workspaceId: workspace.id,
      actor,
      action: 'post.transitioned',
      subject: { type: 'post', id: post.id },
      data: { from: post.status, to: updated.status, requested: input.to, ...(notices.length ? { notices } : {}) },
    });
    await postChanged(trx, updated);
    return { post: updated, notice: notices.join(' ') || undefined };
  });
}

/** Drag on the calendar: a scheduled post is scheduled again at the new time; others just get the time. */
export async function reschedulePost(
  deps: Deps,
  workspace: Workspace,
  postId: string,
  scheduledAt: Date,
  actor: AuditActor,
  viewer: Viewer,
): Promise<{ post: Post; notice?: string }> {
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, workspace.id, postId);
    if (!post) throw notFound('The post');
    if (post.status === 'published' || post.status === 'failed')
      throw conflict(`A ${post.status} post cannot be moved on the calendar.`);
    const settings = await findSettings(trx, workspace.id);
    let notices: string[] = [];
    const withTime = await repo.updatePost(trx, post.id, { scheduledAt });
    if (post.status === 'scheduled') {
      const refusal = transitionRefusal({ ...post, status: 'approved' }, 'scheduled', viewer, settings);
      if (refusal) throw new AppError(refusal.status, 'forbidden', refusal.message);
      await unschedulePost(trx, post.id);
      notices = (await schedulePost(deps, trx, withTime, workspace, settings)).notices;
    }
    const updated = (await repo.findPost(trx, workspace.id, post.id))!;
    await recordAudit(trx, {
      workspaceId: workspace.id,
      actor,
      action: 'post.rescheduled',
      subject: { type: 'post', id: post.id },
      data: { from: post.scheduled_at?.toISOString() ?? null, to: scheduledAt.toISOString(), status: updated.status },
    });
    await postChanged(trx, updated);
    return { post: updated, notice: notices.join(' ') || undefined };
  });
}
