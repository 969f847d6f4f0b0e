import { createBlueskyAdapter } from '../channels/bluesky/bluesky.adapter.js';
import type { ChannelRegistry } from '../channels/channel-registry.js';
import { createMastodonAdapter } from '../channels/mastodon/mastodon.adapter.js';
import { createFacebookAdapter } from '../channels/meta/facebook.adapter.js';
import { createInstagramAdapter } from '../channels/meta/instagram.adapter.js';
import { createSandboxAdapter } from '../channels/sandbox/sandbox.adapter.js';
import type { Config } from '../config/config.js';
import type { Db } from '../db/database.js';

/** Every channel adapter this build ships. */
export function registerAdapters(registry: ChannelRegistry, deps: { db: Db; config: Config }): ChannelRegistry {
  registry.register(createFacebookAdapter({ config: deps.config }));
  registry.register(createInstagramAdapter({ config: deps.config }));
  registry.register(createBlueskyAdapter({ config: deps.config }));
  registry.register(createMastodonAdapter({ config: deps.config }));
  return registry.register(createSandboxAdapter(deps.db));
}
