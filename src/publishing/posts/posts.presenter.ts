/** Posts as the API shows them. Media data only on the single post (lists would be megabytes). */
import type { ChannelRegistry } from '../../channels/channel-registry.js';
import type { Post } from '../../db/schema-publishing.js';
import type { Executor } from '../../db/database.js';
import { graphemes } from '../../replies/reply-text.js';
import type { PublishingSettingsValues } from '../settings/settings.repository.js';
import { allowedTransitions, type Viewer } from './post-workflow.js';
import * as repo from './posts.repository.js';
import type { PostJson } from './posts.schema.js';

interface StoredMedia {
  mimeType: string;
  dataBase64?: string;
  alt?: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface PresentOptions {
  db: Executor;
  channels: ChannelRegistry;
  settings: PublishingSettingsValues;
  viewer: Viewer;
  withMediaData: boolean;
  withComments: boolean;
}

export async function presentPosts(posts: readonly Post[], options: PresentOptions): Promise<PostJson[]> {
  const variants = await repo.listVariants(
    options.db,
    posts.map((p) => p.id),
  );
  const comments = new Map<string, repo.CommentRow[]>();
  if (options.withComments) for (const p of posts) comments.set(p.id, await repo.listComments(options.db, p.id));
  const names = await repo.userNames(
    options.db,
    posts.flatMap((p) => [p.author_id, p.approved_by]),
  );
  const user = (id: string | null) => (id ? { id, name: names.get(id) ?? 'Former member' } : null);
  return posts.map((post) => ({
    id: post.id,
    title: post.title,
    campaign: post.campaign,
    pillar: post.pillar,
    status: post.status,
    scheduledAt: iso(post.scheduled_at),
    author: user(post.author_id),
    approvedBy: user(post.approved_by),
    approvedAt: iso(post.approved_at),
    variants: variants.filter((v) => v.post_id === post.id).map((v) => presentVariant(v, options)),
    comments: (comments.get(post.id) ?? []).map((c) => ({
      id: c.id,
      user: c.user_id ? { id: c.user_id, name: c.user_name ?? 'Former member' } : null,
      body: c.body,
      createdAt: c.created_at.toISOString(),
    })),
    createdAt: post.created_at.toISOString(),
    updatedAt: post.updated_at.toISOString(),
    allowedTransitions: allowedTransitions(post, options.viewer, options.settings),
  }));
}

/** The channel's length limit (its settings may change it, e.g. a Mastodon server's own limit). */
export function maxLengthOf(registry: ChannelRegistry, v: repo.VariantRow): number | null {
  if (!registry.kinds().includes(v.channel_kind as never)) return null;
  const account = {
    id: v.channel_id,
    workspaceId: v.workspace_id,
    handle: v.channel_handle,
    settings: (v.channel_settings ?? {}) as Record<string, unknown>,
    credentials: null,
  };
  return registry.get(v.channel_kind).capabilities(account).maxLength;
}

function presentVariant(v: repo.VariantRow, options: PresentOptions) {
  const media = (Array.isArray(v.media) ? v.media : []) as StoredMedia[];
  return {
    id: v.id,
    channelId: v.channel_id,
    channelName: v.channel_name,
    network: v.channel_kind,
    text: v.text,
    language: v.language,
    media: media.map((m) => ({
      mimeType: m.mimeType,
      alt: m.alt ?? null,
      ...(options.withMediaData && m.dataBase64 ? { dataBase64: m.dataBase64 } : {}),
    })),
    status: v.status,
    dueAt: iso(v.due_at),
    heldReason: v.held_reason,
    platformId: v.platform_id,
    url: v.url,
    error: v.error,
    publishedAt: iso(v.published_at),
    length: { count: graphemes(v.text), max: maxLengthOf(options.channels, v) },
  };
}
