import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crontab } from '../jobs/registry.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeSandboxChannel, pendingJobs } from './channel-fixtures.js';
import { refreshProfile, refreshProfilesJob } from './channel-profile.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('profile snapshots', () => {
  it('the daily run queues one refresh per connected channel; each stores a snapshot shown on the channel', async () => {
    const f = await makeSandboxChannel(t);
    const gone = await makeSandboxChannel(t);
    await gone.as.admin.delete(gone.url);
    expect(crontab).toMatch(/^\d+ \d+ \* \* \* channels:refresh-profiles/m);

    expect((await f.as.viewer.get(`${f.url}/profile`)).json()).toEqual({ profile: null, history: [] });
    expect((await f.as.viewer.get(f.url)).json().profile).toBeNull();

    await refreshProfilesJob.handler({}, t.ctx, { jobId: '1', attempt: 1 });
    const queued = (await pendingJobs(t)).filter((j) => j.task_identifier === 'channels.refresh-profile');
    const channelIds = queued.map((j) => (j.payload as { channelId: string }).channelId);
    expect(channelIds).toContain(f.channelId);
    expect(channelIds).not.toContain(gone.channelId);
    expect(new Set(channelIds).size).toBe(channelIds.length); // one per channel (job key)

    expect(await refreshProfile(t.ctx, f.channelId)).toBe('stored');
    expect(await refreshProfile(t.ctx, f.channelId)).toBe('stored');
    expect(await refreshProfile(t.ctx, gone.channelId)).toBe('skipped');
    const profile = (await f.as.viewer.get(`${f.url}/profile`)).json();
    expect(profile.profile).toMatchObject({
      displayName: 'ekebykommun (sandbox)',
      fields: [],
      takenAt: expect.any(String),
    });
    expect(profile.history).toHaveLength(2);
    expect(profile.history[1]).toEqual({ takenAt: profile.profile.takenAt, followers: profile.profile.followers });
    expect((await f.as.viewer.get(f.url)).json().profile).toEqual({
      displayName: 'ekebykommun (sandbox)',
      followers: profile.profile.followers,
      avatarUrl: null,
      takenAt: profile.profile.takenAt,
    });

    // Older than 90 days falls out of the history but the latest stays.
    await t.db
      .updateTable('channel_profile_snapshots')
      .set({ taken_at: new Date(Date.now() - 91 * 86_400_000) as never })
      .where('channel_id', '=', f.channelId)
      .execute();
    const old = (await f.as.viewer.get(`${f.url}/profile`)).json();
    expect(old.history).toEqual([]);
    expect(old.profile).not.toBeNull();
  });

  it('a revoked token on refresh makes the channel unhealthy and stores nothing', async () => {
    const f = await makeSandboxChannel(t);
    await f.as.admin.patch(f.url, { settings: { unhealthy: true } });
    expect(await refreshProfile(t.ctx, f.channelId)).toBe('failed');
    expect((await f.as.viewer.get(f.url)).json().health).toBe('unhealthy');
    expect((await f.as.viewer.get(`${f.url}/profile`)).json().profile).toBeNull();
  });
});
