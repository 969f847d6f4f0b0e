/**
 * Mastodon notifications (type mention) as the desk's inbound events. A status with visibility
 * 'direct' is a private mention: a direct message. A reply to one of our statuses is a 'reply', any
 * other mention a 'mention'; the thread root comes from GET /api/v1/statuses/:id/context.
 */
import type { mastodon } from 'masto';
import type { InboundEvent, ThreadContext } from '../channel.js';
import { htmlToText } from './html-to-text.js';

export function statusText(status: Pick<mastodon.v1.Status, 'content' | 'spoilerText'>): string {
  const body = htmlToText(status.content);
  // A content warning is part of what the author said; the responder should see it first.
  return status.spoilerText ? `CW: ${status.spoilerText}\n\n${body}`.trim() : body;
}

export function toInboundEvent(
  notification: mastodon.v1.Notification,
  options: { ownAccountId: string; root?: mastodon.v1.Status | null },
): InboundEvent | null {
  const status = notification.status;
  if (!status) return null;
  const direct = status.visibility === 'direct';
  const root = options.root ?? null;
  const kind: InboundEvent['kind'] = direct
    ? 'direct_message'
    : status.inReplyToAccountId === options.ownAccountId
      ? 'reply'
      : 'mention';
  return {
    platformId: status.id,
    kind,
    author: {
      platformId: status.account.id,
      handle: status.account.acct,
      ...(status.account.displayName ? { name: status.account.displayName } : {}),
    },
    text: statusText(status),
    ...(status.language ? { language: status.language } : {}),
    url: status.url ?? status.uri,
    ...(status.inReplyToId ? { parentPlatformId: status.inReplyToId } : {}),
    threadPlatformId: root?.id ?? status.inReplyToId ?? status.id,
    occurredAt: new Date(status.createdAt),
    raw: notification,
    ...(root && !direct ? { threadContext: threadContextOf(root) } : {}),
  };
}

export function threadContextOf(root: mastodon.v1.Status): ThreadContext {
  return {
    platformId: root.id,
    text: statusText(root),
    url: root.url ?? root.uri,
    authorHandle: root.account.acct,
    postedAt: new Date(root.createdAt),
  };
}

/** The `min_id` of Link's rel="prev": where the next forward page starts. */
export function prevMinId(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = part.match(/<([^>]+)>\s*;\s*rel="?prev"?/);
    if (m) return new URL(m[1]!, 'http://relative.invalid').searchParams.get('min_id');
  }
  return null;
}

/** Mastodon ids are numeric strings (snowflakes); compare them as numbers. */
export function newestId(ids: string[]): string | null {
  let best: string | null = null;
  for (const id of ids) if (best === null || compareIds(id, best) > 0) best = id;
  return best;
}

export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
