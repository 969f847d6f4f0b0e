import type { Executor } from '../db/database.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import type { ChannelCapabilities } from '../channels/channel.js';
import type { ChannelRegistry } from '../channels/channel-registry.js';
import { notFound } from '../http/errors.js';
import * as page from './conversation-page.repository.js';
import * as repo from './inbox.repository.js';
import type { ItemExtras } from './inbox.presenter.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything the conversation page shows. Reading never changes the status (new stays new). */
export async function getConversation(
  deps: { db: Executor; channels: ChannelRegistry },
  workspaceId: string,
  conversationId: string,
) {
  const { db } = deps;
  if (!UUID.test(conversationId)) throw notFound('The conversation');
  const conversation = await repo.findConversationSummary(db, workspaceId, conversationId);
  if (!conversation) throw notFound('The conversation');
  const [items, thread, author, history, channel] = await Promise.all([
    page.listConversationItems(db, conversation.id),
    page.listThreadItems(db, conversation),
    conversation.author_id ? page.findAuthor(db, workspaceId, conversation.author_id) : undefined,
    conversation.author_id
      ? repo.listAuthorConversations(db, workspaceId, conversation.author_id, conversation.id)
      : Promise.resolve([]),
    page.findChannelContext(db, conversation.id),
  ]);
  const itemIds = items.map((i) => i.id);
  const userIds = [...new Set([...items, ...thread].flatMap((i) => i.mentions))];
  const [versions, reviews, names] = await Promise.all([
    page.listItemVersions(db, itemIds),
    page.listLatestReviews(db, itemIds),
    page.listUserNames(db, userIds),
  ]);
  const extras: ItemExtras = {
    names: new Map(names.map((u) => [u.id, u.name])),
    versions: new Map(),
    reviews: new Map(),
  };
  for (const v of versions) {
    const list = extras.versions.get(v.item_id) ?? [];
    list.push(v);
    extras.versions.set(v.item_id, list);
  }
  for (const r of reviews) extras.reviews.set(r.item_id, r);
  return {
    conversation,
    items,
    thread,
    author,
    history,
    extras,
    network: networkContext(deps.channels, conversation, channel),
  };
}

export interface NetworkContext {
  threadContext: ThreadContextJson | null;
  privateReplyUntil: Date | null;
  capabilities: ChannelCapabilities;
}

export interface ThreadContextJson {
  platformId: string;
  text: string;
  url: string | null;
  authorHandle: string | null;
  postedAt: string | null;
}

/** What the network lets responders do here: its capabilities, and until when a private reply is possible. */
function networkContext(
  channels: ChannelRegistry,
  conversation: { kind: string },
  channel: Awaited<ReturnType<typeof page.findChannelContext>>,
): NetworkContext {
  const capabilities = capabilitiesOf(channels, channel);
  const window = capabilities.privateReplyWindowMs;
  const first = channel.first_inbound_at ? new Date(channel.first_inbound_at as Date | string) : null;
  return {
    threadContext: (channel.thread_context as ThreadContextJson | null) ?? null,
    privateReplyUntil: conversation.kind === 'public' && window && first ? new Date(first.getTime() + window) : null,
    capabilities,
  };
}
