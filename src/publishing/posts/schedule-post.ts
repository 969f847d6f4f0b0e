/**
 * Scheduling a post inside the caller's transaction: the blocking checks again on the server, each
 * variant's due time moved out of blackout windows (P1), and its send job (P3). With the
 * await_reapproval policy a post that would fall into a window goes back to review instead.
 */
import type { ChannelRegistry } from '../../channels/channel-registry.js';
import type { Executor } from '../../db/database.js';
import type { Post } from '../../db/schema-publishing.js';
import { badRequest, conflict } from '../../http/errors.js';
import { membersWithRoles } from '../../notifications/notifications.repository.js';
import { notify } from '../../notifications/notify.js';
import { graphemes } from '../../replies/reply-text.js';
import { nextAllowedInstant, type ActiveBlackout } from '../blackouts/blackout-windows.js';
import { scheduleVariant, unscheduleVariant } from '../sending/schedule-variant.js';
import type { PublishingSettingsValues } from '../settings/settings.repository.js';
import { maxLengthOf } from './posts.presenter.js';
import * as repo from './posts.repository.js';

export interface Problem {
  channelId: string;
  code: 'too_long' | 'empty' | 'cannot_publish' | 'media' | 'disconnected';
  message: string;
}

/** Earlier than this before now is a mistake, not "publish now". */
const PAST_TOLERANCE_MS = 5 * 60_000;

/** The problems that refuse scheduling (spelling and tone only warn). */
export async function checkPostForScheduling(
  deps: { db: Executor; channels: ChannelRegistry },
  variants: readonly repo.VariantRow[],
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const channels = new Map(
    (
      await repo.findChannels(
        deps.db,
        variants[0]?.workspace_id ?? '',
        variants.map((v) => v.channel_id),
      )
    ).map((c) => [c.id, c]),
  );
  for (const v of variants) {
    const channel = channels.get(v.channel_id);
    const name = v.channel_name;
    const add = (code: Problem['code'], message: string) => problems.push({ channelId: v.channel_id, code, message });
    if (!channel || channel.disconnected_at) {
      add('disconnected', `"${name}" is disconnected; reconnect it or remove it from the post.`);
      continue;
    }
    if (!deps.channels.kinds().includes(channel.kind as never)) {
      add('cannot_publish', `"${name}": this Samtal build has no adapter for "${channel.kind}" channels.`);
      continue;
    }
    const capabilities = deps.channels.get(channel.kind).capabilities({
      id: channel.id,
      workspaceId: channel.workspace_id,
      handle: channel.handle,
      settings: (channel.settings ?? {}) as Record<string, unknown>,
      credentials: null,
    });
    if (!capabilities.actions.publish.supported)
      add('cannot_publish', `"${name}": ${capabilities.actions.publish.reason}`);
    const media = Array.isArray(v.media) ? v.media : [];
    if (!v.text.trim() && media.length === 0) add('empty', `The text for "${name}" is empty.`);
    const max = maxLengthOf(deps.channels, v);
    const count = graphemes(v.text);
    if (max !== null && count > max)
      add('too_long', `The text for "${name}" is ${count} characters; the network allows at most ${max}.`);
    if (media.length && !capabilities.actions.publishMedia.supported)
      add('media', `"${name}": ${capabilities.actions.publishMedia.reason}`);
    else if (media.length > (capabilities.maxMedia ?? 0))
      add(
        'media',
        `"${name}" allows at most ${capabilities.maxMedia ?? 0} images on a post; there are ${media.length}.`,
      );
  }
  return problems;
}

/** 'Moved to 20:05 because of the blackout window "Dodenherdenking" (4 May 19:55–20:05)'. */
export function movedReason(movedTo: Date, movedBy: readonly ActiveBlackout[], timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long' });
  const windows = movedBy
    .filter((b, i) => movedBy.findIndex((o) => o.windowId === b.windowId) === i)
    .map((b) => `"${b.title}" (${day.format(b.start)} ${time.format(b.start)}–${time.format(b.end)})`);
  const noun = windows.length > 1 ? 'windows' : 'window';
  return `Moved to ${time.format(movedTo)} because of the blackout ${noun} ${windows.join(', ')}`;
}

export interface ScheduleOutcome {
  status: 'scheduled' | 'in_review';
  notices: string[];
}

export async function schedulePost(
  deps: { db: Executor; channels: ChannelRegistry },
  trx: Executor,
  post: Post,
  workspace: { id: string; timeZone: string },
  settings: PublishingSettingsValues,
): Promise<ScheduleOutcome> {
  if (!post.scheduled_at) throw badRequest('Choose when to publish the post (scheduledAt) before scheduling it.');
  if (post.scheduled_at.getTime() < Date.now() - PAST_TOLERANCE_MS)
    throw badRequest('The publishing time has passed; choose a time in the future.');
  const variants = await repo.listVariants(trx, [post.id]);
  if (!variants.length) throw badRequest('Add at least one channel before scheduling.');
  const problems = await checkPostForScheduling({ db: trx, channels: deps.channels }, variants);
  if (problems.length)
    throw badRequest(`The post cannot be scheduled: ${problems.map((p) => p.message).join(' ')}`, { problems });

  const wanted = new Date(Math.max(post.scheduled_at.getTime(), Date.now()));
  const plans = [];
  for (const v of variants) {
    const { at, movedBy } = await nextAllowedInstant(trx, workspace.id, v.channel_id, wanted);
    plans.push({ variant: v, at, reason: movedBy.length ? movedReason(at, movedBy, workspace.timeZone) : null });
  }
  const notices: string[] = [];
  const moved = plans.filter((p) => p.reason);
  if (moved.length && settings.blackoutPolicy === 'await_reapproval') {
    for (const p of plans) await repo.setVariantState(trx, p.variant.id, { dueAt: null, heldReason: p.reason });
    await repo.updatePost(trx, post.id, { status: 'in_review', approvedBy: null, approvedAt: null });
    await notifyApprovers(trx, post, settings, 'post.held_for_reapproval', moved[0]!.reason!);
    notices.push(`${moved[0]!.reason}. This workspace holds such posts for a new approval: it is back in review.`);
    return { status: 'in_review', notices };
  }
  for (const p of plans) {
    await scheduleVariant(trx, { id: p.variant.id, workspace_id: p.variant.workspace_id, due_at: p.at });
    await repo.setVariantState(trx, p.variant.id, { heldReason: p.reason });
  }
  await repo.updatePost(trx, post.id, { status: 'scheduled' });
  for (const p of moved) notices.push(`${p.variant.channel_name}: ${p.reason}.`);
  if (settings.pausedAt)
    notices.push(
      `Publishing is paused (${settings.pauseReason ?? 'no reason given'}); the post waits until it resumes.`,
    );
  return { status: 'scheduled', notices };
}

/** Takes every variant out of the send queue; refused once one is on its way or out. */
export async function unschedulePost(trx: Executor, postId: string): Promise<void> {
  const variants = await repo.listVariants(trx, [postId]);
  const gone = variants.find((v) => v.status === 'sending' || v.status === 'published');
  if (gone)
    throw conflict(
      `"${gone.channel_name}" is already ${gone.status === 'sending' ? 'being published' : 'published'}; the post can no longer be changed or unscheduled.`,
    );
  for (const v of variants) {
    await unscheduleVariant(trx, v.id);
    await repo.setVariantState(trx, v.id, { status: 'pending', dueAt: null, heldReason: null });
  }
}

export async function notifyApprovers(
  trx: Executor,
  post: Post,
  settings: PublishingSettingsValues,
  kind: string,
  reason: string | null,
) {
  const members = await membersWithRoles(trx, [post.workspace_id], settings.approverRoles);
  await notify(trx, {
    workspaceId: post.workspace_id,
    userIds: members.map((m) => m.user_id),
    kind,
    data: {
      postId: post.id,
      title: post.title,
      reason,
      link: `/w/${post.workspace_id}/publishing/posts/${post.id}`,
    },
  });
}
