/** Test data for the knowledge tests: a channel and a conversation with an author and inbound items. */
import type { Db } from '../db/database.js';

export async function makeChannel(db: Db, workspaceId: string, name = 'Facebook') {
  return db
    .insertInto('channels')
    .values({
      workspace_id: workspaceId,
      kind: 'sandbox',
      name,
      handle: `h${Math.random().toString(36).slice(2, 8)}`,
      settings: '{}',
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export async function makeConversation(
  db: Db,
  workspaceId: string,
  options: {
    channelId?: string;
    author?: { handle: string; name: string | null } | null;
    items?: Array<{
      text: string;
      language?: string;
      answered?: boolean;
      minutesAgo?: number;
      direction?: 'inbound' | 'outbound';
    }>;
  } = {},
) {
  const channelId = options.channelId ?? (await makeChannel(db, workspaceId)).id;
  const author =
    options.author === null
      ? null
      : await db
          .insertInto('authors')
          .values({
            workspace_id: workspaceId,
            network: 'sandbox',
            platform_id: `p-${Math.random().toString(36).slice(2)}`,
            handle: options.author?.handle ?? 'resident',
            name: options.author === undefined ? 'Resident' : options.author.name,
            first_seen_at: new Date(),
            last_seen_at: new Date(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
  const conversation = await db
    .insertInto('conversations')
    .values({
      workspace_id: workspaceId,
      channel_id: channelId,
      kind: 'public',
      conversation_key: `thread:${Math.random().toString(36).slice(2)}`,
      author_id: author?.id ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const item of options.items ?? []) {
    const at = new Date(Date.now() - (item.minutesAgo ?? 0) * 60_000);
    const direction = item.direction ?? 'inbound';
    await db
      .insertInto('items')
      .values({
        workspace_id: workspaceId,
        channel_id: channelId,
        conversation_id: conversation.id,
        direction,
        kind: direction === 'inbound' ? 'comment' : 'our_reply',
        platform_id: `i-${Math.random().toString(36).slice(2)}`,
        text: item.text,
        language: item.language ?? null,
        occurred_at: at,
        answered_at: item.answered ? new Date() : null,
      })
      .execute();
  }
  return { id: conversation.id, channelId };
}
