import type { Executor } from '../db/database.js';
import { notFound } from '../http/errors.js';
import * as page from './conversation-page.repository.js';
import * as repo from './inbox.repository.js';
import type { ItemExtras } from './inbox.presenter.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Everything the conversation page shows. Reading never changes the status (new stays new). */
export async function getConversation(db: Executor, workspaceId: string, conversationId: string) {
  if (!UUID.test(conversationId)) throw notFound('The conversation');
  const conversation = await repo.findConversationSummary(db, workspaceId, conversationId);
  if (!conversation) throw notFound('The conversation');
  const [items, thread, author, history] = await Promise.all([
    page.listConversationItems(db, conversation.id),
    page.listThreadItems(db, conversation),
    conversation.author_id ? page.findAuthor(db, workspaceId, conversation.author_id) : undefined,
    conversation.author_id
      ? repo.listAuthorConversations(db, workspaceId, conversation.author_id, conversation.id)
      : Promise.resolve([]),
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
  return { conversation, items, thread, author, history, extras };
}
