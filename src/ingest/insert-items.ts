/** Step 3: store the new items with their analysis. A platform id the channel has is skipped. */
import type { Executor } from '../db/database.js';
import type { NewItem } from '../db/schema.js';
import * as repo from './ingest.repository.js';
import type { LockedConversation } from './ingest.repository.js';
import type { FreshItem, IngestChannel, InsertedItem } from './ingest.types.js';

/** PostgreSQL text and jsonb can't hold NUL characters; a platform may still send them. */
export const withoutNul = (text: string) => (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text);
export const rawJson = (raw: unknown) => withoutNul(JSON.stringify(raw ?? {})).replaceAll('\\u0000', '');

export async function insertItems(
  trx: Executor,
  channel: IngestChannel,
  fresh: readonly FreshItem[],
  authorIds: ReadonlyMap<string, string>,
  conversations: ReadonlyMap<string, LockedConversation>,
): Promise<InsertedItem[]> {
  const rows: NewItem[] = fresh.map(({ event, analysis, language, conversationKey, editedAt }) => ({
    workspace_id: channel.workspace_id,
    channel_id: channel.id,
    conversation_id: conversations.get(conversationKey)!.id,
    direction: 'inbound',
    kind: event.kind,
    platform_id: event.platformId,
    author_platform_id: event.author.platformId,
    author_handle: event.author.handle,
    author_name: event.author.name ?? null,
    author_id: authorIds.get(event.author.platformId) ?? null,
    text: withoutNul(event.text),
    language,
    url: event.url ?? null,
    parent_platform_id: event.parentPlatformId ?? null,
    thread_platform_id: event.threadPlatformId ?? null,
    occurred_at: event.occurredAt,
    raw: rawJson(event.raw),
    sentiment: analysis.sentiment,
    sentiment_score: analysis.sentimentScore,
    intent: analysis.intent,
    severity: analysis.severity,
    offensive: analysis.offensive,
    personal_data: JSON.stringify(analysis.personalData),
    edited_at: editedAt,
  }));
  const stored = await repo.insertItems(trx, rows);
  const byPlatformId = new Map(fresh.map((item) => [item.event.platformId, item]));
  return stored.map((row) => ({
    ...byPlatformId.get(row.platform_id!)!,
    id: row.id,
    conversationId: row.conversation_id,
  }));
}
