/**
 * Mastodon behind the ChannelAdapter interface, through masto. Mentions and private mentions (direct
 * messages) come from GET /api/v1/notifications?types[]=mention, paged forward with min_id: the
 * cursor is the newest notification id seen (Link rel="prev"), so a poll after downtime continues
 * exactly where the last stored page ended — no gaps, no duplicates.
 */
import type { mastodon } from 'masto';
import type { Config } from '../../config/config.js';
import type { ChannelAccount, ChannelAdapter, ChannelCapabilities, FetchResult, FollowRequest } from '../channel.js';
import { htmlToText } from './html-to-text.js';
import { fetchMastodonAuthor } from './mastodon-author-profile.js';
import { BAN_REASON, HIDE_REASON, performOnMastodon } from './mastodon-actions.js';
import { MastodonError, mastodonCredentialsSchema, openSession, type MastodonSession } from './mastodon-client.js';
import { watchMastodonMentions } from './mastodon-stream.js';
import { compareIds, newestId, prevMinId, toInboundEvent } from './mastodon-events.js';

/** Mastodon's default; an instance may allow more (configuration.statuses.max_characters). */
export const MASTODON_DEFAULT_MAX_CHARACTERS = 500;
export const MASTODON_POLL_INTERVAL_MS = 30_000;
/** GET /api/v1/notifications answers at most 80 per page. */
const MAX_PAGE = 80;
/** Thread roots looked up per page; beyond this a reply hangs under what it answers. */
const MAX_CONTEXT_LOOKUPS = 20;

export function createMastodonAdapter(deps: { config: Config }): ChannelAdapter {
  // Per process: learned from the instance at testConnection / the first poll.
  const maxCharacters = new Map<string, number>();
  const ownIds = new Map<string, string>();

  const session = (account: ChannelAccount) => openSession(deps.config, account);

  const ownAccountId = async (s: MastodonSession, account: ChannelAccount) => {
    const known = ownIds.get(account.id);
    if (known) return known;
    const me = await s.call('read the account', () => s.client.v1.accounts.verifyCredentials.$raw(), {
      forbiddenIsUnhealthy: true,
    });
    ownIds.set(account.id, me.id);
    return me.id;
  };

  const capabilities = (account: ChannelAccount): ChannelCapabilities => {
    const configured = Number(account.settings.maxCharacters);
    return {
      actions: {
        publicReply: { supported: true },
        privateReply: { supported: true },
        hide: { supported: false, reason: HIDE_REASON },
        delete: { supported: true },
        block: { supported: true },
        mute: { supported: true },
        report: { supported: true },
        ban: { supported: false, reason: BAN_REASON },
        followRequests: { supported: true },
        publish: { supported: true },
        publishMedia: { supported: true },
        nativeScheduling: { supported: true },
        profileFields: {
          supported: false,
          reason: 'Samtal shows the profile fields but cannot change them yet; edit them in Mastodon.',
        },
      },
      maxLength:
        maxCharacters.get(account.id) ??
        (Number.isInteger(configured) && configured > 0 ? configured : MASTODON_DEFAULT_MAX_CHARACTERS),
      ingest: ['poll', 'stream'],
      pollIntervalMs: MASTODON_POLL_INTERVAL_MS,
      maxMedia: 4,
    };
  };

  return {
    kind: 'mastodon',

    watch(account, onActivity) {
      return watchMastodonMentions({ config: deps.config, account, onMention: onActivity });
    },
    credentialsSchema: mastodonCredentialsSchema,
    capabilities,

    async testConnection(account) {
      const s = await session(account);
      const me = await s.call('read the account', () => s.client.v1.accounts.verifyCredentials.$raw(), {
        forbiddenIsUnhealthy: true,
      });
      ownIds.set(account.id, me.id);
      const domain = await learnLimits(s, account.id, maxCharacters);
      return {
        platformId: me.id,
        // The server's own domain (LOCAL_DOMAIN) is the handle's, even when the web address differs.
        handle: `${me.username}@${domain ?? s.instance.hostname}`,
        displayName: me.displayName || me.username,
        followers: me.followersCount,
        following: me.followingCount,
        posts: me.statusesCount,
        bio: htmlToText(me.note),
        url: me.url ?? undefined,
        avatarUrl: me.avatar,
        fields: me.fields.map((f) => ({ name: f.name, value: htmlToText(f.value) })),
        locked: me.locked,
      };
    },

    async fetchSince(account, cursor, limit): Promise<FetchResult> {
      const s = await session(account);
      const pageSize = Math.max(1, Math.min(limit, MAX_PAGE));
      const own = await ownAccountId(s, account);
      if (!maxCharacters.has(account.id)) await learnLimits(s, account.id, maxCharacters);
      // First poll (no cursor): the newest page only, not the account's whole history.
      const page = await s.callWithHeaders(
        'read the notifications',
        async () =>
          await s.client.v1.notifications.list.$raw({
            types: ['mention'],
            limit: pageSize,
            ...(cursor ? { minId: cursor } : {}),
            // Mastodon 4.3+ files private mentions from strangers under "filtered" by default; a
            // desk must see them. Older servers ignore the parameter. (masto's v1 type lacks it.)
            ...({ includeFiltered: true } as object),
          }),
        { forbiddenIsUnhealthy: true },
      );
      const notifications = page.data
        .filter((n) => n.type === 'mention' && n.status)
        .sort((a, b) => compareIds(a.id, b.id));
      const roots = await threadRoots(s, notifications);
      const events = notifications.flatMap((n) => {
        const event = toInboundEvent(n, { ownAccountId: own, root: roots.get(n.status!.inReplyToId ?? '') });
        return event ? [event] : [];
      });
      const next = prevMinId(page.headers.get('link')) ?? newestId(page.data.map((n) => n.id)) ?? cursor;
      return { events, cursor: next, hasMore: cursor !== null && page.data.length >= pageSize };
    },

    async perform(account, request) {
      const s = await session(account);
      return performOnMastodon(s, request, () => ownAccountId(s, account));
    },

    async listFollowRequests(account, limit): Promise<FollowRequest[]> {
      const s = await session(account);
      const accounts = await s.call(
        'read the follow requests',
        async () => await s.client.v1.followRequests.list.$raw({ limit: Math.max(1, Math.min(limit, MAX_PAGE)) }),
      );
      return accounts.map((a) => ({
        platformId: a.id,
        handle: a.acct,
        displayName: a.displayName || a.username,
        bio: htmlToText(a.note),
        url: a.url ?? undefined,
        avatarUrl: a.avatar,
        followers: a.followersCount,
        following: a.followingCount,
        posts: a.statusesCount,
      }));
    },

    async fetchAuthorProfile(account, authorPlatformId) {
      return fetchMastodonAuthor(await session(account), authorPlatformId);
    },
  };
}

/**
 * The instance's post length limit (and its domain); an old server without /api/v2/instance keeps
 * the default.
 */
async function learnLimits(s: MastodonSession, accountId: string, into: Map<string, number>): Promise<string | null> {
  try {
    const instance = await s.call('read the server configuration', () => s.client.v2.instance.fetch.$raw());
    const max = instance.configuration?.statuses?.maxCharacters;
    into.set(accountId, typeof max === 'number' && max > 0 ? max : MASTODON_DEFAULT_MAX_CHARACTERS);
    return instance.domain || null;
  } catch (error) {
    if (error instanceof MastodonError && (error.options.unhealthy || error.options.retryAfterMs)) throw error;
    into.set(accountId, MASTODON_DEFAULT_MAX_CHARACTERS);
    return null;
  }
}

/**
 * The thread root of every reply in the page, by the id it answers: one context call per distinct
 * parent, at most MAX_CONTEXT_LOOKUPS. A parent that is gone or private just has no root.
 */
async function threadRoots(
  s: MastodonSession,
  notifications: mastodon.v1.Notification[],
): Promise<Map<string, mastodon.v1.Status>> {
  const parents = [...new Set(notifications.map((n) => n.status?.inReplyToId).filter((id): id is string => !!id))];
  const roots = new Map<string, mastodon.v1.Status>();
  for (const parent of parents.slice(0, MAX_CONTEXT_LOOKUPS)) {
    try {
      const context = await s.call('read the thread', () => s.client.v1.statuses.$select(parent).context.fetch.$raw());
      const root = context.ancestors[0];
      if (root) roots.set(parent, root);
      else {
        const self = await s.call('read the thread', () => s.client.v1.statuses.$select(parent).fetch.$raw());
        roots.set(parent, self);
      }
    } catch (error) {
      if (error instanceof MastodonError && !error.retryable && !error.options.unhealthy) continue;
      throw error;
    }
  }
  return roots;
}
