/**
 * Poll-with-cursor ingestion of one channel. Each page is one transaction that claims the channel
 * (two workers never sync the same channel at once), runs the page through the ingestion pipeline
 * (src/ingest: items in conversations, analysis, routing, response targets, live events) and moves
 * the cursor: all of it commits together or not at all, so a crash or a redelivery never loses or
 * duplicates an item.
 */
import type { AppContext } from '../app/context.js';
import type { AnalysisLookahead } from '../ingest/analysis-lookahead.js';
import { ingestEvents, type IngestOptions } from '../ingest/ingest-events.js';
import { toChannelAccount } from './channel-account.js';
import { setChannelHealth, setChannelThrottled } from './channel-health.js';
import { ChannelError, type FetchResult } from './channel.js';
import * as repo from './channels.repository.js';

export type SyncDeps = Pick<AppContext, 'db' | 'secrets' | 'channels'>;

export interface SyncResult {
  status: 'synced' | 'busy' | 'unhealthy' | 'throttled' | 'stopped';
  newItems: number;
  /** When the next poll should run, ms from now; null: do not poll this channel any more. */
  nextInMs: number | null;
}

/** Big pages: a backlog (first sync, after an outage) goes in at thousands of items a second; the
 * pipeline's cost per page is mostly per statement, not per item. */
const PAGE_SIZE = 500;
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
  options: {
    workspaceId?: string;
    pageSize?: number;
    maxPages?: number;
    ingest?: IngestOptions;
    /** Analyse the next page while this one is written (backlogs on a cheap-to-reread source). */
    lookahead?: AnalysisLookahead;
  } = {},
): Promise<SyncResult> {
  let newItems = 0;
  const maxPages = options.maxPages ?? MAX_PAGES;
  for (let page = 0; page < maxPages; page++) {
    const outcome = await deps.db
      .transaction()
      .execute((trx) =>
        syncPage(
          deps,
          trx,
          channelId,
          options.workspaceId,
          options.pageSize ?? PAGE_SIZE,
          options.ingest,
          options.lookahead,
        ),
      );
    switch (outcome.kind) {
      case 'page':
        newItems += outcome.newItems;
        if (!outcome.hasMore) return { status: 'synced', newItems, nextInMs: outcome.pollMs };
        if (page === maxPages - 1) return { status: 'synced', newItems, nextInMs: 0 }; // more waiting: continue in a fresh job
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
  ingestOptions: IngestOptions | undefined,
  lookahead: AnalysisLookahead | undefined,
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
      // The cursor stays where it is: once the channel works again the poll picks up everything.
      await setChannelHealth(trx, channel, 'unhealthy', error.message);
      return { kind: 'unhealthy', pollMs: Math.max(pollMs, UNHEALTHY_POLL_MS) };
    }
    const retryInMs = Math.max(error.options.retryAfterMs ?? 0, pollMs * 5);
    // Only a network that said "slow down" throttles the channel; a timeout is just retried later.
    if (error.options.retryAfterMs !== undefined) {
      await setChannelThrottled(trx, channel, new Date(Date.now() + error.options.retryAfterMs));
    }
    return { kind: 'throttled', retryInMs };
  }

  // Redeliveries (within the page or of earlier pages) change nothing; the pipeline drops them.
  let options = ingestOptions;
  if (lookahead) {
    options = { ...ingestOptions, analyze: lookahead.forPage() };
    const cursor = result.cursor ?? channel.sync_cursor;
    if (result.hasMore && result.events.length > 0) {
      lookahead.prefetch(async () => {
        const next = await adapter.fetchSince!(toChannelAccount(channel, deps.secrets), cursor, pageSize);
        return next.events;
      });
    }
  }
  const ingested = await ingestEvents(trx, deps, channel, result.events, options);
  await repo.saveSyncProgress(trx, channel.id, result.cursor ?? channel.sync_cursor, new Date());
  if (channel.health !== 'healthy') await setChannelHealth(trx, channel, 'healthy', null);
  await setChannelThrottled(trx, channel, null);
  return { kind: 'page', newItems: ingested.inserted, hasMore: result.hasMore && result.events.length > 0, pollMs };
}
