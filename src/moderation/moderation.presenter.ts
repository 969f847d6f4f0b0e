/** JSON shapes of the moderation API (contract: issue 6, section B). */
import type { ModerationActionRow } from './moderation-actions.repository.js';
import type { QueueRow } from './moderation-queue.repository.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** What an undo does, per kind; remove and report cannot be undone. */
export const UNDO_OF = { hide: 'unhide', block: 'unblock', mute: 'unmute' } as const;

export function presentAction(row: ModerationActionRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    error: row.error,
    rule:
      row.guideline_rule_key === null
        ? null
        : {
            key: row.guideline_rule_key,
            number: row.guideline_rule_number,
            title: row.guideline_rule_title,
            version: row.guideline_version,
          },
    statement: row.statement,
    evidenceRecordId: row.evidence_record_id,
    undoesActionId: row.undoes_action_id,
    undoneByActionId: row.undone_by_action_id,
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    createdAt: iso(row.created_at),
    completedAt: iso(row.completed_at),
    undoable: row.status === 'done' && row.undone_by_action_id === null && row.kind in UNDO_OF,
  };
}
export type ModerationActionJson = ReturnType<typeof presentAction>;

export interface PresentableItem {
  id: string;
  conversation_id: string;
  channel_id: string;
  channel_name: string;
  network: string;
  platform_id: string | null;
  kind: string;
  text: string;
  url: string | null;
  author_handle: string | null;
  author_name: string | null;
  occurred_at: Date;
  language: string | null;
  intent: string | null;
  sentiment: string | null;
  severity: string | null;
  moderation_state: 'hidden' | 'removed' | null;
}

export function presentItem(i: PresentableItem) {
  return {
    id: i.id,
    conversationId: i.conversation_id,
    channelId: i.channel_id,
    channelName: i.channel_name,
    network: i.network,
    platformId: i.platform_id,
    kind: i.kind,
    text: i.text,
    url: i.url,
    authorHandle: i.author_handle,
    authorName: i.author_name,
    occurredAt: iso(i.occurred_at),
    language: i.language,
    intent: i.intent,
    sentiment: i.sentiment,
    severity: i.severity,
    moderationState: i.moderation_state,
  };
}

export function presentQueueEntry(row: QueueRow, actions: readonly ModerationActionRow[]) {
  return {
    id: row.id,
    status: row.status,
    sources: row.sources,
    reasons: row.reasons,
    severity: row.severity,
    suggestedRuleKey: row.suggested_rule_key,
    flaggedAt: iso(row.flagged_at),
    decidedAt: iso(row.decided_at),
    item: presentItem({
      ...row,
      id: row.item_id,
      kind: row.item_kind,
      severity: row.item_severity,
    }),
    evidenceCount: Number(row.evidence_count ?? 0),
    actions: actions.filter((a) => a.item_id === row.item_id).map(presentAction),
  };
}
export type QueueEntryJson = ReturnType<typeof presentQueueEntry>;
