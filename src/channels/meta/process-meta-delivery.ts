/**
 * A stored webhook delivery → inbox items. Each entry belongs to the connected channel whose
 * external id is the entry's Page id / Instagram user id. Instagram mentions are fetched from the
 * Graph API first (outside the transaction: no network calls while rows are locked); then one
 * transaction runs the events through the ingestion pipeline and marks the delivery processed, so a
 * crash or a second run of the job never stores an item twice or loses one. A delivery for an
 * account no channel claims is kept as `unmatched`.
 */
import type { AppContext } from '../../app/context.js';
import type { Channel } from '../../db/schema.js';
import { ingestEvents } from '../../ingest/ingest-events.js';
import { toChannelAccount } from '../channel-account.js';
import { ChannelError, type InboundEvent } from '../channel.js';
import { setChannelHealth } from '../channel-health.js';
import { fetchFacebookPost } from './facebook.adapter.js';
import { fetchInstagramMention } from './instagram.adapter.js';
import {
  deliverySchema,
  facebookEvents,
  instagramCommentEvents,
  instagramMentions,
  type InstagramMention,
} from './meta-events.js';
import * as repo from './meta-webhook.repository.js';

export type ProcessDeps = Pick<AppContext, 'db' | 'secrets' | 'channels' | 'config' | 'log'>;

/** Deliveries taken together: the pipeline's cost is per statement, not per item (one comment each is common). */
const BATCH = 100;

type Delivery = NonNullable<Awaited<ReturnType<typeof repo.findDelivery>>>;

interface Prepared {
  delivery: Delivery;
  kind: 'facebook' | 'instagram';
  /** Events per channel id, in the delivery's order. */
  batches: Map<string, { channel: Channel; events: InboundEvent[] }>;
  unmatched: Set<string>;
}

/**
 * Processes this delivery and, in the same transaction, the pending deliveries that arrived after it
 * (up to BATCH, in arrival order), so a burst of comments costs a few statements per batch instead of
 * per comment. Their own jobs then find nothing to do. Returns this delivery's status and the items
 * inserted by the whole batch.
 */
export async function processMetaDelivery(
  deps: ProcessDeps,
  deliveryId: string,
): Promise<{ status: 'processed' | 'unmatched' | 'done'; inserted: number }> {
  const delivery = await repo.findDelivery(deps.db, deliveryId);
  if (!delivery || delivery.status !== 'pending') return { status: 'done', inserted: 0 };
  const prepared: Prepared[] = [await prepare(deps, delivery)]; // its failure is this job's failure
  for (const later of await repo.listPendingDeliveriesAfter(deps.db, delivery.id, BATCH - 1)) {
    try {
      prepared.push(await prepare(deps, later));
    } catch {
      break; // its own job retries it (with backoff); nothing after it may overtake it
    }
  }

  return deps.db.transaction().execute(async (trx) => {
    const claimed = new Set(
      (
        await repo.lockPendingDeliveries(
          trx,
          prepared.map((p) => p.delivery.id),
        )
      ).map((d) => d.id),
    );
    if (!claimed.has(delivery.id)) return { status: 'done' as const, inserted: 0 };
    const taken: Prepared[] = [];
    for (const p of prepared) {
      if (!claimed.has(p.delivery.id)) break; // keep arrival order: stop at one another run holds
      taken.push(p);
    }
    const perChannel = new Map<string, { channel: Channel; events: InboundEvent[] }>();
    for (const p of taken) {
      for (const { channel, events } of p.batches.values()) {
        const merged = perChannel.get(channel.id) ?? { channel, events: [] };
        merged.events.push(...events);
        perChannel.set(channel.id, merged);
      }
    }
    let inserted = 0;
    for (const { channel, events } of perChannel.values()) {
      inserted += (await ingestEvents(trx, deps, channel, events)).inserted;
    }
    let status: 'processed' | 'unmatched' = 'processed';
    for (const p of taken) {
      const outcome = p.batches.size > 0 ? 'processed' : 'unmatched';
      if (p.delivery.id === delivery.id) status = outcome;
      await repo.completeDelivery(trx, p.delivery.id, outcome, [...p.unmatched]);
      if (p.unmatched.size > 0) {
        deps.log.warn(
          { deliveryId: p.delivery.id, accounts: [...p.unmatched], kind: p.kind },
          'meta webhook: no connected channel for these accounts',
        );
      }
    }
    return { status, inserted };
  });
}

/** How long one job run drains before handing over to a fresh run (other jobs get the worker too). */
const DRAIN_MS = 30_000;

/**
 * Everything pending, in arrival order, batch by batch: the job behind the webhook (one pending run
 * at a time, by job key, so a burst of 2,000 deliveries is a handful of batches, not 2,000 jobs). A
 * delivery that cannot be prepared yet (rate limit, revoked token) stays pending and does not hold up
 * the rest; the run then fails so the queue retries it with backoff. `more`: the time ran out first.
 */
export async function processPendingMetaDeliveries(deps: ProcessDeps, options: { drainMs?: number } = {}) {
  const deadline = Date.now() + (options.drainMs ?? DRAIN_MS);
  let after: string | null = null;
  let firstError: unknown = null;
  for (;;) {
    const next = await repo.firstPendingDelivery(deps.db, after);
    if (!next) break;
    if (Date.now() > deadline) return { more: true };
    try {
      await processMetaDelivery(deps, next.id);
    } catch (error) {
      firstError ??= error;
    }
    after = next.id;
  }
  if (firstError) throw firstError;
  return { more: false };
}

/** A delivery's events per channel, with what needs the Graph API fetched (outside any transaction). */
async function prepare(deps: ProcessDeps, delivery: Delivery): Promise<Prepared> {
  const payload = deliverySchema.parse(delivery.payload);
  const kind = delivery.object === 'page' ? 'facebook' : 'instagram';
  const channels = await repo.findConnectedChannelsByExternalIds(deps.db, kind, [
    ...new Set(payload.entry.map((e) => e.id)),
  ]);
  const byExternalId = new Map(channels.map((c) => [c.external_id!, c]));
  const batches = new Map<string, { channel: Channel; events: InboundEvent[] }>();
  const unmatched = new Set<string>();
  for (const entry of payload.entry) {
    const channel = byExternalId.get(entry.id);
    if (!channel) {
      unmatched.add(entry.id);
      continue;
    }
    const batch = batches.get(channel.id) ?? { channel, events: [] };
    batches.set(channel.id, batch);
    if (kind === 'facebook') {
      batch.events.push(...(await withPostText(deps, channel, facebookEvents(entry))));
      continue;
    }
    batch.events.push(...instagramCommentEvents(entry));
    for (const mention of instagramMentions(entry)) {
      const event = await fetchMention(deps, channel, mention, delivery.received_at);
      if (event) batch.events.push(event);
    }
  }
  return { delivery, kind, batches, unmatched };
}

/**
 * The mention's text from the Graph API. A revoked token turns the channel unhealthy and a rate limit
 * or outage throws: the job retries with backoff, so the mention arrives once it can. A mention Meta
 * no longer shows (deleted meanwhile) is skipped, so it does not hold up the rest of the delivery.
 */
async function fetchMention(deps: ProcessDeps, channel: Channel, mention: InstagramMention, receivedAt: Date) {
  try {
    return await fetchInstagramMention(deps, toChannelAccount(channel, deps.secrets), mention, receivedAt);
  } catch (error) {
    if (!(error instanceof ChannelError)) throw error;
    if (error.options.unhealthy) {
      await deps.db.transaction().execute((trx) => setChannelHealth(trx, channel, 'unhealthy', error.message));
      throw error;
    }
    if (error.retryable) throw error;
    deps.log.warn({ channelId: channel.id, mention, reason: error.message }, 'meta webhook: mention skipped');
    return null;
  }
}

/** New comments get the text of the post they answer (one Graph call per post and delivery). */
async function withPostText(deps: ProcessDeps, channel: Channel, events: InboundEvent[]): Promise<InboundEvent[]> {
  const posts = new Map<string, Promise<Awaited<ReturnType<typeof fetchFacebookPost>>>>();
  const account = toChannelAccount(channel, deps.secrets);
  return Promise.all(
    events.map(async (event) => {
      const postId = event.threadContext?.platformId;
      if (!postId || event.change || event.threadContext?.text) return event;
      if (!posts.has(postId)) posts.set(postId, fetchFacebookPost(deps, account, postId));
      const context = await posts.get(postId)!;
      if (!context) return event;
      return { ...event, threadContext: { ...context, url: context.url ?? event.threadContext?.url } };
    }),
  );
}
