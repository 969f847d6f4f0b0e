import type { Channel } from '../db/schema.js';
import type { SecretBox } from '../shared/secret-box.js';
import { ChannelError, type ChannelAccount, type ChannelCapabilities } from './channel.js';
import type { ChannelRegistry } from './channel-registry.js';

/** What an adapter gets to work with. Credentials are opened only when `secrets` is given. */
export function toChannelAccount(row: Channel, secrets: SecretBox | null): ChannelAccount {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    handle: row.handle,
    settings: (row.settings ?? {}) as Record<string, unknown>,
    credentials: secrets && row.credentials_encrypted ? openCredentials(secrets, row.credentials_encrypted) : null,
  };
}

function openCredentials(secrets: SecretBox, sealed: string): Record<string, unknown> {
  try {
    return JSON.parse(secrets.open(sealed)) as Record<string, unknown>;
  } catch {
    // A key that was rotated away: the channel cannot work until it is reconnected; say so.
    throw new ChannelError(
      'The stored credentials cannot be decrypted with the configured keys (see SAMTAL_PREVIOUS_SECRET_KEYS). Reconnect the channel.',
      false,
      {
        unhealthy: true,
      },
    );
  }
}

/** The channel's capabilities; a kind this build has no adapter for can do nothing, and says why. */
export function capabilitiesOf(registry: ChannelRegistry, row: Channel): ChannelCapabilities {
  if (!registry.kinds().includes(row.kind as never)) {
    const reason = `This Samtal build has no adapter for "${row.kind}" channels.`;
    const no = { supported: false as const, reason };
    return {
      actions: {
        publicReply: no,
        privateReply: no,
        hide: no,
        delete: no,
        block: no,
        mute: no,
        report: no,
        ban: no,
        followRequests: no,
        publish: no,
        publishMedia: no,
        nativeScheduling: no,
        profileFields: no,
      },
      maxLength: 0,
      ingest: [],
    };
  }
  return registry.get(row.kind).capabilities(toChannelAccount(row, null));
}
