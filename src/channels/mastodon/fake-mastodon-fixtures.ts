/**
 * Mastodon API payloads for the fake server, shaped after docs.joinmastodon.org/entities
 * (Account, Status, Notification, Relationship, Report, ScheduledStatus, MediaAttachment). Only the
 * attributes a client can rely on are filled; the JSON is snake_case, as Mastodon sends it.
 */

export interface FakeAccount {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  locked: boolean;
  bot: boolean;
  discoverable: boolean;
  group: boolean;
  created_at: string;
  note: string;
  url: string;
  uri: string;
  avatar: string;
  avatar_static: string;
  header: string;
  header_static: string;
  followers_count: number;
  following_count: number;
  statuses_count: number;
  last_status_at: string | null;
  emojis: unknown[];
  fields: Array<{ name: string; value: string; verified_at: string | null }>;
}

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface FakeStatus {
  id: string;
  uri: string;
  url: string | null;
  created_at: string;
  account: FakeAccount;
  content: string;
  visibility: Visibility;
  sensitive: boolean;
  spoiler_text: string;
  media_attachments: FakeMedia[];
  application: { name: string; website: string | null } | null;
  mentions: Array<{ id: string; username: string; url: string; acct: string }>;
  tags: unknown[];
  emojis: unknown[];
  reblogs_count: number;
  favourites_count: number;
  replies_count: number;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  reblog: null;
  poll: null;
  card: null;
  language: string | null;
  text: string | null;
  edited_at: string | null;
}

export interface FakeMedia {
  id: string;
  type: 'image' | 'unknown';
  url: string | null;
  preview_url: string | null;
  remote_url: string | null;
  meta: Record<string, unknown>;
  description: string | null;
  blurhash: string | null;
}

export interface FakeNotification {
  id: string;
  type: 'mention' | 'follow' | 'favourite' | 'reblog' | 'follow_request' | 'status' | 'update' | 'poll';
  group_key: string;
  created_at: string;
  account: FakeAccount;
  status?: FakeStatus;
}

export function makeAccount(
  host: string,
  id: string,
  username: string,
  options: { remoteHost?: string; locked?: boolean; displayName?: string; note?: string } = {},
): FakeAccount {
  const domain = options.remoteHost ?? host;
  const url = `https://${domain}/@${username}`;
  return {
    id,
    username,
    acct: options.remoteHost ? `${username}@${options.remoteHost}` : username,
    display_name: options.displayName ?? username,
    locked: options.locked ?? false,
    bot: false,
    discoverable: true,
    group: false,
    created_at: '2023-01-10T00:00:00.000Z',
    note: options.note ?? '<p></p>',
    url,
    uri: `https://${domain}/users/${username}`,
    avatar: `https://${domain}/avatars/${username}.png`,
    avatar_static: `https://${domain}/avatars/${username}.png`,
    header: `https://${domain}/headers/missing.png`,
    header_static: `https://${domain}/headers/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: 0,
    last_status_at: null,
    emojis: [],
    fields: [],
  };
}

export function makeStatus(
  host: string,
  id: string,
  account: FakeAccount,
  content: string,
  options: {
    visibility?: Visibility;
    inReplyTo?: FakeStatus | null;
    mentions?: FakeAccount[];
    createdAt?: Date;
    language?: string | null;
    media?: FakeMedia[];
    spoilerText?: string;
  } = {},
): FakeStatus {
  return {
    id,
    uri: `https://${host}/users/${account.username}/statuses/${id}`,
    url: `https://${host}/@${account.acct}/${id}`,
    created_at: (options.createdAt ?? new Date()).toISOString(),
    account,
    content,
    visibility: options.visibility ?? 'public',
    sensitive: false,
    spoiler_text: options.spoilerText ?? '',
    media_attachments: options.media ?? [],
    application: null,
    mentions: (options.mentions ?? []).map((a) => ({ id: a.id, username: a.username, url: a.url, acct: a.acct })),
    tags: [],
    emojis: [],
    reblogs_count: 0,
    favourites_count: 0,
    replies_count: 0,
    in_reply_to_id: options.inReplyTo?.id ?? null,
    in_reply_to_account_id: options.inReplyTo?.account.id ?? null,
    reblog: null,
    poll: null,
    card: null,
    language: options.language === undefined ? 'sv' : options.language,
    text: null,
    edited_at: null,
  };
}

export function relationship(id: string, patch: Record<string, boolean> = {}) {
  return {
    id,
    following: false,
    showing_reblogs: false,
    notifying: false,
    followed_by: false,
    blocking: false,
    blocked_by: false,
    muting: false,
    muting_notifications: false,
    requested: false,
    requested_by: false,
    domain_blocking: false,
    endorsed: false,
    note: '',
    languages: null,
    ...patch,
  };
}

/** Mastodon's HTML for plain text: paragraphs on blank lines, <br> on single newlines, escaped. */
export function textToMastodonHtml(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br />')}</p>`)
    .join('');
}
