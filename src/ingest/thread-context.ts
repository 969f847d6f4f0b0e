import type { ThreadContext } from '../channels/channel.js';
import type { Executor } from '../db/database.js';
import * as repo from './ingest.repository.js';
import type { FreshItem } from './ingest.types.js';

/** Stores, per conversation, the first thread context the batch carries (a conversation that has one keeps it). */
export async function storeThreadContexts(
  trx: Executor,
  fresh: readonly FreshItem[],
  conversationIdOf: (key: string) => string | undefined,
) {
  const byConversation = new Map<string, string>();
  for (const item of fresh) {
    const context = item.event.threadContext;
    const conversationId = conversationIdOf(item.conversationKey);
    if (!context || !conversationId || byConversation.has(conversationId)) continue;
    byConversation.set(conversationId, JSON.stringify(serialise(context)));
  }
  await repo.setThreadContexts(
    trx,
    [...byConversation].map(([conversationId, context]) => ({ conversationId, context })),
  );
}

function serialise(c: ThreadContext) {
  return {
    platformId: c.platformId,
    text: c.text,
    url: c.url ?? null,
    authorHandle: c.authorHandle ?? null,
    postedAt: c.postedAt ? c.postedAt.toISOString() : null,
  };
}
