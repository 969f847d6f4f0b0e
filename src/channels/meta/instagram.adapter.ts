/**
 * An Instagram professional account through the Graph API (Instagram API with Facebook Login).
 * Comments and @mentions arrive by webhook; the slow poll here is the safety net. Credentials:
 * { igUserId, pageAccessToken } (the token of the Facebook Page the account is linked to).
 */
import { z } from 'zod';
import {
  type ChannelAccount,
  type ChannelAdapter,
  type ChannelCapabilities,
  ChannelError,
  type FetchResult,
  type InboundEvent,
  type OutboundResult,
} from '../channel.js';
import type { GraphClient } from './graph-client.js';
import type { InstagramMention } from './meta-events.js';
import {
  checkPrivateReplyWindow,
  credential,
  findOwnReply,
  FIRST_POLL_LOOKBACK_MS,
  graphFor,
  graphTime,
  META_POLL_INTERVAL_MS,
  type MetaAdapterDeps,
  PRIVATE_REPLY_WINDOW_MS,
  unixSeconds,
} from './meta-common.js';

const NETWORK = 'Instagram';
/** Instagram's limit for comments and captions. */
export const INSTAGRAM_MAX_LENGTH = 2200;
const POLL_MEDIA = 10;

export const instagramCredentialsSchema = z.object({
  igUserId: z.string().regex(/^\d+$/, 'must be the numeric Instagram professional account id'),
  pageAccessToken: z.string().min(20, 'must be the access token of the Facebook Page linked to the account'),
});

const NO_MODERATION =
  "Instagram's API does not let a business account block, restrict or mute people; do it in the Instagram app.";

const CAPABILITIES: ChannelCapabilities = {
  actions: {
    publicReply: { supported: true },
    privateReply: { supported: true },
    hide: { supported: true },
    delete: { supported: true },
    ban: { supported: false, reason: NO_MODERATION },
    block: { supported: false, reason: NO_MODERATION },
    mute: { supported: false, reason: NO_MODERATION },
    report: {
      supported: false,
      reason: 'Instagram has no API for reporting comments or people; report them in the Instagram app.',
    },
    followRequests: {
      supported: false,
      reason: 'Instagram professional accounts are public; there are no follow requests to decide.',
    },
    publish: {
      supported: false,
      reason: 'Instagram posts need a photo or video at a public web address; publish them from Instagram.',
    },
    publishMedia: {
      supported: false,
      reason: 'Instagram posts need a photo or video at a public web address; publish them from Instagram.',
    },
    nativeScheduling: { supported: false, reason: "Instagram's API cannot schedule posts." },
    profileFields: {
      supported: false,
      reason: "Instagram's API cannot change the profile; edit it in the Instagram app.",
    },
  },
  maxLength: INSTAGRAM_MAX_LENGTH,
  ingest: ['webhook', 'poll'],
  pollIntervalMs: META_POLL_INTERVAL_MS,
  privateReplyWindowMs: PRIVATE_REPLY_WINDOW_MS,
};

interface IgComment {
  id: string;
  text?: string;
  timestamp: string;
  username?: string;
  from?: { id: string; username?: string };
  parent_id?: string;
  media?: { id: string; permalink?: string; caption?: string };
  replies?: { data: IgComment[] };
}

interface IgMedia {
  id: string;
  caption?: string;
  permalink?: string;
  timestamp?: string;
  username?: string;
  owner?: { id: string };
}

export function createInstagramAdapter(deps: MetaAdapterDeps): ChannelAdapter {
  return {
    kind: 'instagram',
    credentialsSchema: instagramCredentialsSchema,
    capabilities: () => CAPABILITIES,

    async testConnection(account) {
      const { igUserId, graph } = openInstagram(deps, account);
      const user = await graph.get<{
        id: string;
        username: string;
        name?: string;
        followers_count?: number;
        follows_count?: number;
        media_count?: number;
        biography?: string;
        website?: string;
        profile_picture_url?: string;
      }>(igUserId, {
        fields: 'id,username,name,followers_count,follows_count,media_count,biography,website,profile_picture_url',
      });
      if (user.id !== igUserId)
        throw new ChannelError(`The token belongs to another account (@${user.username}).`, false);
      return {
        platformId: user.id,
        handle: user.username,
        displayName: user.name ?? user.username,
        followers: user.followers_count ?? 0,
        following: user.follows_count,
        posts: user.media_count,
        bio: user.biography,
        url: `https://www.instagram.com/${user.username}/`,
        avatarUrl: user.profile_picture_url,
        fields: user.website ? [{ name: 'Website', value: user.website }] : [],
      };
    },

    async fetchSince(account, cursor, limit): Promise<FetchResult> {
      const { igUserId, graph } = openInstagram(deps, account);
      const since = cursor ? Number(cursor) : unixSeconds(new Date(Date.now() - FIRST_POLL_LOOKBACK_MS));
      const media = await graph.get<{ data: IgMedia[] }>(`${igUserId}/media`, {
        fields: 'id,caption,permalink,timestamp',
        limit: POLL_MEDIA,
      });
      const events: InboundEvent[] = [];
      for (const post of media.data) {
        const comments = await graph.get<{ data: IgComment[] }>(`${post.id}/comments`, {
          fields: 'id,text,timestamp,username,from,replies{id,text,timestamp,username,from,parent_id}',
          limit: 50,
        });
        for (const top of comments.data) {
          for (const comment of [top, ...(top.replies?.data ?? [])]) {
            const at = graphTime(comment.timestamp);
            if (unixSeconds(at) < since || comment.from?.id === igUserId) continue;
            events.push(commentEvent(post, comment, comment === top ? undefined : top.id, at));
          }
        }
      }
      events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
      const page = events.slice(0, limit);
      const last = page.at(-1);
      return { events: page, cursor: last ? String(unixSeconds(last.occurredAt)) : String(since), hasMore: false };
    },

    async perform(account, request): Promise<OutboundResult> {
      const { graph } = openInstagram(deps, account);
      switch (request.action) {
        case 'publicReply':
          return replyOnInstagram(
            graph,
            credential(account, 'igUserId', NETWORK),
            request.targetPlatformId,
            request.text,
          );
        case 'privateReply': {
          const comment = await graph.get<{ id: string; timestamp: string }>(request.targetPlatformId, {
            fields: 'id,timestamp',
          });
          checkPrivateReplyWindow(NETWORK, graphTime(comment.timestamp));
          // With a Page token, "me" is the Page the Instagram account is linked to.
          const sent = await graph.post<{ recipient_id: string; message_id: string }>('me/messages', {
            recipient: { comment_id: request.targetPlatformId },
            message: { text: request.text },
          });
          return { platformId: sent.message_id };
        }
        case 'hide':
        case 'unhide':
          await graph.post(request.targetPlatformId, { hide: request.action === 'hide' });
          return { platformId: request.targetPlatformId };
        case 'delete':
          await graph.delete(request.targetPlatformId);
          return { platformId: request.targetPlatformId };
        default: {
          const capability = (CAPABILITIES.actions as Record<string, { reason?: string }>)[request.action];
          throw new ChannelError(capability?.reason ?? `Instagram cannot do "${request.action}".`, false);
        }
      }
    },
  };
}

/**
 * A comment under our own media is answered with POST /{comment-id}/replies. An @mention lives on
 * someone else's media, where that edge refuses (code 100): it is answered through
 * POST /{ig-user-id}/mentions, with the comment and its media, or the media alone for a caption.
 */
async function replyOnInstagram(graph: GraphClient, igUserId: string, targetId: string, text: string) {
  const earlier = await findOwnReply(graph, `${targetId}/replies`, igUserId, text, { text: 'text' });
  if (earlier) return { platformId: earlier };
  try {
    const created = await graph.post<{ id: string }>(`${targetId}/replies`, { message: text });
    return { platformId: created.id };
  } catch (error) {
    if (!(error instanceof ChannelError) || error.retryable || error.options.unhealthy) throw error;
  }
  type Mentioned = { mentioned_comment?: { id: string; media?: { id: string } } };
  const node: Mentioned = await graph
    .get<Mentioned>(igUserId, {
      fields: `mentioned_comment.comment_id(${targetId}){id,media{id}}`,
    })
    .catch((error: unknown) => {
      if (error instanceof ChannelError && !error.retryable && !error.options.unhealthy) return {} as Mentioned;
      throw error;
    });
  const mediaId = node.mentioned_comment?.media?.id;
  const created = await graph.post<{ id: string }>(
    `${igUserId}/mentions`,
    mediaId ? { media_id: mediaId, comment_id: targetId, message: text } : { media_id: targetId, message: text },
  );
  return { platformId: created.id };
}

function openInstagram(deps: MetaAdapterDeps, account: ChannelAccount): { igUserId: string; graph: GraphClient } {
  return {
    igUserId: credential(account, 'igUserId', NETWORK),
    graph: graphFor(deps, credential(account, 'pageAccessToken', NETWORK), NETWORK),
  };
}

function commentEvent(post: IgMedia, comment: IgComment, parentId: string | undefined, at: Date): InboundEvent {
  const handle = comment.username ?? comment.from?.username ?? comment.from?.id ?? 'unknown';
  return {
    platformId: comment.id,
    kind: parentId ? 'reply' : 'comment',
    author: { platformId: comment.from?.id ?? handle, handle },
    text: comment.text ?? '',
    parentPlatformId: parentId ?? post.id,
    threadPlatformId: post.id,
    occurredAt: at,
    raw: comment,
    threadContext: {
      platformId: post.id,
      text: post.caption ?? '',
      url: post.permalink,
      ...(post.timestamp ? { postedAt: graphTime(post.timestamp) } : {}),
    },
  };
}

/**
 * A `mentions` webhook names only ids; the text comes from mentioned_comment (an @mention in a
 * comment) or mentioned_media (in a caption) on the account's node. The item's platform id is the
 * comment id, or the media id for a caption.
 */
export async function fetchInstagramMention(
  deps: MetaAdapterDeps,
  account: ChannelAccount,
  mention: InstagramMention,
  receivedAt: Date,
): Promise<InboundEvent> {
  const { igUserId, graph } = openInstagram(deps, account);
  if (mention.comment_id) {
    const node = await graph.get<{ mentioned_comment?: IgComment }>(igUserId, {
      fields: `mentioned_comment.comment_id(${mention.comment_id}){id,text,timestamp,username,from,media{id,permalink,caption}}`,
    });
    const c = node.mentioned_comment;
    if (!c) throw new ChannelError(`Instagram no longer shows the comment ${mention.comment_id}.`, false);
    const handle = c.username ?? c.from?.username ?? 'unknown';
    const mediaId = c.media?.id ?? mention.media_id;
    return {
      platformId: c.id,
      kind: 'mention',
      author: { platformId: c.from?.id ?? handle, handle },
      text: c.text ?? '',
      url: c.media?.permalink,
      parentPlatformId: mediaId,
      threadPlatformId: mediaId,
      occurredAt: graphTime(c.timestamp, receivedAt),
      raw: { webhook: mention, mentioned_comment: c },
      threadContext: { platformId: mediaId, text: c.media?.caption ?? '', url: c.media?.permalink },
    };
  }
  const node = await graph.get<{ mentioned_media?: IgMedia }>(igUserId, {
    fields: `mentioned_media.media_id(${mention.media_id}){id,caption,timestamp,username,permalink,owner}`,
  });
  const m = node.mentioned_media;
  if (!m) throw new ChannelError(`Instagram no longer shows the post ${mention.media_id}.`, false);
  const handle = m.username ?? 'unknown';
  return {
    platformId: m.id,
    kind: 'mention',
    author: { platformId: m.owner?.id ?? handle, handle },
    text: m.caption ?? '',
    url: m.permalink,
    threadPlatformId: m.id,
    occurredAt: graphTime(m.timestamp, receivedAt),
    raw: { webhook: mention, mentioned_media: m },
  };
}
