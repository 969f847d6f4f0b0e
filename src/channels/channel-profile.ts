/**
 * Profile snapshots: the channel's profile as the network showed it, one row per fetch (daily, and
 * after connect, reconnect and "test"). Follower counts over time give reach; the fields feed the
 * profile audit.
 */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import type { Executor } from '../db/database.js';
import type { Channel } from '../db/schema.js';
import { defineJob, enqueue } from '../jobs/job.js';
import { toChannelAccount } from './channel-account.js';
import { setChannelHealth } from './channel-health.js';
import { ChannelError, type ChannelProfile } from './channel.js';
import * as repo from './channels.repository.js';

export function insertProfileSnapshot(
  trx: Executor,
  channel: Pick<Channel, 'id' | 'workspace_id'>,
  profile: ChannelProfile,
) {
  return repo.insertProfileSnapshot(trx, {
    workspaceId: channel.workspace_id,
    channelId: channel.id,
    displayName: profile.displayName,
    bio: profile.bio ?? null,
    url: profile.url ?? null,
    avatarUrl: profile.avatarUrl ?? null,
    fields: profile.fields ?? [],
    followers: Math.max(0, Math.round(profile.followers)),
    following: profile.following ?? null,
    posts: profile.posts ?? null,
    locked: profile.locked ?? null,
  });
}

/** Fetches the profile and stores it. A revoked token makes the channel unhealthy, as a poll would. */
export async function refreshProfile(
  deps: Pick<AppContext, 'db' | 'secrets' | 'channels'>,
  channelId: string,
): Promise<'stored' | 'skipped' | 'failed'> {
  const channel = await repo.findChannelById(deps.db, channelId);
  if (!channel || channel.disconnected_at || !deps.channels.kinds().includes(channel.kind as never)) return 'skipped';
  let profile: ChannelProfile;
  try {
    profile = await deps.channels.get(channel.kind).testConnection(toChannelAccount(channel, deps.secrets));
  } catch (error) {
    if (!(error instanceof ChannelError)) throw error;
    if (error.options.unhealthy) await setChannelHealth(deps.db, channel, 'unhealthy', error.message);
    if (error.retryable) throw error; // the job tries again later
    return 'failed';
  }
  await deps.db.transaction().execute((trx) => insertProfileSnapshot(trx, channel, profile));
  return 'stored';
}

export const refreshProfileJob = defineJob({
  id: 'channels.refresh-profile',
  payload: z.object({ workspaceId: z.uuid(), channelId: z.uuid() }),
  maxAttempts: 3,
  handler: async (payload, deps: Pick<AppContext, 'db' | 'secrets' | 'channels'>) => {
    await refreshProfile(deps, payload.channelId);
  },
});

export function enqueueProfileRefresh(db: Executor, target: { workspaceId: string; channelId: string }) {
  return enqueue(db, refreshProfileJob, target, { jobKey: `profile:${target.channelId}` });
}

/** The daily run: one refresh job per connected channel (crontab task names allow no dots). */
export const refreshProfilesJob = defineJob({
  id: 'channels:refresh-profiles',
  payload: z.object({}),
  maxAttempts: 1, // tomorrow tries again
  handler: async (_payload, deps: Pick<AppContext, 'db' | 'channels'>) => {
    const known = new Set<string>(deps.channels.kinds());
    const channels = (await repo.listConnectedChannels(deps.db)).filter((c) => known.has(c.kind));
    for (const c of channels) await enqueueProfileRefresh(deps.db, { workspaceId: c.workspace_id, channelId: c.id });
  },
});

/** graphile-worker crontab line: daily at 04:17 UTC, at most one run. */
export const REFRESH_PROFILES_CRONTAB = `17 4 * * * ${refreshProfilesJob.id} ?max=1`;

const HISTORY_DAYS = 90;

/** The latest snapshot and the follower counts of the last 90 days. */
export async function getProfile(deps: Pick<AppContext, 'db'>, channelId: string) {
  const latest = await repo.findLatestProfileSnapshot(deps.db, channelId);
  const history = await repo.listFollowerHistory(deps.db, channelId, new Date(Date.now() - HISTORY_DAYS * 86_400_000));
  return { latest: latest ?? null, history };
}
