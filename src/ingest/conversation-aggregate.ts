/**
 * A conversation's state after new inbound items, before routing and SLA. Pure. New stays new;
 * waiting, resolved and closed reopen; the latest item sets language, sentiment, intent and
 * preview; severity is the highest among the items still waiting for an answer.
 */
import type { ConversationUpdateRow, LockedConversation } from './ingest.repository.js';
import { type InsertedItem, PRIORITY_RANK, SEVERITY_RANK } from './ingest.types.js';

export const PREVIEW_LENGTH = 280;

export interface ConversationDraft extends ConversationUpdateRow {
  /** Before this batch. */
  before: LockedConversation;
  created: boolean;
  /** The oldest of the new items. */
  earliestNew: Date;
  latestNew: InsertedItem;
}

const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);

/** critical → urgent, high → high; a priority never drops because of a milder item. */
export function priorityFor(current: string, severity: string): string {
  const wanted = severity === 'critical' ? 'urgent' : severity === 'high' ? 'high' : null;
  return wanted && PRIORITY_RANK[wanted]! > (PRIORITY_RANK[current] ?? 1) ? wanted : current;
}

export function aggregateConversation(
  before: LockedConversation,
  items: readonly InsertedItem[],
  created: boolean,
): ConversationDraft {
  const sorted = [...items].sort((a, b) => a.event.occurredAt.getTime() - b.event.occurredAt.getTime());
  const earliest = sorted[0]!;
  const latest = sorted[sorted.length - 1]!;
  const reopened = before.status === 'waiting' || before.status === 'resolved' || before.status === 'closed';
  // Items answered before no longer count: their severity was dealt with.
  let severity = before.awaiting_since !== null && !created ? before.severity : 'low';
  for (const item of sorted) {
    if (SEVERITY_RANK[item.analysis.severity]! > (SEVERITY_RANK[severity] ?? 1)) severity = item.analysis.severity;
  }
  return {
    before,
    created,
    earliestNew: earliest.event.occurredAt,
    latestNew: latest,
    id: before.id,
    status: reopened ? 'open' : before.status,
    reopened,
    priority: priorityFor(before.priority, severity),
    tags: [...before.tags],
    assignee_id: before.assignee_id,
    team_id: before.team_id,
    language: latest.language,
    sentiment: latest.analysis.sentiment,
    intent: latest.analysis.intent,
    severity,
    preview: latest.event.text.slice(0, PREVIEW_LENGTH),
    item_count: before.item_count + items.length,
    awaiting_since: earlier(before.awaiting_since, earliest.event.occurredAt),
    last_inbound_at: later(before.last_inbound_at, latest.event.occurredAt),
    last_activity_at: later(before.last_activity_at, latest.event.occurredAt),
    sla_policy_id: before.sla_policy_id,
    first_response_due_at: before.first_response_due_at,
    next_response_due_at: before.next_response_due_at,
    resolution_due_at: before.resolution_due_at,
    due_at: null,
    sla_state: before.sla_state,
  };
}
