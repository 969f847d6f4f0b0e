/** One LISTEN connection per API process, fanning events out to subscribers by workspace. */
import pg from 'pg';
import type { Logger } from 'pino';
import { LIVE_CHANNEL, type LiveEvent } from './live-events.js';

type Listener = (event: LiveEvent) => void;

export class LiveHub {
  private client: pg.Client | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'samtal-live' });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'live listener lost its connection; reconnecting');
      this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
  }

  subscribe(workspaceId: string, listener: Listener): () => void {
    let set = this.listeners.get(workspaceId);
    if (!set) this.listeners.set(workspaceId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(workspaceId);
    };
  }

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => {});
    this.client = null;
  }

  private dispatch(payload: string | undefined) {
    if (!payload) return;
    let event: LiveEvent;
    try {
      event = JSON.parse(payload) as LiveEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(event.workspaceId) ?? []) listener(event);
  }

  private scheduleReconnect() {
    if (this.stopped || this.reconnectTimer) return;
    this.client?.end().catch(() => {});
    this.client = null;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.start().catch((error) => {
        this.log.warn({ err: error }, 'live listener reconnect failed');
        this.scheduleReconnect();
      });
    }, 1_000);
  }
}
