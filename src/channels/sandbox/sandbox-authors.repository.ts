/** The sandbox network's view of its users: what its feed holds about an author. */
import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';

/** The author's latest handle and name on this channel's feed, their post count and first post time. */
export async function findFeedAuthor(db: Executor, channelId: string, authorPlatformId: string) {
  const { rows } = await sql<{ handle: string; name: string | null; posts: string; first_at: string | null }>`
    SELECT (array_agg(payload -> 'author' ->> 'handle' ORDER BY seq DESC))[1] AS handle,
           (array_agg(payload -> 'author' ->> 'name' ORDER BY seq DESC))[1] AS name,
           count(*) AS posts,
           min(payload ->> 'occurredAt') AS first_at
      FROM sandbox_feed
     WHERE channel_id = ${channelId} AND payload -> 'author' ->> 'platformId' = ${authorPlatformId}
    HAVING count(*) > 0`.execute(db);
  return rows[0] ?? null;
}
