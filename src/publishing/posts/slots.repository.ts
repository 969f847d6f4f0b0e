/** Posting slots per channel, and which slot instants are already taken by scheduled posts. */
import type { Executor } from '../../db/database.js';

export function listSlots(db: Executor, channelIds: readonly string[]) {
  if (!channelIds.length) return Promise.resolve([]);
  return db
    .selectFrom('posting_slots')
    .selectAll()
    .where('channel_id', 'in', channelIds)
    .orderBy('weekday')
    .orderBy('minutes')
    .execute();
}

export async function replaceSlots(
  trx: Executor,
  workspaceId: string,
  channelId: string,
  slots: ReadonlyArray<{ weekday: number; minutes: number }>,
) {
  await trx.deleteFrom('posting_slots').where('channel_id', '=', channelId).execute();
  if (slots.length)
    await trx
      .insertInto('posting_slots')
      .values(slots.map((s) => ({ workspace_id: workspaceId, channel_id: channelId, ...s })))
      .execute();
}

/** Times already taken on these channels by another post that is scheduled (or approved with a time). */
export async function takenTimes(db: Executor, channelIds: readonly string[], exceptPostId: string, from: Date) {
  if (!channelIds.length) return new Set<number>();
  const rows = await db
    .selectFrom('posts as p')
    .innerJoin('post_variants as v', 'v.post_id', 'p.id')
    .select('p.scheduled_at')
    .where('v.channel_id', 'in', channelIds)
    .where('p.id', '!=', exceptPostId)
    .where('p.status', 'in', ['scheduled', 'approved', 'in_review', 'draft'])
    .where('p.scheduled_at', '>=', from)
    .execute();
  return new Set(rows.map((r) => r.scheduled_at!.getTime()));
}
