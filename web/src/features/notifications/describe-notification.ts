/** Which text a notification gets: its kind picks the sentence, its data fills in names. */
import type { AppNotification } from './notifications.types';

export const KNOWN_KINDS = [
  'sla.warning',
  'sla.breached',
  'mention',
  'reply.rejected',
  'reply.approved',
  'review.requested',
  'assigned',
  'channel.unhealthy',
  'channel.recovered',
  'publishing.failed',
  'publishing.held',
  'publishing.review',
] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

/** Kind names differ a little between senders ('conversation.assigned', 'review_requested'): normalise them. */
export function normaliseKind(kind: string): KnownKind | 'other' {
  const k = kind.replace(/_/g, '.').toLowerCase();
  // Channel health first: its kinds are about a channel, not a conversation.
  if (k === 'channel.unhealthy') return 'channel.unhealthy';
  if (k === 'channel.recovered') return 'channel.recovered';
  // Posts next: 'post.held_for_reapproval' must not read as an approved reply.
  if (k.startsWith('publishing.') || k.startsWith('post.')) return publishingKind(k);
  if (k.includes('breach')) return 'sla.breached';
  if (k.includes('warning')) return 'sla.warning';
  if (k.includes('mention')) return 'mention';
  if (k.includes('reject')) return 'reply.rejected';
  if (k.includes('approv') && !k.includes('request')) return 'reply.approved';
  if (k.includes('review')) return 'review.requested';
  if (k.includes('assign')) return 'assigned';
  return 'other';
}

/** The publishing family: a failed send, a post held for a new approval, a post waiting for review. */
function publishingKind(k: string): KnownKind | 'other' {
  if (k.includes('fail')) return 'publishing.failed';
  if (k.includes('held')) return 'publishing.held';
  if (k.includes('review')) return 'publishing.review';
  return 'other';
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/** The person the notification is about, whoever sent it. */
export function actorName(n: AppNotification): string | null {
  const d = n.data;
  return str(d.byName) ?? str(d.reviewerName) ?? str(d.authorName) ?? str(d.assignedByName) ?? str(d.name);
}

/** A short extra line: a reviewer's comment, a message preview, or which target is at risk. */
export function detail(n: AppNotification): string | null {
  const d = n.data;
  return str(d.comment) ?? str(d.preview) ?? str(d.text) ?? str(d.reason) ?? null;
}

/** The channel a channel-health notification is about. */
export function channelName(n: AppNotification): string | null {
  return str(n.data.channelName);
}

/** The post a publishing notification is about (its title may be empty: the post was never named). */
export function postTitle(n: AppNotification): string | null {
  return str(n.data.title);
}

/**
 * Where a notification's own link goes, if anywhere. The data is stored text, so only a plain path
 * inside this workspace is followed: no other origin, scheme, workspace, `..`, query or fragment.
 */
export function linkTarget(n: AppNotification, workspaceId: string): string | null {
  const link = str(n.data.link);
  const prefix = `/w/${workspaceId}/`;
  if (!link?.startsWith(prefix)) return null;
  return /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/.test(link.slice(prefix.length)) ? link : null;
}

/** Channel-health notifications open the channels page (where admins reconnect), not a conversation. */
export function isChannelKind(kind: KnownKind | 'other'): boolean {
  return kind === 'channel.unhealthy' || kind === 'channel.recovered';
}

export function slaTarget(n: AppNotification): string | null {
  const target = str(n.data.target);
  return target && ['first_response', 'next_response', 'resolution'].includes(target) ? target : null;
}
