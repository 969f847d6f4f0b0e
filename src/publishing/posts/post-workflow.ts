/**
 * Who may move a post from one status to another. Pure: the use cases and the presenter
 * (allowedTransitions, so the UI shows only buttons that will work) ask the same function.
 */
import type { Post, PostStatus } from '../../db/schema-publishing.js';
import type { PublishingSettingsValues } from '../settings/settings.repository.js';
import type { TransitionTarget } from './posts.schema.js';

export const POST_WRITERS = ['admin', 'manager', 'responder'] as const;
/** Everyone who may read the calendar; approver roles are checked per request against the settings. */
export const CALENDAR_READERS = ['admin', 'manager', 'responder', 'reviewer'] as const;

export interface Viewer {
  userId: string | null;
  roles: readonly string[];
}

const isWriter = (viewer: Viewer) => viewer.roles.some((r) => (POST_WRITERS as readonly string[]).includes(r));
const isApprover = (viewer: Viewer, settings: PublishingSettingsValues) =>
  viewer.roles.some((r) => settings.approverRoles.includes(r));

/** Why the viewer may not make this transition, or null when they may. */
export function transitionRefusal(
  post: Pick<Post, 'status' | 'author_id'>,
  to: TransitionTarget,
  viewer: Viewer,
  settings: PublishingSettingsValues,
): { status: 403 | 409; message: string } | null {
  const from: PostStatus = post.status;
  const approverList = settings.approverRoles.join(', ') || 'nobody';
  const needWriter = () =>
    isWriter(viewer) ? null : { status: 403 as const, message: 'Only admins, managers and responders write posts.' };
  const needApprover = () =>
    isApprover(viewer, settings)
      ? null
      : { status: 403 as const, message: `Only these roles may approve posts in this workspace: ${approverList}.` };
  const wrong = () => ({
    status: 409 as const,
    message: `A post that is ${from.replace('_', ' ')} cannot go to ${to.replace('_', ' ')}.`,
  });

  if (from === 'draft' && to === 'in_review') return needWriter();
  if (from === 'draft' && to === 'scheduled') {
    if (settings.requireApproval)
      return { status: 409, message: 'Posts need an approval in this workspace: submit it for review first.' };
    return needWriter();
  }
  if (from === 'in_review' && to === 'approved') {
    const refusal = needApprover();
    if (refusal) return refusal;
    if (settings.requireApproval && post.author_id !== null && post.author_id === viewer.userId)
      return { status: 403, message: 'Another approver must approve this post: you wrote it.' };
    return null;
  }
  if (from === 'in_review' && to === 'draft') {
    if (post.author_id !== null && post.author_id === viewer.userId) return needWriter();
    return needApprover();
  }
  if (from === 'approved' && to === 'scheduled') return isApprover(viewer, settings) ? null : needWriter();
  if (from === 'approved' && to === 'draft') return needWriter();
  if (from === 'scheduled' && (to === 'approved' || to === 'draft'))
    return isApprover(viewer, settings) ? null : needWriter();
  if (from === 'failed' && to === 'draft') return needWriter();
  return wrong();
}

export function allowedTransitions(
  post: Pick<Post, 'status' | 'author_id'>,
  viewer: Viewer,
  settings: PublishingSettingsValues,
): TransitionTarget[] {
  const targets: TransitionTarget[] = ['in_review', 'approved', 'scheduled', 'draft'];
  return targets.filter((to) => transitionRefusal(post, to, viewer, settings) === null);
}
