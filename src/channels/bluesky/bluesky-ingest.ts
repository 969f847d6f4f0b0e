/**
 * Polling Bluesky: app.bsky.notification.listNotifications pages newest first, so we page back from
 * the top to the stored high-water mark (minus an overlap window, see IngestCursor) and hand the new
 * replies, mentions and quotes over oldest first. After downtime the same walk covers everything
 * that came in meanwhile: no gaps, and the cursor's seen-list keeps out duplicates.
 */
import type { Agent, AppBskyFeedDefs } from '@atproto/api';
import type { FetchResult, ThreadContext } from '../channel.js';
import {
  contextUriOf,
  decodeCursor,
  encodeCursor,
  INBOX_REASONS,
  type Notification,
  pagingFloor,
  selectNew,
  toInboundEvent,
  toThreadContext,
} from './bluesky-map.js';

const PAGE_SIZE = 100; // the AppView's maximum
/** 20 000 notifications back; beyond that (months of downtime) the oldest are not fetched. */
const MAX_PAGES = 200;
const GET_POSTS_MAX = 25;

export async function fetchNotifications(agent: Agent, rawCursor: string | null, limit: number): Promise<FetchResult> {
  const cursor = decodeCursor(rawCursor);
  const floor = cursor ? pagingFloor(cursor) : null;
  const fetched: Notification[] = [];
  let page: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const res = await agent.app.bsky.notification.listNotifications({
      limit: PAGE_SIZE,
      cursor: page,
      reasons: Object.keys(INBOX_REASONS),
    });
    const notifications = res.data.notifications;
    fetched.push(...notifications);
    page = res.data.cursor;
    const oldest = notifications[notifications.length - 1];
    if (!page || !oldest) break;
    // A first sync takes the most recent `limit`; later ones walk back to the high-water mark.
    if (floor === null ? fetched.length >= limit : Date.parse(oldest.indexedAt) < floor) break;
  }

  const selected = selectNew(fetched, cursor, limit);
  const contexts = await threadContexts(agent, selected.taken);
  return {
    events: selected.taken.map((n) => {
      const uri = contextUriOf(n);
      return toInboundEvent(n, uri ? contexts.get(uri) : undefined);
    }),
    cursor: selected.cursor ? encodeCursor(selected.cursor) : rawCursor,
    hasMore: selected.hasMore,
  };
}

/** The root posts (or quoted posts) of these notifications, fetched in a few getPosts calls. */
async function threadContexts(agent: Agent, notifications: Notification[]): Promise<Map<string, ThreadContext>> {
  const uris = [...new Set(notifications.map(contextUriOf).filter((u): u is string => !!u))];
  const contexts = new Map<string, ThreadContext>();
  for (let i = 0; i < uris.length; i += GET_POSTS_MAX) {
    const res = await agent.app.bsky.feed.getPosts({ uris: uris.slice(i, i + GET_POSTS_MAX) });
    for (const post of res.data.posts as AppBskyFeedDefs.PostView[]) contexts.set(post.uri, toThreadContext(post));
  }
  return contexts;
}
