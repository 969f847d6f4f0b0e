/** Rows become JSON here, and only here. */
import type { z } from 'zod';
import type { Item } from '../db/schema.js';
import type { ChannelCapabilities } from './channel.js';
import type { ActionWithCreator, ChannelWithStats } from './channels.repository.js';
import type { ActionResponse, ChannelResponse, ItemResponse } from './channels.schema.js';

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
    lastSyncAt: iso(row.last_sync_at),
    createdAt: iso(row.created_at)!,
    capabilities: { actions: capabilities.actions, maxLength: capabilities.maxLength, ingest: capabilities.ingest },
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
    createdAt: iso(row.created_at)!,
    completedAt: iso(row.completed_at),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}
