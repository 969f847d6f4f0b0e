import type { Channel } from '../db/schema.js';
import type { SecretBox } from '../shared/secret-box.js';
import type { ChannelAccount, ChannelCapabilities } from './channel.js';
import type { ChannelRegistry } from './channel-registry.js';

/** What an adapter gets to work with. Credentials are opened only when `secrets` is given. */
export function toChannelAccount(row: Channel, secrets: SecretBox | null): ChannelAccount {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    handle: row.handle,
    settings: (row.settings ?? {}) as Record<string, unknown>,
    credentials: secrets && row.credentials_encrypted ? (JSON.parse(secrets.open(row.credentials_encrypted)) as Record<string, unknown>) : null,
  };
}

/** The channel's capabilities; a kind this build has no adapter for can do nothing, and says why. */
export function capabilitiesOf(registry: ChannelRegistry, row: Channel): ChannelCapabilities {
  if (!registry.kinds().includes(row.kind as never)) {
    const reason = `This Samtal build has no adapter for "${row.kind}" channels.`;
    const no = { supported: false as const, reason };
    return {
      actions: { publicReply: no, privateReply: no, hide: no, delete: no, block: no, mute: no, report: no, followRequests: no, publish: no, nativeScheduling: no },
      maxLength: 0,
      ingest: [],
    };
  }
  return registry.get(row.kind).capabilities(toChannelAccount(row, null));
}
