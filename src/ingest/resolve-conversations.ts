/**
 * Step 2: find or create the conversation of every new item. Public: one author's items under one
 * post (`thread:<thread>:<author>`); private: the direct messages with one author (`dm:<author>`).
 */
import type { InboundEvent } from '../channels/channel.js';
import type { Executor } from '../db/database.js';
import * as repo from './ingest.repository.js';
import type { LockedConversation } from './ingest.repository.js';
import type { ConversationKind, FreshItem, IngestChannel } from './ingest.types.js';

export function conversationKeyOf(event: InboundEvent): {
  key: string;
  kind: ConversationKind;
  threadPlatformId: string | null;
} {
  if (event.kind === 'direct_message') {
    return { key: `dm:${event.author.platformId}`, kind: 'private', threadPlatformId: event.threadPlatformId ?? null };
  }
  const thread = event.threadPlatformId ?? event.platformId;
  return { key: `thread:${thread}:${event.author.platformId}`, kind: 'public', threadPlatformId: thread };
}

export interface ResolvedConversations {
  /** By conversation key, locked for the rest of the transaction. */
  byKey: Map<string, LockedConversation>;
  /** Ids of the conversations this batch created. */
  created: Set<string>;
}

export async function resolveConversations(
  trx: Executor,
  channel: IngestChannel,
  fresh: readonly FreshItem[],
  authorIds: ReadonlyMap<string, string>,
): Promise<ResolvedConversations> {
  const rows = new Map<string, repo.NewConversationRow>();
  for (const item of fresh) {
    const existing = rows.get(item.conversationKey);
    if (existing) {
      if (item.event.occurredAt < existing.last_activity_at) existing.last_activity_at = item.event.occurredAt;
      continue;
    }
    rows.set(item.conversationKey, {
      workspace_id: channel.workspace_id,
      channel_id: channel.id,
      kind: item.conversationKind,
      conversation_key: item.conversationKey,
      thread_platform_id: conversationKeyOf(item.event).threadPlatformId,
      author_id: authorIds.get(item.event.author.platformId) ?? null,
      last_activity_at: item.event.occurredAt,
    });
  }
  const keys = [...rows.keys()].sort();
  const inserted = await repo.insertConversations(
    trx,
    keys.map((key) => rows.get(key)!),
  );
  const locked = await repo.lockConversations(trx, channel.id, keys);
  return {
    byKey: new Map(locked.map((c) => [c.conversation_key, c])),
    created: new Set(inserted.map((c) => c.id)),
  };
}
