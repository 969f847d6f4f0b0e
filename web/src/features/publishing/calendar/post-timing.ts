/**
 * When a post shows on the calendar: the moment its variants are really due (or went out), which
 * differs from the planned time when a blackout window moved it — the calendar shows the real one.
 */
import type { PostJson, PostStatus } from '../posts.types';

export interface PostTiming {
  at: string | null;
  /** The planned time, when a blackout (or another hold) moved the post away from it. */
  plannedAt: string | null;
  heldReason: string | null;
}

export function postTiming(post: Pick<PostJson, 'scheduledAt' | 'variants'>): PostTiming {
  const times = post.variants
    .map((v) => v.publishedAt ?? v.dueAt)
    .filter((t): t is string => !!t)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const at = times[0] ?? post.scheduledAt;
  const heldReason = post.variants.find((v) => v.heldReason)?.heldReason ?? null;
  const moved = !!post.scheduledAt && !!at && Date.parse(at) !== Date.parse(post.scheduledAt);
  return { at, plannedAt: moved ? post.scheduledAt : null, heldReason };
}

/** Only posts not yet out (or refused) can be dragged to another time. */
export function canReschedule(status: PostStatus): boolean {
  return status === 'draft' || status === 'in_review' || status === 'approved' || status === 'scheduled';
}

export const STATUS_COLOURS: Record<PostStatus, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'blue',
  scheduled: 'teal',
  published: 'green',
  failed: 'red',
};

/** A held variant (paused, or waiting out a window) shows orange whatever the post's status. */
export function chipColour(post: Pick<PostJson, 'status' | 'variants'>): string {
  return post.variants.some((v) => v.status === 'held') ? 'orange' : STATUS_COLOURS[post.status];
}
