/** A sandbox author's public profile, made up from the feed with deterministic follower counts. */
import type { AuthorProfile } from '../channel.js';
import { ChannelError } from '../channel.js';
import type { Executor } from '../../db/database.js';
import { findFeedAuthor } from './sandbox-authors.repository.js';
import { seedFrom } from './sandbox-traffic.js';

export async function sandboxAuthorProfile(
  db: Executor,
  channelId: string,
  authorPlatformId: string,
): Promise<AuthorProfile> {
  const author = await findFeedAuthor(db, channelId, authorPlatformId);
  if (!author) throw new ChannelError(`The sandbox network has no user ${authorPlatformId}.`, false);
  const seed = seedFrom(authorPlatformId);
  return {
    platformId: authorPlatformId,
    handle: author.handle,
    ...(author.name ? { displayName: author.name } : {}),
    followers: 10 + (seed % 4_990),
    following: 5 + (seed % 733),
    posts: Number(author.posts),
    ...(author.first_at ? { createdAt: author.first_at } : {}),
    raw: { platformId: authorPlatformId, handle: author.handle, name: author.name, posts: Number(author.posts) },
  };
}
