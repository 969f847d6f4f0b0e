/**
 * The composer's live check of a post, per variant: the reply composer's checks (spelling, sensitive
 * wording, tone guide, length in graphemes — src/replies/compose-check.ts), whether an announcement
 * lacks a link, the blocking problems, and the timing (a blackout window at scheduledAt, the pause).
 */
import type { AppContext } from '../../app/context.js';
import { composeCheck } from '../../replies/compose-check.js';
import { nextAllowedInstant } from '../blackouts/blackout-windows.js';
import { findSettings } from '../settings/settings.repository.js';
import { announcementNeedsLink } from './announcement.js';
import * as repo from './posts.repository.js';
import type { CheckInput } from './posts.schema.js';
import { checkPostForScheduling } from './schedule-post.js';

export async function checkPost(
  deps: Pick<AppContext, 'db' | 'channels'>,
  workspace: { id: string; defaultLanguage: string },
  input: CheckInput,
) {
  const websiteUrl = await repo.findWebsiteUrl(deps.db, workspace.id);
  const channels = new Map(
    (
      await repo.findChannels(
        deps.db,
        workspace.id,
        input.variants.map((v) => v.channelId),
      )
    ).map((c) => [c.id, c]),
  );
  const variants = [];
  for (const v of input.variants) {
    const result = await composeCheck(deps, workspace, {
      text: v.text,
      channelId: v.channelId,
      ...(v.language ? { language: v.language } : {}),
    });
    const channel = channels.get(v.channelId)!; // composeCheck answered 404 otherwise
    const row = {
      id: '',
      post_id: '',
      workspace_id: workspace.id,
      channel_id: channel.id,
      text: v.text,
      language: result.language,
      media: [],
      status: 'pending' as const,
      due_at: null,
      held_reason: null,
      outbound_action_id: null,
      platform_id: null,
      url: null,
      error: null,
      published_at: null,
      updated_at: new Date(),
      channel_name: channel.name,
      channel_kind: channel.kind,
      channel_handle: channel.handle,
      channel_settings: channel.settings,
    };
    const blocking = (await checkPostForScheduling(deps, [row])).map(({ code, message }) => ({ code, message }));
    variants.push({
      channelId: v.channelId,
      ...result,
      announcement: { needsLink: announcementNeedsLink(v.text, result.language), websiteUrl },
      blocking,
    });
  }
  return { variants, timing: await timing(deps, workspace.id, input) };
}

async function timing(deps: Pick<AppContext, 'db'>, workspaceId: string, input: CheckInput) {
  const settings = await findSettings(deps.db, workspaceId);
  let blackout = null;
  if (input.scheduledAt) {
    const at = new Date(input.scheduledAt);
    for (const v of input.variants) {
      const moved = await nextAllowedInstant(deps.db, workspaceId, v.channelId, at);
      const first = moved.movedBy[0];
      if (first) {
        blackout = {
          title: first.title,
          reason: first.reason,
          start: first.start.toISOString(),
          end: first.end.toISOString(),
          movedTo: moved.at.toISOString(),
        };
        break;
      }
    }
  }
  return { blackout, paused: settings.pausedAt !== null };
}
