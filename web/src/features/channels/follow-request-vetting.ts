/** Hints that help a team vet a follow request before authorising it. */
import type { FollowRequest } from './channels.types';

/** Never posted yet follows more than this many: the usual shape of a spam or bot account. */
export const SUSPICIOUS_FOLLOWING = 1000;

export function looksLikeSpam(r: Pick<FollowRequest, 'posts' | 'following'>): boolean {
  return r.posts === 0 && typeof r.following === 'number' && r.following > SUSPICIOUS_FOLLOWING;
}
