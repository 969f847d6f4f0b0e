/**
 * What a variant must satisfy: a channel of this workspace that is connected and can publish, and
 * images the network accepts (as src/channels/request-action.ts checks a publish action). Length is
 * not refused while drafting — it is shown, and blocks only at scheduling (checkPostForScheduling).
 */
import type { ChannelRegistry } from '../../channels/channel-registry.js';
import { capabilitiesOf } from '../../channels/channel-account.js';
import type { Channel } from '../../db/schema.js';
import type { Executor } from '../../db/database.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { MediaInput, VariantInput } from './posts.schema.js';
import { findChannels, type VariantValues } from './posts.repository.js';

const MAX_MEDIA_BYTES = 1024 * 1024;

export async function validateVariants(
  deps: { db: Executor; channels: ChannelRegistry },
  workspaceId: string,
  variants: readonly VariantInput[],
): Promise<VariantValues[]> {
  const channels = new Map(
    (
      await findChannels(
        deps.db,
        workspaceId,
        variants.map((v) => v.channelId),
      )
    ).map((c) => [c.id, c]),
  );
  return variants.map((variant) => {
    const channel = channels.get(variant.channelId);
    if (!channel) throw notFound('The channel');
    if (channel.disconnected_at)
      throw conflict(`The channel "${channel.name}" is disconnected; reconnect it before posting through it.`);
    const capabilities = capabilitiesOf(deps.channels, channel);
    if (!capabilities.actions.publish.supported)
      throw badRequest(`"${channel.name}": ${capabilities.actions.publish.reason}`);
    const media = variant.media ?? [];
    checkMedia(deps.channels, channel, media);
    return { channelId: channel.id, text: variant.text, language: variant.language ?? null, media };
  });
}

export function checkMedia(registry: ChannelRegistry, channel: Channel, media: readonly MediaInput[]) {
  if (!media.length) return;
  const capabilities = capabilitiesOf(registry, channel);
  const capability = capabilities.actions.publishMedia;
  if (!capability.supported) throw badRequest(`"${channel.name}": ${capability.reason}`);
  const max = capabilities.maxMedia ?? 0;
  if (media.length > max)
    throw badRequest(`"${channel.name}" allows at most ${max} images on a post; there are ${media.length}.`);
  media.forEach((m, i) => {
    const bytes = Buffer.byteLength(m.dataBase64, 'base64');
    if (bytes > MAX_MEDIA_BYTES)
      throw badRequest(`Image ${i + 1} is ${(bytes / 1_048_576).toFixed(1)} MB; at most 1 MB per image.`);
  });
}
