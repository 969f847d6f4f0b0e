/**
 * Push for Mastodon: listens to the account's notification stream and asks for a sync when a
 * mention arrives, so replies reach the desk in seconds instead of at the next poll. The poll with
 * its cursor stays the source of truth (a dropped stream loses nothing; the next poll catches up).
 *
 * Why not masto's streaming client: it needs a WebSocket implementation, which Node 20 has only
 * behind --experimental-websocket (and `ws` is not one of our dependencies). Mastodon serves the
 * same streams as server-sent events over plain HTTP (GET /api/v1/streaming/user/notification), so
 * this reads them with fetch.
 */
import type { Config } from '../../config/config.js';
import type { ChannelAccount } from '../channel.js';
import { openSession, REVOKED } from './mastodon-client.js';

export interface MastodonStreamOptions {
  config: Config;
  account: ChannelAccount;
  /** A mention (or private mention) arrived: enqueue a sync of the channel. */
  onMention: (notificationId: string) => void | Promise<void>;
  /** The stream cannot work (revoked token): it stops; the poll reports the channel's health. */
  onStopped?: (reason: string) => void;
  /** Wait before reconnecting after a dropped stream, ms (doubles up to 5 minutes). */
  retryMs?: number;
}

export interface MastodonStream {
  close(): void;
  /** Resolves when the stream has stopped for good (closed, or the token was refused). */
  done: Promise<void>;
}

const MAX_RETRY_MS = 5 * 60_000;

export function watchMastodonMentions(options: MastodonStreamOptions): MastodonStream {
  const abort = new AbortController();
  const done = run(options, abort.signal).catch(() => undefined);
  return { close: () => abort.abort(), done };
}

async function run(options: MastodonStreamOptions, signal: AbortSignal): Promise<void> {
  const session = await openSession(options.config, options.account);
  const token = String(options.account.credentials?.accessToken ?? '');
  const base = await streamingBase(session);
  let wait = options.retryMs ?? 5_000;
  while (!signal.aborted) {
    try {
      const res = await fetch(new URL('/api/v1/streaming/user/notification', base), {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        signal,
      });
      if (res.status === 401 || res.status === 403) {
        options.onStopped?.(REVOKED);
        return;
      }
      if (res.ok && res.body) {
        wait = options.retryMs ?? 5_000; // connected: the next drop starts the backoff afresh
        await readEvents(res.body, signal, async (event, data) => {
          if (event !== 'notification') return;
          const notification = JSON.parse(data) as { id?: string; type?: string };
          if (notification.type === 'mention' && notification.id) await options.onMention(notification.id);
        });
      }
    } catch (error) {
      if (signal.aborted) return;
      void error; // a dropped connection: reconnect below
    }
    if (signal.aborted) return;
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, wait);
      signal.addEventListener('abort', () => (clearTimeout(timer), resolve(undefined)), { once: true });
    });
    wait = Math.min(wait * 2, MAX_RETRY_MS);
  }
}

/** The streaming server may live elsewhere (configuration.urls.streaming, a wss: URL). */
async function streamingBase(session: Awaited<ReturnType<typeof openSession>>): Promise<URL> {
  try {
    const instance = await session.call('read the server configuration', () => session.client.v2.instance.fetch.$raw());
    const streaming = instance.configuration?.urls?.streaming;
    if (streaming) {
      const url = new URL(streaming.replace(/^ws/, 'http'));
      // Only the same host: a configuration must not send our token to another server.
      if (url.hostname === session.instance.hostname) return url;
    }
  } catch {
    // An old server without /api/v2/instance streams on its own address.
  }
  return session.instance;
}

/** Server-sent events: "event:" and "data:" lines, a blank line ends an event, ":" lines are heartbeats. */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onEvent: (event: string, data: string) => Promise<void>,
): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    if (signal.aborted) return;
    buffer += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline).replace(/\r$/, '');
      buffer = buffer.slice(newline + 1);
      if (line === '') {
        if (data.length > 0) await onEvent(event, data.join('\n'));
        event = 'message';
        data = [];
      } else if (line.startsWith(':')) continue;
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
  }
}
