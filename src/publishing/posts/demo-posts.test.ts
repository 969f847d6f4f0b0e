import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel, pendingJobs } from '../../channels/channel-fixtures.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { seedDemoPosts } from './demo-posts.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('demo posts', () => {
  it('seeds published, scheduled (with send jobs in the future) and in-review posts, sending nothing now', async () => {
    const fx = await makeSandboxChannel(t);
    const now = new Date();
    await t.db
      .transaction()
      .execute((trx) => seedDemoPosts(trx, { id: fx.workspaceId, default_language: 'nl' }, [fx.channelId], null, now));
    const posts = await t.db
      .selectFrom('posts')
      .select(['status', 'scheduled_at'])
      .where('workspace_id', '=', fx.workspaceId)
      .orderBy('scheduled_at')
      .execute();
    expect(posts.map((p) => p.status)).toEqual(['published', 'published', 'scheduled', 'scheduled', 'in_review']);
    const variants = await t.db
      .selectFrom('post_variants')
      .select(['id', 'status', 'outbound_action_id'])
      .where('workspace_id', '=', fx.workspaceId)
      .execute();
    expect(variants.every((v) => v.outbound_action_id === null)).toBe(true);
    const jobs = (await pendingJobs(t)).filter((j) => variants.some((v) => j.key === `publish:${v.id}`));
    expect(jobs).toHaveLength(2);
    expect(jobs.every((j) => j.run_at.getTime() > now.getTime())).toBe(true);
  });
});
