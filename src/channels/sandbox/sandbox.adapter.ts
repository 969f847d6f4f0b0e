/**
 * The sandbox network behind the ChannelAdapter interface, exactly like a real network would be:
 * polled with a cursor, actions made idempotent by key, failures raised as ChannelError. Settings
 * `unhealthy` and `failNext` simulate a revoked token and a failing call.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import {
  type ChannelAccount,
  type ChannelAdapter,
  type ChannelCapabilities,
  ChannelError,
  type FetchResult,
  type OutboundRequest,
  type OutboundResult,
} from '../channel.js';
import { sandboxAuthorProfile } from './sandbox-author-profile.js';
import { listSandboxFollowRequests } from './sandbox-follow-requests.js';
import { readFeedPage, type SandboxSettings } from './sandbox-network.js';
import * as repo from './sandbox.repository.js';
import { seedFrom } from './sandbox-traffic.js';

export const SANDBOX_MAX_LENGTH = 2000;
export const SANDBOX_POLL_INTERVAL_MS = 2000;

const CAPABILITIES: ChannelCapabilities = {
  actions: {
    publicReply: { supported: true },
    privateReply: { supported: true },
    hide: { supported: true },
    delete: { supported: true },
    block: { supported: true },
    mute: { supported: true },
    report: { supported: true },
    ban: { supported: true },
    followRequests: { supported: true },
    publish: { supported: true },
    publishMedia: { supported: true },
    profileFields: {
      supported: false,
      reason: 'The sandbox network has no profile to edit; its profile is made up from the handle.',
    },
    nativeScheduling: {
      supported: false,
      reason:
        'The sandbox network cannot schedule posts itself; Samtal keeps scheduled posts and publishes them on time.',
    },
  },
  maxLength: SANDBOX_MAX_LENGTH,
  ingest: ['poll'],
  pollIntervalMs: SANDBOX_POLL_INTERVAL_MS,
  privateReplyWindowMs: 7 * 24 * 3600_000, // like Meta, so the desk's deadline shows in the demo
  maxMedia: 4,
};

const REVOKED =
  'The sandbox network rejected the access token (simulated revoked token). Switch off "unhealthy" in the channel settings or reconnect the channel.';

export function createSandboxAdapter(db: Executor): ChannelAdapter {
  const checkAccess = (account: ChannelAccount) => {
    if ((account.settings as SandboxSettings).unhealthy) throw new ChannelError(REVOKED, false, { unhealthy: true });
    const token = account.credentials?.token;
    if (typeof token !== 'string' || !token.startsWith('sbx_')) {
      throw new ChannelError('The channel has no valid sandbox access token. Reconnect the channel.', false, {
        unhealthy: true,
      });
    }
  };

  return {
    kind: 'sandbox',
    capabilities: () => CAPABILITIES,

    async testConnection(account) {
      checkAccess(account);
      return {
        platformId: `sbx-account-${account.handle}`,
        handle: account.handle,
        displayName: `${account.handle} (sandbox)`,
        followers: 200 + (seedFrom(account.handle) % 9_800),
      };
    },

    async fetchSince(account, cursor, limit): Promise<FetchResult> {
      checkAccess(account);
      const page = await readFeedPage(db, account.id, cursor, limit);
      return {
        cursor: page.cursor,
        hasMore: page.hasMore,
        events: page.events.map(({ seq: _seq, intent: _intent, ...e }) => ({
          platformId: e.platformId,
          kind: e.kind,
          author: e.author,
          text: e.text,
          language: e.language,
          url: e.url,
          parentPlatformId: e.parentPlatformId,
          threadPlatformId: e.threadPlatformId,
          occurredAt: new Date(e.occurredAt),
          raw: { ...e, seq: _seq, intent: _intent },
          ...(e.change ? { change: e.change, editedAt: new Date(e.editedAt ?? e.occurredAt) } : {}),
        })),
      };
    },

    async listFollowRequests(account, limit) {
      checkAccess(account);
      return listSandboxFollowRequests(db, account, limit);
    },

    async fetchAuthorProfile(account, authorPlatformId) {
      checkAccess(account);
      return sandboxAuthorProfile(db, account.id, authorPlatformId);
    },

    async perform(account, request): Promise<OutboundResult> {
      checkAccess(account);
      // A simulated failure is asked for in the channel's settings; the account carries them as just
      // read, so the common case (none asked for) costs no statement on the hot path.
      const failure = 'failNext' in account.settings ? await repo.consumeFailNext(db, account.id) : null;
      if (failure === 'retryable')
        // A timeout, not a rate limit (retryAfterMs would mean "the network asked us to wait").
        throw new ChannelError('The sandbox network timed out (simulated). It will be tried again.', true);
      if (failure) throw new ChannelError('The sandbox network refused the request (simulated failure).', false);

      const target = 'targetPlatformId' in request ? request.targetPlatformId : null;
      if (target && !(await repo.networkHasPost(db, account.id, target))) {
        throw new ChannelError(`The post ${target} does not exist on the sandbox network (any more).`, false);
      }
      if ('text' in request && [...new Intl.Segmenter().segment(request.text)].length > SANDBOX_MAX_LENGTH) {
        throw new ChannelError(`The text is longer than ${SANDBOX_MAX_LENGTH} characters.`, false);
      }
      const { platformId } = await repo.recordAction(db, {
        workspaceId: account.workspaceId,
        channelId: account.id,
        platformId: newPlatformId(request),
        action: request.action,
        targetId: target ?? ('authorPlatformId' in request ? request.authorPlatformId : null),
        payload: payloadOf(request),
        idempotencyKey: request.idempotencyKey,
      });
      const delayMs = (account.settings as SandboxSettings).delayMs;
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs)); // done, but the answer is late
      return { platformId };
    },
  };
}

function newPlatformId(request: OutboundRequest): string {
  const prefix = { publicReply: 'reply', privateReply: 'dm', publish: 'post' } as Record<string, string>;
  return `sbx-${prefix[request.action] ?? 'act'}-${randomUUID()}`;
}

function payloadOf(request: OutboundRequest): Record<string, unknown> {
  const { idempotencyKey: _key, action: _action, ...rest } = request;
  return rest;
}
