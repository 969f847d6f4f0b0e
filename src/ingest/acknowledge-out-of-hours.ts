/**
 * Step 6: the automatic "we're away" reply (src/sla/out-of-hours.ts) for conversations whose new
 * item arrived while the desk is closed. Only when the workspace switched it on, and only for items
 * outside business hours, so the usual batch costs no extra query.
 */
import type { Executor } from '../db/database.js';
import type { InboxSettings } from '../db/schema.js';
import { isOpen } from '../sla/business-hours.js';
import { maybeAcknowledgeOutOfHours } from '../sla/out-of-hours.js';
import type { BusinessSchedule } from '../sla/schedule.js';
import type { ConversationDraft } from './conversation-aggregate.js';
import type { IngestChannel, IngestContext } from './ingest.types.js';

export async function acknowledgeOutOfHours(
  trx: Executor,
  ctx: IngestContext,
  channel: IngestChannel,
  sla: { settings: InboxSettings; schedule: BusinessSchedule },
  drafts: readonly ConversationDraft[],
): Promise<void> {
  if (!sla.settings.out_of_hours_ack) return;
  for (const draft of drafts) {
    const item = draft.latestNew;
    if (isOpen(sla.schedule, item.event.occurredAt)) continue;
    await maybeAcknowledgeOutOfHours(
      trx,
      ctx,
      {
        id: draft.id,
        workspace_id: channel.workspace_id,
        channel_id: channel.id,
        kind: draft.latestNew.conversationKind,
      },
      {
        id: item.id,
        direction: 'inbound',
        language: item.language,
        occurred_at: item.event.occurredAt,
        platform_id: item.event.platformId,
        deleted_at: null,
      },
    );
  }
}
