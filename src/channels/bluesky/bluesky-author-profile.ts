/** Someone's public Bluesky profile (app.bsky.actor.getProfile) as the network shows it now. */
import type { Agent } from '@atproto/api';
import type { AuthorProfile } from '../channel.js';

export async function fetchBlueskyAuthor(agent: Agent, authorPlatformId: string): Promise<AuthorProfile> {
  const { data } = await agent.getProfile({ actor: authorPlatformId });
  return {
    platformId: data.did,
    handle: data.handle,
    displayName: data.displayName || data.handle,
    ...(data.description ? { bio: data.description } : {}),
    url: `https://bsky.app/profile/${data.handle}`,
    ...(data.avatar ? { avatarUrl: data.avatar } : {}),
    followers: data.followersCount ?? 0,
    following: data.followsCount ?? 0,
    posts: data.postsCount ?? 0,
    ...(data.createdAt ? { createdAt: data.createdAt } : {}),
    raw: data,
  };
}
