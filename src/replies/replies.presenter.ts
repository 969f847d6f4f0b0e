/** Rows become JSON here: our replies and notes in the inbox's Item shape, and the review queue. */
import type { Item } from '../db/schema-inbox.js';
import type { PendingReviewRow } from './replies.repository.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export interface ReviewSummary {
  decision: string;
  comment: string | null;
  reviewerName: string | null;
  at: string;
}

/** `names`: user id → name, for the writer and the mentioned members. */
export function presentItem(row: Item, names: Map<string, string>, review?: ReviewSummary | null) {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    direction: row.direction,
    kind: row.kind,
    text: row.text,
    language: row.language,
    url: row.url,
    occurredAt: iso(row.occurred_at)!,
    author: row.author_handle ? { handle: row.author_handle, name: row.author_name } : null,
    user: row.user_id ? { id: row.user_id, name: names.get(row.user_id) ?? '' } : null,
    sentiment: row.sentiment,
    sentimentScore: row.sentiment_score,
    intent: row.intent,
    severity: row.severity,
    offensive: row.offensive,
    personalData: row.personal_data,
    version: row.version,
    editedAt: iso(row.edited_at),
    deletedAt: iso(row.deleted_at),
    answeredAt: iso(row.answered_at),
    replyToItemId: row.reply_to_item_id,
    platformId: row.platform_id,
    sendStatus: row.send_status,
    sendError: row.send_error,
    mentions: row.mentions.map((id) => ({ id, name: names.get(id) ?? '' })),
    ...(review ? { review } : {}),
  };
}

export function presentReviewEntry(row: PendingReviewRow, names: Map<string, string>) {
  return {
    item: presentItem(row, names),
    conversation: {
      id: row.conversation_id,
      channelId: row.conversation_channel_id,
      channelName: row.channel_name,
      channelKind: row.channel_kind,
      kind: row.conversation_kind,
      status: row.conversation_status,
      language: row.conversation_language,
      sentiment: row.conversation_sentiment,
      severity: row.conversation_severity,
      preview: row.conversation_preview,
      author: row.author_id_ ? { id: row.author_id_, handle: row.author_handle_!, name: row.author_name_ } : null,
    },
    replyTo: row.reply_to_item_id
      ? {
          id: row.reply_to_item_id,
          text: row.target_text,
          authorHandle: row.target_author_handle,
          occurredAt: iso(row.target_occurred_at),
          sentiment: row.target_sentiment,
        }
      : null,
  };
}
