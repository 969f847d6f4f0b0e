/**
 * Bluesky (AT Protocol) behind the ChannelAdapter interface: sign-in with an app password
 * (bluesky-session), polling notifications (bluesky-ingest), actions (bluesky-actions).
 */
import type { Config } from '../../config/config.js';
import { ChannelError, type ChannelAdapter, type ChannelCapabilities, type ChannelProfile } from '../channel.js';
import { BLUESKY_MAX_LENGTH, BLUESKY_MAX_MEDIA, performOnBluesky } from './bluesky-actions.js';
import { fetchBlueskyAuthor } from './bluesky-author-profile.js';
import { fetchNotifications } from './bluesky-ingest.js';
import { fetchOwnBlueskyProfile } from './bluesky-own-profile.js';
import { blueskyCredentialsSchema, createBlueskySessions } from './bluesky-session.js';

const CAPABILITIES: ChannelCapabilities = {
  actions: {
    publicReply: { supported: true },
    privateReply: {
      supported: false,
      reason: 'Bluesky direct messages run on a separate chat service that app-password connections cannot use yet.',
    },
    hide: { supported: true },
    delete: { supported: true },
    block: { supported: true },
    mute: { supported: true },
    report: { supported: true },
    ban: { supported: false, reason: 'Bluesky has no bans; block the account instead.' },
    followRequests: {
      supported: false,
      reason: 'Bluesky has no locked accounts, so there are no follow requests to approve.',
    },
    publish: { supported: true },
    publishMedia: { supported: true },
    nativeScheduling: {
      supported: false,
      reason: 'Bluesky cannot schedule posts; Samtal keeps scheduled posts and publishes them on time.',
    },
    profileFields: {
      supported: false,
      reason: 'Bluesky profiles have no custom fields; edit the name and bio in the Bluesky app.',
    },
  },
  maxLength: BLUESKY_MAX_LENGTH,
  ingest: ['poll'],
  pollIntervalMs: 30_000,
  maxMedia: BLUESKY_MAX_MEDIA,
};

export function createBlueskyAdapter(deps: { config: Config; sessionRecheckMs?: number }): ChannelAdapter {
  const sessions = createBlueskySessions(deps);

  return {
    kind: 'bluesky',
    credentialsSchema: blueskyCredentialsSchema,
    capabilities: () => CAPABILITIES,

    async testConnection(account): Promise<ChannelProfile> {
      await sessions.signInFresh(account);
      return sessions.withAgent(account, (agent, did) => fetchOwnBlueskyProfile(agent, did));
    },

    fetchSince(account, cursor, limit) {
      return sessions.withAgent(account, (agent) => fetchNotifications(agent, cursor, limit));
    },

    async perform(account, request) {
      const unsupported = {
        privateReply: CAPABILITIES.actions.privateReply,
        ban: CAPABILITIES.actions.ban,
        authorizeFollow: CAPABILITIES.actions.followRequests,
        rejectFollow: CAPABILITIES.actions.followRequests,
      }[request.action as string];
      if (unsupported && !unsupported.supported) throw new ChannelError(unsupported.reason, false);
      return sessions.withAgent(account, (agent, did) => performOnBluesky(agent, did, request));
    },

    fetchAuthorProfile(account, authorPlatformId) {
      return sessions.withAgent(account, (agent) => fetchBlueskyAuthor(agent, authorPlatformId));
    },
  };
}
