/** Rows become JSON here, and only here. */
import type { z } from 'zod';
import type { Item } from '../db/schema.js';
import type { ChannelCapabilities } from './channel.js';
import type { ActionWithCreator, ChannelWithStats } from './channels.repository.js';
import type { ActionResponse, ChannelResponse, ItemResponse, ProfileResponse } from './channels.schema.js';
import type { getProfile } from './channel-profile.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentChannel(
  row: ChannelWithStats,
  capabilities: ChannelCapabilities,
): z.infer<typeof ChannelResponse> {
  const settings = (row.settings ?? {}) as { ratePerMinute?: number; languages?: string[] };
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    handle: row.handle,
    health: row.health as 'healthy' | 'unhealthy' | 'disconnected',
    healthReason: row.health_reason,
    healthChangedAt: iso(row.health_changed_at),
    externalId: row.external_id,
    throttledUntil: row.throttled_until && new Date(row.throttled_until) > new Date() ? iso(row.throttled_until) : null,
    lastSyncAt: iso(row.last_sync_at),
    createdAt: iso(row.created_at)!,
    capabilities: {
      actions: capabilities.actions,
      maxLength: capabilities.maxLength,
      ingest: capabilities.ingest,
      ...(capabilities.privateReplyWindowMs !== undefined
        ? { privateReplyWindowMs: capabilities.privateReplyWindowMs }
        : {}),
      ...(capabilities.maxMedia !== undefined ? { maxMedia: capabilities.maxMedia } : {}),
    },
    profile:
      row.profile_taken_at === null
        ? null
        : {
            displayName: row.profile_display_name ?? '',
            followers: row.profile_followers ?? 0,
            avatarUrl: row.profile_avatar_url,
            takenAt: iso(row.profile_taken_at)!,
          },
    stats: {
      inboundTotal: Number(row.inbound_total),
      inboundLast24h: Number(row.inbound_last_24h),
      outboundTotal: Number(row.outbound_total),
    },
    settings: {
      ...(typeof settings.ratePerMinute === 'number' ? { ratePerMinute: settings.ratePerMinute } : {}),
      ...(Array.isArray(settings.languages) ? { languages: settings.languages } : {}),
    },
  };
}

export function presentItem(row: Item): z.infer<typeof ItemResponse> {
  return {
    id: row.id,
    channelId: row.channel_id,
    kind: row.kind as z.infer<typeof ItemResponse>['kind'],
    platformId: row.platform_id ?? '',
    author: { handle: row.author_handle ?? '', name: row.author_name },
    text: row.text,
    language: row.language,
    url: row.url,
    occurredAt: iso(row.occurred_at)!,
    receivedAt: iso(row.received_at)!,
    conversationId: row.conversation_id,
    editedAt: iso(row.edited_at),
    deletedAt: iso(row.deleted_at),
  };
}

export function presentAction(row: ActionWithCreator): z.infer<typeof ActionResponse> {
  return {
    id: row.id,
    channelId: row.channel_id,
    kind: row.kind,
    targetPlatformId: row.target_platform_id,
    body: row.body,
    status: row.status,
    platformId: row.platform_id,
    error: row.error,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'queued' ? iso(row.next_attempt_at) : null,
    createdAt: iso(row.created_at)!,
    completedAt: iso(row.completed_at),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}

export function presentProfile({
  latest,
  history,
}: Awaited<ReturnType<typeof getProfile>>): z.infer<typeof ProfileResponse> {
  return {
    profile: latest && {
      displayName: latest.display_name,
      bio: latest.bio,
      url: latest.url,
      avatarUrl: latest.avatar_url,
      fields: latest.fields ?? [],
      followers: latest.followers,
      following: latest.following,
      posts: latest.posts,
      locked: latest.locked,
      takenAt: iso(latest.taken_at as unknown as Date)!,
    },
    history: history.map((h) => ({ takenAt: iso(h.taken_at as unknown as Date)!, followers: h.followers })),
  };
}
