/** What the Facebook and Instagram adapters share: the Graph client per account, the 7-day window, time parsing. */
import type { Config } from '../../config/config.js';
import { type ChannelAccount, ChannelError } from '../channel.js';
import { GraphClient } from './graph-client.js';

/** Meta allows one private reply to a comment, within 7 days of the comment. */
export const PRIVATE_REPLY_WINDOW_MS = 7 * 24 * 3600_000;
/** Webhooks carry the traffic; the poll only catches what arrived while they were down. */
export const META_POLL_INTERVAL_MS = 5 * 60_000;
/** A first poll (no cursor) looks back this far: what can still get a private reply. */
export const FIRST_POLL_LOOKBACK_MS = PRIVATE_REPLY_WINDOW_MS;

export interface MetaAdapterDeps {
  config: Pick<Config, 'meta'>;
  fetch?: typeof fetch;
}

export function credential(account: ChannelAccount, key: string, network: string): string {
  const value = account.credentials?.[key];
  if (typeof value !== 'string' || value === '') {
    throw new ChannelError(`The ${network} channel has no ${key} stored. Reconnect the channel.`, false, {
      unhealthy: true,
    });
  }
  return value;
}

export function graphFor(deps: MetaAdapterDeps, token: string, network: string): GraphClient {
  return new GraphClient({
    graphUrl: deps.config.meta.graphUrl,
    accessToken: token,
    appSecret: deps.config.meta.appSecret,
    network,
    fetch: deps.fetch,
  });
}

/** Graph times: unix seconds (webhooks), ISO with "+0000" (Graph objects), or milliseconds. */
export function graphTime(value: unknown, fallback = new Date()): Date {
  if (typeof value === 'number') return new Date(value > 1e12 ? value : value * 1000);
  if (typeof value === 'string') {
    if (/^\d+$/.test(value)) return graphTime(Number(value), fallback);
    const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(date.getTime())) return date;
  }
  return fallback;
}

/** Refuses before calling Meta when the comment is older than the private-reply window. */
export function checkPrivateReplyWindow(network: string, commentCreatedAt: Date, now = new Date()) {
  if (now.getTime() - commentCreatedAt.getTime() <= PRIVATE_REPLY_WINDOW_MS) return;
  throw new ChannelError(
    `${network} only allows a private reply within 7 days of the comment; this comment was written on ${commentCreatedAt.toISOString().slice(0, 10)}. Answer publicly instead.`,
    false,
  );
}

export const unixSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Graph has no idempotency keys. Before answering a comment we look for our own reply with the same
 * text under it: a job retried after a crash mid-call then finds the first reply instead of posting
 * twice. The lookup is best effort (a comment we cannot list, e.g. an @mention elsewhere, is posted to).
 */
export async function findOwnReply(
  graph: GraphClient,
  path: string,
  ownId: string,
  text: string,
  fields: { text: 'message' | 'text' },
): Promise<string | null> {
  try {
    const page = await graph.get<{
      data: Array<{ id: string; from?: { id: string }; message?: string; text?: string }>;
    }>(path, { fields: `id,${fields.text},from`, limit: 100 });
    return page.data.find((c) => c.from?.id === ownId && c[fields.text] === text)?.id ?? null;
  } catch (error) {
    if (error instanceof ChannelError && !error.retryable && !error.options.unhealthy) return null;
    throw error;
  }
}
