/**
 * Posting slots and the queue: a post put in the queue gets the next free slot of its channels
 * (workspace time zone, after now, not taken by another post of those channels, not inside a
 * blackout window) and is scheduled there when it may be.
 */
import type { AppContext } from '../../app/context.js';
import { recordAudit, type AuditActor } from '../../audit/record-audit.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import { addDays, dayOfWeek } from '../../sla/plain-date.js';
import { instantAt, localDateAt } from '../../sla/zoned-time.js';
import { blackoutAt } from '../blackouts/blackout-windows.js';
import { findSettings } from '../settings/settings.repository.js';
import { postChanged } from './manage-posts.js';
import { transitionRefusal, type Viewer } from './post-workflow.js';
import * as repo from './posts.repository.js';
import { schedulePost } from './schedule-post.js';
import { listSlots, replaceSlots, takenTimes } from './slots.repository.js';

type Deps = Pick<AppContext, 'db' | 'channels'>;
const LOOKAHEAD_DAYS = 60;

export const slotTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export async function channelSlots(deps: Deps, workspaceId: string, channelId: string) {
  if (!(await repo.findChannels(deps.db, workspaceId, [channelId])).length) throw notFound('The channel');
  return (await listSlots(deps.db, [channelId])).map((s) => ({ weekday: s.weekday, time: slotTime(s.minutes) }));
}

export async function saveChannelSlots(
  deps: Deps,
  workspaceId: string,
  channelId: string,
  slots: ReadonlyArray<{ weekday: number; time: string }>,
  actor: AuditActor,
) {
  if (!(await repo.findChannels(deps.db, workspaceId, [channelId])).length) throw notFound('The channel');
  const values = [
    ...new Map(
      slots.map((s) => {
        const [h, m] = s.time.split(':').map(Number);
        return [`${s.weekday}-${s.time}`, { weekday: s.weekday, minutes: h! * 60 + m! }];
      }),
    ).values(),
  ];
  await deps.db.transaction().execute(async (trx) => {
    await replaceSlots(trx, workspaceId, channelId, values);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'publishing.slots_updated',
      subject: { type: 'channel', id: channelId },
      data: { slots: slots.length },
    });
  });
  return channelSlots(deps, workspaceId, channelId);
}

export async function queuePost(
  deps: Deps,
  workspace: { id: string; timeZone: string },
  postId: string,
  actor: AuditActor,
  viewer: Viewer,
) {
  return deps.db.transaction().execute(async (trx) => {
    const post = await repo.lockPost(trx, workspace.id, postId);
    if (!post) throw notFound('The post');
    if (post.status === 'published' || post.status === 'failed' || post.status === 'scheduled')
      throw conflict(`A ${post.status} post cannot be put in the queue.`);
    const channelIds = (await repo.listVariants(trx, [post.id])).map((v) => v.channel_id);
    const slots = await listSlots(trx, channelIds);
    if (!slots.length) throw badRequest('None of the post’s channels has posting slots; add them in the settings.');
    const now = Date.now();
    const taken = await takenTimes(trx, channelIds, post.id, new Date(now));
    const today = localDateAt(workspace.timeZone, now);
    let chosen: Date | null = null;
    for (let day = 0; day < LOOKAHEAD_DAYS && !chosen; day++) {
      const date = addDays(today, day);
      const weekday = dayOfWeek(date) || 7; // slots count Monday 1 … Sunday 7
      const minutes = [...new Set(slots.filter((s) => s.weekday === weekday).map((s) => s.minutes))].sort(
        (a, b) => a - b,
      );
      for (const m of minutes) {
        const at = instantAt(workspace.timeZone, { date, minutes: m });
        if (at <= now || taken.has(at)) continue;
        let blocked = false;
        for (const channelId of channelIds)
          if (await blackoutAt(trx, workspace.id, channelId, new Date(at))) blocked = true;
        if (!blocked) {
          chosen = new Date(at);
          break;
        }
      }
    }
    if (!chosen) throw conflict(`No free posting slot in the next ${LOOKAHEAD_DAYS} days.`);
    const withTime = await repo.updatePost(trx, post.id, { scheduledAt: chosen });
    const settings = await findSettings(trx, workspace.id);
    let notice = 'The post has its time; it is scheduled once approved.';
    if (transitionRefusal(post, 'scheduled', viewer, settings) === null) {
      notice = (await schedulePost(deps, trx, withTime, workspace, settings)).notices.join(' ') || 'Scheduled.';
    }
    const updated = (await repo.findPost(trx, workspace.id, post.id))!;
    await recordAudit(trx, {
      workspaceId: workspace.id,
      actor,
      action: 'post.queued',
      subject: { type: 'post', id: post.id },
      data: { scheduledAt: chosen.toISOString(), status: updated.status },
    });
    await postChanged(trx, updated);
    return { post: updated, notice };
  });
}
