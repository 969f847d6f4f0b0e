/**
 * Poll-with-cursor ingestion of one channel. Each page is one transaction that claims the channel
 * (two workers never sync the same channel at once), stores the new items idempotently, moves the
 * cursor and announces the items live: all of it commits together or not at all, so a crash or a
 * redelivery never loses or duplicates an item.
 */
import type { AppContext } from '../app/context.js';
import type { NewInboundItem } from '../db/schema.js';
import { publishLive } from '../live/live-events.js';
import { toChannelAccount } from './channel-account.js';
import { ChannelError, type FetchResult, type InboundEvent } from './channel.js';
import * as repo from './channels.repository.js';

export type SyncDeps = Pick<AppContext, 'db' | 'secrets' | 'channels'>;

export interface SyncResult {
  status: 'synced' | 'busy' | 'unhealthy' | 'throttled' | 'stopped';
  newItems: number;
  /** When the next poll should run, ms from now; null: do not poll this channel any more. */
  nextInMs: number | null;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 20;
const DEFAULT_POLL_MS = 60_000;
const UNHEALTHY_POLL_MS = 30_000;

type PageOutcome =
  | { kind: 'page'; newItems: number; hasMore: boolean; pollMs: number }
  | { kind: 'busy' | 'stopped' }
  | { kind: 'unhealthy'; pollMs: number }
  | { kind: 'throttled'; retryInMs: number };

export async function syncChannel(
  deps: SyncDeps,
  channelId: string,
  options: { workspaceId?: string; pageSize?: number } = {},
): Promise<SyncResult> {
  let newItems = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const outcome = await deps.db
      .transaction()
      .execute((trx) => syncPage(deps, trx, channelId, options.workspaceId, options.pageSize ?? PAGE_SIZE));
    switch (outcome.kind) {
      case 'page':
        newItems += outcome.newItems;
        if (!outcome.hasMore) return { status: 'synced', newItems, nextInMs: outcome.pollMs };
        if (page === MAX_PAGES - 1) return { status: 'synced', newItems, nextInMs: 0 }; // more waiting: continue in a fresh job
        break;
      case 'busy':
        // Another worker holds the channel: it will schedule the next poll, this is only a safety net.
        return { status: 'busy', newItems, nextInMs: DEFAULT_POLL_MS };
      case 'stopped':
        return { status: 'stopped', newItems, nextInMs: null };
      case 'unhealthy':
        return { status: 'unhealthy', newItems, nextInMs: outcome.pollMs };
      case 'throttled':
        return { status: 'throttled', newItems, nextInMs: outcome.retryInMs };
    }
  }
  return { status: 'synced', newItems, nextInMs: 0 };
}

async function syncPage(
  deps: SyncDeps,
  trx: SyncDeps['db'],
  channelId: string,
  workspaceId: string | undefined,
  pageSize: number,
): Promise<PageOutcome> {
  const channel = await repo.lockChannelForSync(trx, channelId);
  if (!channel) return (await repo.findChannelById(trx, channelId)) ? { kind: 'busy' } : { kind: 'stopped' };
  if (channel.disconnected_at || (workspaceId && channel.workspace_id !== workspaceId)) return { kind: 'stopped' };
  if (!deps.channels.kinds().includes(channel.kind as never)) return { kind: 'stopped' };
  const adapter = deps.channels.get(channel.kind);
  if (!adapter.fetchSince) return { kind: 'stopped' };
  const pollMs = adapter.capabilities(toChannelAccount(channel, null)).pollIntervalMs ?? DEFAULT_POLL_MS;

  let result: FetchResult;
  try {
    result = await adapter.fetchSince(toChannelAccount(channel, deps.secrets), channel.sync_cursor, pageSize);
  } catch (error) {
    if (!(error instanceof ChannelError)) throw error;
    if (error.options.unhealthy || !error.retryable) {
      await markHealth(trx, channel, 'unhealthy', error.message);
      return { kind: 'unhealthy', pollMs: Math.max(pollMs, UNHEALTHY_POLL_MS) };
    }
    return { kind: 'throttled', retryInMs: Math.max(error.options.retryAfterMs ?? 0, pollMs * 5) };
  }

  // A platform may repeat an event within a page; the first one counts.
  const unique = [...new Map(result.events.map((e) => [e.platformId, e])).values()];
  const inserted = await repo.insertInboundItems(
    trx,
    unique.map((event) => toItemRow(channel.workspace_id, channel.id, event)),
  );
  for (const item of inserted) {
    await publishLive(trx, {
      workspaceId: channel.workspace_id,
      type: 'inbound_item.created',
      subjectId: item.id,
      data: { channelId: channel.id },
    });
  }
  await repo.saveSyncProgress(trx, channel.id, result.cursor ?? channel.sync_cursor, new Date());
  if (channel.health !== 'healthy') await markHealth(trx, channel, 'healthy', null);
  return { kind: 'page', newItems: inserted.length, hasMore: result.hasMore && result.events.length > 0, pollMs };
}

async function markHealth(
  trx: SyncDeps['db'],
  channel: { id: string; workspace_id: string; health: string; health_reason: string | null },
  health: 'healthy' | 'unhealthy',
  reason: string | null,
) {
  if (channel.health === health && channel.health_reason === reason) return;
  await repo.setChannelHealth(trx, channel.id, health, reason);
  await publishLive(trx, { workspaceId: channel.workspace_id, type: 'channel.updated', subjectId: channel.id });
}

function toItemRow(workspaceId: string, channelId: string, event: InboundEvent): NewInboundItem {
  return {
    workspace_id: workspaceId,
    channel_id: channelId,
    platform_id: event.platformId,
    kind: event.kind,
    author_platform_id: event.author.platformId,
    author_handle: event.author.handle,
    author_name: event.author.name ?? null,
    text: event.text,
    language: event.language ?? null,
    url: event.url ?? null,
    parent_platform_id: event.parentPlatformId ?? null,
    thread_platform_id: event.threadPlatformId ?? null,
    occurred_at: event.occurredAt,
    raw: JSON.stringify(event.raw ?? {}),
  };
}
