/** Rows become JSON here: a take-it-offline case. */
import type { CaseRow } from './cases.repository.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentCase(row: CaseRow) {
  return {
    id: row.id,
    status: row.status,
    outcome: row.outcome,
    publicConversationId: row.public_conversation_id,
    privateConversationId: row.private_conversation_id,
    contactRoute: row.contact_route,
    openedBy: row.opened_by ? { id: row.opened_by, name: row.opened_by_name ?? '' } : null,
    openedAt: iso(row.opened_at)!,
    resolvedAt: iso(row.resolved_at),
    closingReplyItemId: row.closing_reply_item_id,
    closedAt: iso(row.closed_at),
  };
}
