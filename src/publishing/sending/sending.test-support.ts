/** Test helpers for sending: a post with one sandbox variant, the 4 May window, and running the jobs by hand. */
import { sql } from 'kysely';
import { makeSandboxChannel, type ChannelFixture } from '../../channels/channel-fixtures.js';
import { makeMember } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { publishVariant } from './publish-variant.js';

export interface SendingFixture extends ChannelFixture {
  authorId: string;
  approverId: string;
}

export async function makeSendingChannel(t: TestApp, settings: Record<string, unknown> = { ratePerMinute: 0 }) {
  const f = await makeSandboxChannel(t, settings);
  await t.db
    .updateTable('workspaces')
    .set({ country: 'NL', time_zone: 'Europe/Amsterdam' })
    .where('id', '=', f.workspaceId)
    .execute();
  const author = await makeMember(t.db, f.workspaceId, ['responder'], { name: 'Anna Author' });
  const approver = await makeMember(t.db, f.workspaceId, ['manager'], { name: 'Piet Approver' });
  return { ...f, authorId: author.id, approverId: approver.id } satisfies SendingFixture;
}

export async function makeVariant(t: TestApp, f: SendingFixture, text = 'Wij zijn morgen gesloten.') {
  const post = await t.db
    .insertInto('posts')
    .values({
      workspace_id: f.workspaceId,
      title: 'Gesloten',
      status: 'scheduled',
      author_id: f.authorId,
      approved_by: f.approverId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const variant = await t.db
    .insertInto('post_variants')
    .values({ post_id: post.id, workspace_id: f.workspaceId, channel_id: f.channelId, text, language: 'nl' })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { postId: post.id, variant };
}

/** The Netherlands' default window, unless P1's seeding put it there already. */
export async function ensureDodenherdenking(t: TestApp, workspaceId: string) {
  const existing = await t.db
    .selectFrom('blackout_windows')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('title', 'like', 'Dodenherdenking%')
    .executeTakeFirst();
  if (existing) return;
  await t.db
    .insertInto('blackout_windows')
    .values({
      workspace_id: workspaceId,
      title: 'Dodenherdenking',
      reason: 'Two minutes of silence at 20:00',
      starts_local: '2026-05-04T19:55',
      duration_minutes: 10,
      time_zone: 'Europe/Amsterdam',
      rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
      source: 'default',
    })
    .execute();
}

/** Sandbox settings the API does not offer (delayMs: a slow network for crash tests), written directly. */
export async function setSandboxSettings(t: TestApp, channelId: string, settings: Record<string, unknown>) {
  const row = await t.db
    .selectFrom('channels')
    .select('settings')
    .where('id', '=', channelId)
    .executeTakeFirstOrThrow();
  await t.db
    .updateTable('channels')
    .set({ settings: JSON.stringify({ ...(row.settings as object), ...settings }) })
    .where('id', '=', channelId)
    .execute();
}

export const variantRow = (t: TestApp, id: string) =>
  t.db.selectFrom('post_variants').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

export async function publishJobsOf(t: TestApp, variantId: string) {
  const { rows } = await sql<{ key: string | null; run_at: Date }>`
    SELECT j.key, j.run_at FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks k ON k.id = j.task_id
     WHERE k.identifier = 'publishing.publish-variant' AND j.payload->>'variantId' = ${variantId}`.execute(t.db);
  return rows;
}

/** The job at its due time (it records the action and makes the call), as the worker would run it. */
export async function runSend(t: TestApp, variantId: string) {
  await publishVariant(t.ctx, variantId);
  return variantRow(t, variantId);
}
