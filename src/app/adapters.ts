import type { ChannelRegistry } from '../channels/channel-registry.js';
import { createSandboxAdapter } from '../channels/sandbox/sandbox.adapter.js';
import type { Db } from '../db/database.js';

/** Every channel adapter this build ships. */
export function registerAdapters(registry: ChannelRegistry, deps: { db: Db }): ChannelRegistry {
  return registry.register(createSandboxAdapter(deps.db));
}
