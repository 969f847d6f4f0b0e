/** Rows become JSON here, and only here. */
import type { z } from 'zod';
import type { ItemRow } from './conversation-page.repository.js';
import type { NetworkContext } from './get-conversation.js';
import type { ConversationSummaryRow } from './inbox.repository.js';
import type { ConversationDetail, ConversationSummary, ItemResponse } from './inbox.schema.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentSummary(row: ConversationSummaryRow): z.infer<typeof ConversationSummary> {
  return {
    id: row.id,
    channelId: row.channel_id,
    channelName: row.channel_name,
    channelKind: row.channel_kind,
    kind: row.kind,
    status: row.status,
    closedReason: row.closed_reason,
    priority: row.priority,
    tags: row.tags,
    assignee: row.assignee_id && row.assignee_name ? { id: row.assignee_id, name: row.assignee_name } : null,
    team: row.team_id && row.team_name ? { id: row.team_id, name: row.team_name } : null,
    author:
      row.author_id && row.author_handle
        ? { id: row.author_id, handle: row.author_handle, name: row.author_name }
        : null,
    language: row.language,
    sentiment: row.sentiment,
    intent: row.intent,
    severity: row.severity,
    preview: row.preview,
    itemCount: row.item_count,
    awaitingSince: iso(row.awaiting_since),
    lastActivityAt: iso(row.last_activity_at)!,
    dueAt: iso(row.due_at),
    slaState: row.sla_state,
    firstRespondedAt: iso(row.first_responded_at),
    caseId: row.case_id,
  };
}

export function presentDetail(
  row: ConversationSummaryRow & { sla_policy_name: string | null },
  network: NetworkContext,
): z.infer<typeof ConversationDetail> {
  return {
    ...presentSummary(row),
    firstResponseDueAt: iso(row.first_response_due_at),
    nextResponseDueAt: iso(row.next_response_due_at),
    resolutionDueAt: iso(row.resolution_due_at),
    slaPolicyName: row.sla_policy_name,
    threadContext: network.threadContext,
    privateReplyUntil: iso(network.privateReplyUntil),
    channelCapabilities: { actions: network.capabilities.actions, maxLength: network.capabilities.maxLength },
  };
}

export interface ItemExtras {
  names: Map<string, string>;
  versions: Map<string, Array<{ version: number; text: string; replaced_at: Date; change: string }>>;
  reviews: Map<string, { decision: string; comment: string | null; reviewer_name: string | null; created_at: Date }>;
}

export function presentItem(row: ItemRow, extras: ItemExtras): z.infer<typeof ItemResponse> {
  const handle = row.author_row_handle ?? row.author_handle;
  const name = row.author_row_name ?? row.author_name;
  const versions = extras.versions.get(row.id);
  const review = extras.reviews.get(row.id);
  return {
    id: row.id,
    direction: row.direction,
    kind: row.kind,
    text: row.text,
    language: row.language,
    url: row.url,
    occurredAt: iso(row.occurred_at)!,
    author: row.direction === 'inbound' && (handle || name) ? { handle, name } : null,
    user: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
    sentiment: row.sentiment,
    sentimentScore: row.sentiment_score,
    intent: row.intent,
    severity: row.severity,
    offensive: row.offensive,
    personalData: row.personal_data,
    version: row.version,
    editedAt: iso(row.edited_at),
    deletedAt: iso(row.deleted_at),
    ...(versions
      ? {
          versions: versions.map((v) => ({
            version: v.version,
            text: v.text,
            replacedAt: iso(v.replaced_at)!,
            change: v.change,
          })),
        }
      : {}),
    answeredAt: iso(row.answered_at),
    replyToItemId: row.reply_to_item_id,
    sendStatus: row.send_status,
    sendError: row.send_error,
    mentions: row.mentions.flatMap((id) => (extras.names.has(id) ? [{ id, name: extras.names.get(id)! }] : [])),
    ...(review
      ? {
          review: {
            decision: review.decision,
            comment: review.comment,
            reviewerName: review.reviewer_name,
            at: iso(review.created_at)!,
          },
        }
      : {}),
  };
}
