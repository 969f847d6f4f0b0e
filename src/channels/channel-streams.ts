/**
 * Keeps one stream listener per connected push-capable channel (an adapter with `watch`, e.g.
 * Mastodon's notification stream) in the worker process. New activity asks for a sync right away,
 * so an item reaches the desk in seconds; the cursor poll stays the source of truth, so a dropped
 * stream, a restart or a crash loses nothing. The set of listeners follows connects, reconnects
 * (new credentials restart the listener) and disconnects on every refresh.
 */
import type { Logger } from 'pino';
import type { AppContext } from '../app/context.js';
import { toChannelAccount } from './channel-account.js';
import { enqueueSync } from './channel.jobs.js';
import * as repo from './channels.repository.js';

export type StreamDeps = Pick<AppContext, 'db' | 'secrets' | 'channels'> & { log: Logger };

interface Listener {
  version: string;
  close(): void;
}

export interface ChannelStreams {
  /** Starts and stops listeners to match the connected channels; runs on a timer too. */
  refresh(): Promise<void>;
  /** Channel ids with a running listener. */
  active(): string[];
  stop(): void;
}

export function startChannelStreams(deps: StreamDeps, options: { refreshMs?: number } = {}): ChannelStreams {
  const listeners = new Map<string, Listener>();
  let stopped = false;
  let running: Promise<void> | null = null;

  const syncSoon = (target: { workspaceId: string; channelId: string }) => {
    enqueueSync(deps.db, target).catch((error: Error) =>
      deps.log.warn({ err: error, channelId: target.channelId }, 'could not ask for a sync after stream activity'),
    );
  };

  const refreshOnce = async () => {
    const kinds = deps.channels.kinds().filter((kind) => deps.channels.get(kind).watch);
    const channels = await repo.listConnectedChannelsOfKinds(deps.db, kinds);
    const wanted = new Set<string>();
    for (const channel of channels) {
      if (stopped) return;
      wanted.add(channel.id);
      const version = channel.credentials_encrypted ?? '';
      const current = listeners.get(channel.id);
      if (current?.version === version) continue;
      current?.close();
      listeners.delete(channel.id);
      try {
        const account = toChannelAccount(channel, deps.secrets);
        const target = { workspaceId: channel.workspace_id, channelId: channel.id };
        const watcher = deps.channels.get(channel.kind).watch!(account, () => syncSoon(target));
        listeners.set(channel.id, { version, close: () => watcher.close() });
      } catch (error) {
        deps.log.warn({ err: error, channelId: channel.id }, 'could not start the channel stream');
      }
    }
    for (const [id, listener] of listeners) {
      if (!wanted.has(id)) {
        listener.close();
        listeners.delete(id);
      }
    }
  };

  const refresh = () => {
    running ??= refreshOnce()
      .catch((error: Error) => deps.log.warn({ err: error }, 'could not refresh the channel streams'))
      .finally(() => (running = null));
    return running;
  };

  const timer = setInterval(() => void refresh(), options.refreshMs ?? 60_000);
  timer.unref();
  void refresh();

  return {
    refresh,
    active: () => [...listeners.keys()],
    stop() {
      stopped = true;
      clearInterval(timer);
      for (const listener of listeners.values()) listener.close();
      listeners.clear();
    },
  };
}
