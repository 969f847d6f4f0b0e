import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../app/demo-hook.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeWorkspace } from '../test-support/factories.js';
import { DEMO_PASSWORD, DEMO_SHARED_USER, DEMO_WORKSPACES } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const counts = async (app: TestApp) => {
  const n = async (
    table:
      | 'workspaces'
      | 'users'
      | 'memberships'
      | 'channels'
      | 'sandbox_feed'
      | 'items'
      | 'audit_log'
      | 'posts'
      | 'post_variants'
      | 'sandbox_actions',
  ) =>
    Number(
      (
        await app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    workspaces: await n('workspaces'),
    users: await n('users'),
    memberships: await n('memberships'),
    channels: await n('channels'),
    feed: await n('sandbox_feed'),
    items: await n('items'),
    audit: await n('audit_log'),
    posts: await n('posts'),
    variants: await n('post_variants'),
    sandboxActions: await n('sandbox_actions'),
  };
};

const newMessagesInFeed = async (app: TestApp, channelId?: string) => {
  let query = app.db
    .selectFrom('sandbox_feed')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where(sql<string>`payload ->> 'change'`, 'is', null);
  if (channelId) query = query.where('channel_id', '=', channelId);
  return Number((await query.executeTakeFirstOrThrow()).n);
};

describe('the demo', () => {
  it(
    'seeds two workspaces with every role, a shared user, lively sandbox channels, and prints the logins',
    { timeout: 120_000 },
    async () => {
      t = await createTestApp();
      const printed: string[] = [];
      await seedDemoIfEmpty(t.ctx, (text) => printed.push(text));

      const after = await counts(t);
      expect(after).toMatchObject({
        workspaces: 2,
        users: 15,
        memberships: 16,
        channels: 4,
        feed: 60,
        posts: 10,
        variants: 20,
        sandboxActions: 0,
      });
      // Every new message is an item; the few edits and deletions in the traffic change items instead.
      expect(after.items).toBe(await newMessagesInFeed(t));
      expect(after.items).toBeGreaterThan(50);
      const output = printed.join('');
      for (const email of ['admin@ekeby.demo', 'responder@vandijk.demo', 'viewer@ekeby.demo', DEMO_SHARED_USER.email])
        expect(output).toContain(email);
      expect(output).toContain(DEMO_PASSWORD);

      // Every demo account logs in with the documented password and sees its workspaces.
      for (const demo of DEMO_WORKSPACES) {
        for (const role of Object.keys(demo.people)) {
          const client = await t.login(`${role}@${demo.domain}`, DEMO_PASSWORD);
          const me = (await client.get('/api/auth/me')).json();
          expect(me.workspaces).toEqual([expect.objectContaining({ slug: demo.slug, name: demo.name, roles: [role] })]);
        }
      }
      const kim = await t.login(DEMO_SHARED_USER.email, DEMO_PASSWORD);
      const kimsWorkspaces = (await kim.get('/api/auth/me')).json().workspaces;
      expect(kimsWorkspaces.map((w: { slug: string; roles: string[] }) => [w.slug, w.roles])).toEqual([
        ['ekeby', ['manager']],
        ['vandijk', ['admin']],
      ]);

      // The desk is alive at once: items spread over the last hours, in the workspace's languages.
      const ekeby = kimsWorkspaces.find((w: { slug: string }) => w.slug === 'ekeby');
      const channels = (await kim.get(`/api/workspaces/${ekeby.id}/channels`)).json().channels;
      expect(channels.map((c: { name: string }) => c.name)).toEqual(['Facebook (sandbox)', 'Instagram (sandbox)']);
      const items = (await kim.get(`/api/workspaces/${ekeby.id}/channels/${channels[0].id}/items?limit=100`)).json()
        .items;
      expect(items).toHaveLength(await newMessagesInFeed(t, channels[0].id));
      expect(items.some((i: { language: string | null }) => i.language === 'sv')).toBe(true);
      const ages = items.map((i: { occurredAt: string }) => Date.now() - Date.parse(i.occurredAt));
      expect(Math.max(...ages)).toBeGreaterThan(2 * 3_600_000);
      expect(Math.max(...ages)).toBeLessThanOrEqual(6 * 3_600_000 + 60_000);

      // Each workspace has its demo moderation rule, in dry run, citing the harassment guideline.
      const rules = await t.db
        .selectFrom('moderation_rules as r')
        .innerJoin('workspaces as w', 'w.id', 'r.workspace_id')
        .select(['w.slug', 'r.mode', 'r.guideline_rule_key'])
        .orderBy('w.slug')
        .execute();
      expect(rules).toEqual([
        { slug: 'ekeby', mode: 'dry_run', guideline_rule_key: 'harassment' },
        { slug: 'vandijk', mode: 'dry_run', guideline_rule_key: 'harassment' },
      ]);

      // Each workspace has its demo posts by its manager: published, scheduled (a send job per variant, days
      // ahead) and in review; nothing was sent at seed time.
      for (const demo of DEMO_WORKSPACES) {
        const posts = await t.db
          .selectFrom('posts as p')
          .innerJoin('workspaces as w', 'w.id', 'p.workspace_id')
          .innerJoin('users as u', 'u.id', 'p.author_id')
          .select(['p.id', 'p.status', 'u.email'])
          .where('w.slug', '=', demo.slug)
          .orderBy('p.scheduled_at')
          .execute();
        expect(
          posts.map((p) => p.status),
          demo.slug,
        ).toEqual(['published', 'published', 'scheduled', 'scheduled', 'in_review']);
        expect(new Set(posts.map((p) => p.email))).toEqual(new Set([`manager@${demo.domain}`]));
        const postIds = posts.map((p) => p.id);
        const variants = await t.db
          .selectFrom('post_variants')
          .select(['id', 'post_id', 'status', 'outbound_action_id'])
          .where('post_id', 'in', postIds)
          .execute();
        const statusOf = (postId: string) => posts.find((p) => p.id === postId)!.status;
        const variantsOf = (status: string) => variants.filter((v) => statusOf(v.post_id) === status);
        // A variant per channel; published ones stand as published, scheduled ones wait; none went out.
        expect(variants).toHaveLength(posts.length * demo.channels.length);
        const perChannel = (status: string) => Array<string>(2 * demo.channels.length).fill(status);
        expect(variantsOf('published').map((v) => v.status)).toEqual(perChannel('published'));
        expect(variantsOf('scheduled').map((v) => v.status)).toEqual(perChannel('scheduled'));
        expect(variants.filter((v) => v.outbound_action_id !== null)).toEqual([]);
        const scheduled = variantsOf('scheduled');
        const { rows: jobs } = await t.database.pool.query<{ key: string; run_at: Date }>(
          `SELECT key, run_at FROM graphile_worker.jobs
            WHERE task_identifier = 'publishing.publish-variant' AND key = ANY($1) AND locked_at IS NULL`,
          [scheduled.map((v) => `publish:${v.id}`)],
        );
        expect(jobs).toHaveLength(scheduled.length);
        expect(jobs.every((j) => j.run_at.getTime() > Date.now() + 24 * 3_600_000)).toBe(true);
      }

      // Seeding again creates nothing and prints nothing.
      printed.length = 0;
      await seedDemoIfEmpty(t.ctx, (text) => printed.push(text));
      expect(await seedDemo(t.ctx, { force: true })).toMatchObject({ seeded: false });
      expect(await counts(t)).toEqual(after);
      expect(printed).toEqual([]);
    },
  );

  it('seeds only once when two processes start together', async () => {
    t = await createTestApp();
    const results = await Promise.all([seedDemo(t.ctx), seedDemo(t.ctx)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([false, true]);
    expect(await counts(t)).toMatchObject({ workspaces: 2, users: 15, channels: 4 });
  });

  it('leaves a database with workspaces alone, unless forced', async () => {
    t = await createTestApp();
    await makeWorkspace(t.db, { slug: 'ekeby', name: 'Our own Ekeby' });
    await seedDemoIfEmpty(t.ctx, () => {});
    expect((await counts(t)).workspaces).toBe(1);

    const printed: string[] = [];
    const forced = await seedDemo(t.ctx, { force: true, print: (text) => printed.push(text) });
    expect(forced).toMatchObject({ seeded: true, workspaces: ['Van Dijk Fietsen'] });
    const names = (await t.db.selectFrom('workspaces').select('name').orderBy('name').execute()).map((w) => w.name);
    expect(names).toEqual(['Our own Ekeby', 'Van Dijk Fietsen']);
    expect(printed.join('')).toContain('admin@vandijk.demo');
    expect(printed.join('')).not.toContain('admin@ekeby.demo');
  });
});
