/** Test builders for conversations and their items, written straight to the tables. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import type { NewConversation, NewItem } from '../db/schema-inbox.js';
import { insertChannel } from '../channels/channels.repository.js';

const unique = () => randomBytes(4).toString('hex');

export function makeChannel(db: Db, workspaceId: string, overrides: Partial<{ name: string; kind: string }> = {}) {
  return insertChannel(db, {
    workspaceId,
    kind: overrides.kind ?? 'sandbox',
    name: overrides.name ?? `Channel ${unique()}`,
    handle: `@ch${unique()}`,
    settings: {},
    credentialsEncrypted: null,
  });
}

export async function makeAuthor(
  db: Db,
  workspaceId: string,
  overrides: Partial<{ handle: string; name: string; network: string }> = {},
) {
  const now = new Date();
  return db
    .insertInto('authors')
    .values({
      workspace_id: workspaceId,
      network: overrides.network ?? 'sandbox',
      platform_id: `p${unique()}`,
      handle: overrides.handle ?? `@a${unique()}`,
      name: overrides.name ?? null,
      first_seen_at: now,
      last_seen_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A conversation with one inbound item (text) unless `items: []` is given. */
export async function makeConversation(
  db: Db,
  channel: { id: string; workspace_id: string },
  overrides: Partial<NewConversation> & { text?: string; items?: Array<Partial<NewItem>> } = {},
) {
  const { text, items, ...conversationOverrides } = overrides;
  const now = new Date();
  const conversation = await db
    .insertInto('conversations')
    .values({
      workspace_id: channel.workspace_id,
      channel_id: channel.id,
      kind: 'public',
      conversation_key: `thread:${unique()}:${unique()}`,
      last_activity_at: now,
      preview: text ?? '',
      ...conversationOverrides,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const itemRows = items ?? [{ text: text ?? 'Hej!' }];
  for (const item of itemRows) await makeItem(db, conversation, item);
  if (itemRows.length > 0) {
    await db
      .updateTable('conversations')
      .set({ item_count: itemRows.length })
      .where('id', '=', conversation.id)
      .execute();
  }
  return { ...conversation, item_count: itemRows.length };
}

export function makeItem(
  db: Db,
  conversation: {
    id: string;
    workspace_id: string;
    channel_id: string;
    author_id?: string | null;
    language?: string | null;
  },
  overrides: Partial<NewItem> = {},
) {
  const now = new Date();
  return db
    .insertInto('items')
    .values({
      workspace_id: conversation.workspace_id,
      channel_id: conversation.channel_id,
      conversation_id: conversation.id,
      kind: 'comment',
      platform_id: `i${unique()}`,
      author_platform_id: 'x',
      author_handle: '@x',
      author_id: conversation.author_id ?? null,
      text: 'Hej!',
      language: conversation.language ?? 'sv',
      occurred_at: now,
      received_at: now,
      raw: '{}',
      ...overrides,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
