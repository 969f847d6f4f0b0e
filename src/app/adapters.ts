import type { ChannelRegistry } from '../channels/channel-registry.js';

/** Every channel adapter this build ships. */
export function registerAdapters(registry: ChannelRegistry): ChannelRegistry {
  return registry;
}
