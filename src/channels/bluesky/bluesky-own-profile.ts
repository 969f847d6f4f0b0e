/**
 * The connected account's own profile (connect, reconnect, "test", daily snapshot). The AppView
 * (app.bsky.actor.getProfile) has the counts; it learns of an account from the relay's firehose,
 * so for a brand-new account it can answer "Profile not found" for a while. The credentials are
 * fine then, so we take what the PDS itself holds (handle, and the profile record) instead of
 * refusing the connection.
 */
import { XRPCError, type Agent } from '@atproto/api';
import type { ChannelProfile } from '../channel.js';

export async function fetchOwnBlueskyProfile(agent: Agent, did: string): Promise<ChannelProfile> {
  try {
    const { data } = await agent.getProfile({ actor: did });
    return {
      platformId: data.did,
      handle: data.handle,
      displayName: data.displayName || data.handle,
      followers: data.followersCount ?? 0,
      following: data.followsCount ?? 0,
      posts: data.postsCount ?? 0,
      ...(data.description ? { bio: data.description } : {}),
      url: `https://bsky.app/profile/${data.handle}`,
      ...(data.avatar ? { avatarUrl: data.avatar } : {}),
      locked: false,
    };
  } catch (error) {
    if (!isNotIndexedYet(error)) throw error;
  }
  return profileFromPds(agent, did);
}

/** Only an unknown actor: a suspended or deactivated account must still fail. */
function isNotIndexedYet(error: unknown): boolean {
  return error instanceof XRPCError && error.status === 400 && /^Profile not found$/i.test(error.message);
}

async function profileFromPds(agent: Agent, did: string): Promise<ChannelProfile> {
  const { data: repo } = await agent.com.atproto.repo.describeRepo({ repo: did });
  const record: { displayName?: string; description?: string } = await agent.com.atproto.repo
    .getRecord({ repo: did, collection: 'app.bsky.actor.profile', rkey: 'self' })
    .then(
      (res) => res.data.value as { displayName?: string; description?: string },
      (error: unknown) => {
        // No profile record yet: the account has only a handle.
        if (
          error instanceof XRPCError &&
          (error.error === 'RecordNotFound' || /Could not locate record/.test(error.message))
        )
          return {};
        throw error;
      },
    );
  return {
    platformId: repo.did,
    handle: repo.handle,
    displayName: record.displayName || repo.handle,
    // Nobody has counted anything yet: a new account has no followers; following and posts stay unknown.
    followers: 0,
    ...(record.description ? { bio: record.description } : {}),
    url: `https://bsky.app/profile/${repo.handle}`,
    locked: false,
  };
}
