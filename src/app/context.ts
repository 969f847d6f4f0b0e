import type { Logger } from 'pino';
import type { ChannelRegistry } from '../channels/channel-registry.js';
import type { Config } from '../config/config.js';
import type { DatabaseHandle, Db } from '../db/database.js';
import type { LiveHub } from '../live/live-hub.js';
import type { SecretBox } from '../shared/secret-box.js';

/** What the running process provides. Use cases take the parts they need, not the whole context. */
export interface AppContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  log: Logger;
  secrets: SecretBox;
  channels: ChannelRegistry;
  /** Present in processes that run the API service. */
  live: LiveHub | null;
}
