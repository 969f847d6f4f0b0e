/**
 * Webhook payloads (as Meta documents them) → InboundEvents. Pure: no I/O. Instagram mentions carry
 * only ids; the job fetches their text through the Instagram adapter (fetchInstagramMention).
 *   Page `feed`: { item: 'comment', verb: 'add'|'edited'|'remove'|…, comment_id, post_id, parent_id,
 *                  from: { id, name }, message, created_time, post?: { permalink_url, … } }
 *   Instagram `comments`: { id, text, from: { id, username }, media: { id, media_product_type }, parent_id? }
 *   Instagram `mentions`: { media_id, comment_id? }
 */
import { z } from 'zod';
import type { InboundEvent } from '../channel.js';
import { graphTime } from './meta-common.js';

const change = z.object({ field: z.string(), value: z.unknown() });
export const deliverySchema = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id: z.coerce.string(),
      time: z.number(),
      changes: z.array(change).optional(),
    }),
  ),
});
export type MetaDelivery = z.infer<typeof deliverySchema>;
export type MetaEntry = MetaDelivery['entry'][number];

const feedValue = z.object({
  item: z.string(),
  verb: z.string(),
  comment_id: z.string().optional(),
  post_id: z.string().optional(),
  parent_id: z.string().optional(),
  from: z.object({ id: z.coerce.string(), name: z.string().optional() }).optional(),
  message: z.string().optional(),
  created_time: z.union([z.number(), z.string()]).optional(),
  post: z.object({ permalink_url: z.string().optional() }).passthrough().optional(),
});

const igCommentValue = z.object({
  id: z.coerce.string(),
  text: z.string().optional(),
  from: z.object({ id: z.coerce.string(), username: z.string().optional() }).optional(),
  media: z.object({ id: z.coerce.string(), media_product_type: z.string().optional() }).optional(),
  parent_id: z.coerce.string().optional(),
});

export const igMentionValue = z.object({ media_id: z.coerce.string(), comment_id: z.coerce.string().optional() });
export type InstagramMention = z.infer<typeof igMentionValue>;

const VERBS: Record<string, InboundEvent['change']> = { add: 'created', edited: 'edited', remove: 'deleted' };

/** Page `feed` comment changes of one entry; our own Page's comments (our replies) are left out. */
export function facebookEvents(entry: MetaEntry): InboundEvent[] {
  const pageId = entry.id;
  const events: InboundEvent[] = [];
  for (const c of entry.changes ?? []) {
    if (c.field !== 'feed') continue;
    const parsed = feedValue.safeParse(c.value);
    if (!parsed.success) continue;
    const v = parsed.data;
    const change = VERBS[v.verb];
    // Reactions, likes and hide/unhide echoes of our own moderation are not inbox items; neither is
    // anything the Page itself wrote (our posts and replies).
    if (!change || v.from?.id === pageId) continue;
    if (VISITOR_POST_ITEMS.has(v.item) && v.post_id) {
      events.push(visitorPost(v, change, c.value, entry.time));
      continue;
    }
    if (v.item !== 'comment' || !v.comment_id) continue;
    const at = graphTime(v.created_time ?? entry.time);
    const postId = v.post_id ?? v.parent_id;
    events.push({
      platformId: v.comment_id,
      kind: v.parent_id && v.parent_id !== v.post_id ? 'reply' : 'comment',
      author: {
        platformId: v.from?.id ?? 'unknown',
        handle: v.from?.name ?? v.from?.id ?? 'unknown',
        ...(v.from?.name ? { name: v.from.name } : {}),
      },
      text: v.message ?? '',
      url: `https://www.facebook.com/${v.comment_id}`,
      parentPlatformId: v.parent_id,
      threadPlatformId: postId,
      occurredAt: at,
      raw: c.value,
      ...(change === 'created' ? {} : { change, editedAt: graphTime(entry.time) }),
      // The webhook names the post but not its text; the job fills that in from the Graph API.
      ...(postId ? { threadContext: { platformId: postId, text: '', url: v.post?.permalink_url } } : {}),
    });
  }
  return events;
}

/** What a visitor can post on a Page's timeline (when the Page allows visitor posts). */
const VISITOR_POST_ITEMS = new Set(['status', 'post', 'photo', 'video', 'share']);

/** A visitor's post on our Page: a public item that is its own thread, answered with a comment. */
function visitorPost(
  v: z.infer<typeof feedValue>,
  change: NonNullable<InboundEvent['change']>,
  raw: unknown,
  entryTime: number,
): InboundEvent {
  const postId = v.post_id!;
  return {
    platformId: postId,
    kind: 'comment',
    author: {
      platformId: v.from?.id ?? 'unknown',
      handle: v.from?.name ?? v.from?.id ?? 'unknown',
      ...(v.from?.name ? { name: v.from.name } : {}),
    },
    text: v.message ?? '',
    url: v.post?.permalink_url ?? `https://www.facebook.com/${postId}`,
    threadPlatformId: postId,
    occurredAt: graphTime(v.created_time ?? entryTime),
    raw,
    ...(change === 'created' ? {} : { change, editedAt: graphTime(entryTime) }),
  };
}

/** Instagram `comments` changes of one entry; comments by the account itself are left out. */
export function instagramCommentEvents(entry: MetaEntry): InboundEvent[] {
  const igUserId = entry.id;
  const events: InboundEvent[] = [];
  for (const c of entry.changes ?? []) {
    if (c.field !== 'comments') continue;
    const parsed = igCommentValue.safeParse(c.value);
    if (!parsed.success) continue;
    const v = parsed.data;
    if (v.from?.id === igUserId) continue;
    events.push({
      platformId: v.id,
      kind: v.parent_id ? 'reply' : 'comment',
      author: {
        platformId: v.from?.id ?? 'unknown',
        handle: v.from?.username ?? v.from?.id ?? 'unknown',
      },
      text: v.text ?? '',
      parentPlatformId: v.parent_id ?? v.media?.id,
      threadPlatformId: v.media?.id,
      // Instagram's comment payload has no timestamp: the entry's time is when it happened, near enough.
      occurredAt: graphTime(entry.time),
      raw: c.value,
    });
  }
  return events;
}

/** Instagram `mentions` changes of one entry (ids only). */
export function instagramMentions(entry: MetaEntry): InstagramMention[] {
  return (entry.changes ?? []).flatMap((c) => {
    if (c.field !== 'mentions') return [];
    const parsed = igMentionValue.safeParse(c.value);
    return parsed.success ? [parsed.data] : [];
  });
}
