/** Someone's public Mastodon profile as the instance shows it now (evidence: the author as it was). */
import type { AuthorProfile } from '../channel.js';
import { htmlToText } from './html-to-text.js';
import type { MastodonSession } from './mastodon-client.js';

export async function fetchMastodonAuthor(s: MastodonSession, authorPlatformId: string): Promise<AuthorProfile> {
  const a = await s.call("read the author's profile", () =>
    s.client.v1.accounts.$select(authorPlatformId).fetch.$raw(),
  );
  return {
    platformId: a.id,
    handle: a.acct,
    displayName: a.displayName || a.username,
    bio: htmlToText(a.note),
    url: a.url ?? undefined,
    avatarUrl: a.avatar,
    followers: a.followersCount,
    following: a.followingCount,
    posts: a.statusesCount,
    createdAt: a.createdAt,
    raw: a,
  };
}
