/**
 * A Facebook Page through the Graph API. Comments arrive by webhook (meta-webhook.routes.ts); the
 * slow poll here is the safety net for when webhooks were down. Credentials: { pageId, pageAccessToken }.
 */
import { z } from 'zod';
import {
  type ChannelAccount,
  type ChannelAdapter,
  type ChannelCapabilities,
  ChannelError,
  type FetchResult,
  type InboundEvent,
  type MediaAttachment,
  type OutboundRequest,
  type OutboundResult,
  type ThreadContext,
} from '../channel.js';
import type { GraphClient } from './graph-client.js';
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

const NETWORK = 'Facebook';
/** Meta's limit for a comment is 8,000 characters. */
export const FACEBOOK_MAX_LENGTH = 8000;
const MAX_MEDIA = 4;
/** Meta accepts scheduled posts from 10 minutes to 75 days ahead. */
const MIN_SCHEDULE_AHEAD_MS = 10 * 60_000;
const POLL_POSTS = 10;

export const facebookCredentialsSchema = z.object({
  pageId: z.string().regex(/^\d+$/, 'must be the numeric Page id (Page → About → Page transparency)'),
  pageAccessToken: z.string().min(20, 'must be a Page access token with pages_manage_engagement'),
});

const CAPABILITIES: ChannelCapabilities = {
  actions: {
    publicReply: { supported: true },
    privateReply: { supported: true },
    hide: { supported: true },
    delete: { supported: true },
    ban: { supported: true },
    block: {
      supported: false,
      reason: 'A Facebook Page cannot block someone separately; use "Ban from Page", which is Facebook\'s block.',
    },
    mute: { supported: false, reason: 'A Facebook Page cannot mute people; hide their comments instead.' },
    report: {
      supported: false,
      reason: 'Facebook has no API for reporting comments or people; report them in the Facebook app.',
    },
    followRequests: { supported: false, reason: 'Anyone can follow a Facebook Page; there are no follow requests.' },
    publish: { supported: true },
    publishMedia: { supported: true },
    nativeScheduling: { supported: true },
    profileFields: {
      supported: false,
      reason: "Samtal shows the Page's About fields but does not edit them; change them on Facebook.",
    },
  },
  maxLength: FACEBOOK_MAX_LENGTH,
  ingest: ['webhook', 'poll'],
  pollIntervalMs: META_POLL_INTERVAL_MS,
  privateReplyWindowMs: PRIVATE_REPLY_WINDOW_MS,
  maxMedia: MAX_MEDIA,
};

interface GraphPage {
  id: string;
  name: string;
  username?: string;
  followers_count?: number;
  fan_count?: number;
  about?: string;
  website?: string;
  link?: string;
  picture?: { data?: { url?: string } };
}

interface GraphComment {
  id: string;
  message?: string;
  created_time: string;
  from?: { id: string; name?: string };
  parent?: { id: string };
  permalink_url?: string;
}

interface GraphPost {
  id: string;
  message?: string;
  permalink_url?: string;
  created_time?: string;
}

export function createFacebookAdapter(deps: MetaAdapterDeps): ChannelAdapter {
  const open = (account: ChannelAccount) => ({
    pageId: credential(account, 'pageId', NETWORK),
    graph: graphFor(deps, credential(account, 'pageAccessToken', NETWORK), NETWORK),
  });

  return {
    kind: 'facebook',
    credentialsSchema: facebookCredentialsSchema,
    capabilities: () => CAPABILITIES,

    async testConnection(account) {
      const { pageId, graph } = open(account);
      const page = await graph.get<GraphPage>(pageId, {
        fields: 'id,name,username,followers_count,fan_count,about,website,link,picture',
      });
      if (page.id !== pageId) throw new ChannelError(`The token belongs to another Page (${page.name}).`, false);
      return {
        platformId: page.id,
        handle: page.username ?? page.name,
        displayName: page.name,
        followers: page.followers_count ?? page.fan_count ?? 0,
        bio: page.about,
        url: page.link,
        avatarUrl: page.picture?.data?.url,
        fields: page.website ? [{ name: 'Website', value: page.website }] : [],
      };
    },

    async fetchSince(account, cursor, limit): Promise<FetchResult> {
      const { pageId, graph } = open(account);
      const since = cursor ? Number(cursor) : unixSeconds(new Date(Date.now() - FIRST_POLL_LOOKBACK_MS));
      const posts = await graph.get<{ data: GraphPost[] }>(`${pageId}/feed`, {
        fields: 'id,message,permalink_url,created_time',
        limit: POLL_POSTS,
      });
      const events: InboundEvent[] = [];
      for (const post of posts.data) {
        const comments = await graph.get<{ data: GraphComment[] }>(`${post.id}/comments`, {
          fields: 'id,message,created_time,from{id,name},parent{id},permalink_url',
          filter: 'stream',
          order: 'reverse_chronological',
          limit: 100,
        });
        for (const comment of comments.data) {
          const at = graphTime(comment.created_time);
          // ">=": comments of the cursor's own second may not all have been seen; redeliveries are dropped.
          if (unixSeconds(at) < since || comment.from?.id === pageId) continue;
          events.push(pollEvent(post, comment, at));
        }
      }
      events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
      const page = events.slice(0, limit);
      const last = page.at(-1);
      return { events: page, cursor: last ? String(unixSeconds(last.occurredAt)) : String(since), hasMore: false };
    },

    async perform(account, request): Promise<OutboundResult> {
      const { pageId, graph } = open(account);
      return performOnFacebook(graph, pageId, request);
    },
  };
}

function pollEvent(post: GraphPost, comment: GraphComment, at: Date): InboundEvent {
  const parent = comment.parent?.id;
  return {
    platformId: comment.id,
    kind: parent ? 'reply' : 'comment',
    author: {
      platformId: comment.from?.id ?? 'unknown',
      handle: comment.from?.name ?? comment.from?.id ?? 'unknown',
      ...(comment.from?.name ? { name: comment.from.name } : {}),
    },
    text: comment.message ?? '',
    url: comment.permalink_url ?? `https://www.facebook.com/${comment.id}`,
    parentPlatformId: parent ?? post.id,
    threadPlatformId: post.id,
    occurredAt: at,
    raw: comment,
    threadContext: {
      platformId: post.id,
      text: post.message ?? '',
      url: post.permalink_url,
      ...(post.created_time ? { postedAt: graphTime(post.created_time) } : {}),
    },
  };
}

async function performOnFacebook(
  graph: GraphClient,
  pageId: string,
  request: OutboundRequest,
): Promise<OutboundResult> {
  switch (request.action) {
    case 'publicReply': {
      const earlier = await findOwnReply(graph, `${request.targetPlatformId}/comments`, pageId, request.text, {
        text: 'message',
      });
      if (earlier) return { platformId: earlier, url: `https://www.facebook.com/${earlier}` };
      const created = await graph.post<{ id: string }>(`${request.targetPlatformId}/comments`, {
        message: request.text,
      });
      return { platformId: created.id, url: `https://www.facebook.com/${created.id}` };
    }
    case 'privateReply': {
      const comment = await graph.get<{ id: string; created_time: string }>(request.targetPlatformId, {
        fields: 'id,created_time',
      });
      checkPrivateReplyWindow(NETWORK, graphTime(comment.created_time));
      // A visitor's post on the Page ("<page id>_<post id>") is answered by post id, a comment by comment id.
      const isPost = request.targetPlatformId.startsWith(`${pageId}_`);
      const sent = await graph.post<{ recipient_id: string; message_id: string }>(`${pageId}/messages`, {
        recipient: isPost ? { post_id: request.targetPlatformId } : { comment_id: request.targetPlatformId },
        message: { text: request.text },
      });
      return { platformId: sent.message_id };
    }
    case 'hide':
    case 'unhide':
      await graph.post(request.targetPlatformId, { is_hidden: request.action === 'hide' });
      return { platformId: request.targetPlatformId };
    case 'delete':
      await graph.delete(request.targetPlatformId);
      return { platformId: request.targetPlatformId };
    case 'ban': {
      const result = await graph.post<Record<string, boolean>>(`${pageId}/blocked`, { user: request.authorPlatformId });
      if (result[request.authorPlatformId] === false) {
        throw new ChannelError('Facebook did not ban this person from the Page (it may be another Page).', false);
      }
      return { platformId: request.authorPlatformId };
    }
    case 'publish':
      return publish(graph, pageId, request.text, request.media ?? [], request.scheduledAt);
    default:
      throw new ChannelError(`Facebook cannot do "${request.action}" from Samtal: ${reasonFor(request.action)}`, false);
  }
}

function reasonFor(action: string): string {
  const capability = (CAPABILITIES.actions as Record<string, { supported: boolean; reason?: string }>)[action];
  return capability?.reason ?? 'not supported.';
}

/** Text, optionally with images (uploaded unpublished, then attached) and Meta's own scheduling. */
async function publish(
  graph: GraphClient,
  pageId: string,
  text: string,
  media: MediaAttachment[],
  scheduledAt: Date | undefined,
): Promise<OutboundResult> {
  if (media.length > MAX_MEDIA)
    throw new ChannelError(`Facebook posts from Samtal carry at most ${MAX_MEDIA} images.`, false);
  const schedule = scheduledAt && scheduledAt.getTime() - Date.now() >= MIN_SCHEDULE_AHEAD_MS ? scheduledAt : null;
  const attached: Array<{ media_fbid: string }> = [];
  for (const image of media) {
    const form = new FormData();
    form.set('published', 'false');
    if (schedule) form.set('temporary', 'true'); // scheduled posts need unpublished temporary photos
    if (image.alt) form.set('alt_text_custom', image.alt);
    form.set('source', new Blob([Buffer.from(image.dataBase64, 'base64')], { type: image.mimeType }), 'image');
    const photo = await graph.post<{ id: string }>(`${pageId}/photos`, form);
    attached.push({ media_fbid: photo.id });
  }
  const post = await graph.post<{ id: string }>(`${pageId}/feed`, {
    message: text,
    ...(attached.length > 0 ? { attached_media: attached } : {}),
    ...(schedule ? { published: false, scheduled_publish_time: unixSeconds(schedule) } : {}),
  });
  return { platformId: post.id, url: `https://www.facebook.com/${post.id}` };
}

/**
 * The post a webhook comment answers (the webhook names only its id and link), for the responder's
 * context. Best effort: null when the post cannot be read; the comment is stored either way.
 */
export async function fetchFacebookPost(
  deps: MetaAdapterDeps,
  account: ChannelAccount,
  postId: string,
): Promise<ThreadContext | null> {
  try {
    const graph = graphFor(deps, credential(account, 'pageAccessToken', NETWORK), NETWORK);
    const post = await graph.get<GraphPost>(postId, { fields: 'id,message,permalink_url,created_time' });
    return {
      platformId: post.id,
      text: post.message ?? '',
      url: post.permalink_url,
      ...(post.created_time ? { postedAt: graphTime(post.created_time) } : {}),
    };
  } catch (error) {
    if (error instanceof ChannelError) return null;
    throw error;
  }
}
