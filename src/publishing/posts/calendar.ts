/** The calendar: posts wanted or due in a period (filtered), the blackout occurrences drawn over it, and the pause. */
import type { AppContext } from '../../app/context.js';
import { presentOccurrences } from '../blackouts/blackouts.presenter.js';
import { listBlackoutWindows } from '../blackouts/blackouts.repository.js';
import { presentSettings } from '../settings/manage-settings.js';
import { findSettings } from '../settings/settings.repository.js';
import type { Viewer } from './post-workflow.js';
import { presentPosts } from './posts.presenter.js';
import { listCalendarPosts } from './posts.repository.js';
import type { CalendarQuery } from './posts.schema.js';

export async function calendar(
  deps: Pick<AppContext, 'db' | 'channels'>,
  workspaceId: string,
  query: CalendarQuery,
  viewer: Viewer,
) {
  const from = new Date(query.from);
  const to = new Date(query.to);
  const settings = await findSettings(deps.db, workspaceId);
  const rows = await listCalendarPosts(deps.db, workspaceId, { ...query, from, to });
  const posts = await presentPosts(rows, {
    db: deps.db,
    channels: deps.channels,
    settings,
    viewer,
    withMediaData: false,
    withComments: false,
  });
  const windows = (await listBlackoutWindows(deps.db, workspaceId)).filter(
    (w) => !query.channelId || w.channel_id === null || w.channel_id === query.channelId,
  );
  return {
    posts,
    blackouts: presentOccurrences(windows, from, to),
    paused: (await presentSettings(deps.db, settings)).paused,
  };
}
