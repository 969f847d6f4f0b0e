/**
 * Step 5: what the new items mean for their conversations — status and aggregates, routing rules,
 * response-time targets and auto-assignment — computed in memory and written in one statement.
 */
import type { Executor } from '../db/database.js';
import { pickAssignees } from '../responders/pick-assignee.js';
import { resumeSla } from '../sla/pause.js';
import type { CompiledRule } from '../routing/match-routing-rules.js';
import { applyRoutingRules } from '../routing/match-routing-rules.js';
import { businessCalendar } from '../sla/business-calendar.js';
import { aggregateConversation, type ConversationDraft } from './conversation-aggregate.js';
import * as repo from './ingest.repository.js';
import type { LockedConversation } from './ingest.repository.js';
import type { IngestChannel, InsertedItem } from './ingest.types.js';
import { applySlaOnIngest, type SlaInputs } from './sla-on-ingest.js';

export { PREVIEW_LENGTH } from './conversation-aggregate.js';

export interface ConversationSetup {
  rules: readonly CompiledRule[];
  sla: SlaInputs;
  autoAssign: boolean;
}

export async function updateConversations(
  trx: Executor,
  channel: IngestChannel,
  items: readonly InsertedItem[],
  conversations: ReadonlyMap<string, LockedConversation>,
  created: ReadonlySet<string>,
  setup: ConversationSetup,
): Promise<ConversationDraft[]> {
  const byConversation = new Map<string, InsertedItem[]>();
  for (const item of items) {
    const list = byConversation.get(item.conversationId);
    if (list) list.push(item);
    else byConversation.set(item.conversationId, [item]);
  }
  const lockedById = new Map([...conversations.values()].map((c) => [c.id, c]));
  const drafts: ConversationDraft[] = [];
  const sla = { ...setup.sla, calendar: businessCalendar(setup.sla.schedule) };
  for (const [conversationId, list] of byConversation) {
    const draft = aggregateConversation(lockedById.get(conversationId)!, list, created.has(conversationId));
    applyRoutingRules(
      draft,
      list.map((item) => ({
        channelId: channel.id,
        language: item.language,
        intent: item.analysis.intent,
        sentiment: item.analysis.sentiment,
        severity: item.analysis.severity,
        text: item.event.text,
      })),
      setup.rules,
      { user: draft.before.assignee_id !== null, team: draft.before.team_id !== null },
    );
    applySlaOnIngest(draft, channel.id, sla);
    drafts.push(draft);
  }
  if (setup.autoAssign) {
    const unassigned = drafts.filter((d) => d.assignee_id === null);
    const picked = await pickAssignees(
      trx,
      channel.workspace_id,
      unassigned.map((d) => ({ conversationId: d.id, channelId: channel.id, language: d.language })),
    );
    for (const draft of unassigned) draft.assignee_id = picked.get(draft.id) ?? null;
  }
  await repo.updateConversations(
    trx,
    drafts.map(({ before: _b, created: _c, earliestNew: _e, latestNew: _l, ...row }) => row),
  );
  // Waiting on the author is over: the resolution clock runs again from the author's answer.
  const resumed = drafts.filter((d) => d.before.status === 'waiting');
  for (const draft of resumed) await resumeSla(trx, draft.id, draft.earliestNew);
  await repo.recomputeDueAt(
    trx,
    resumed.map((d) => d.id),
  );
  return drafts;
}
