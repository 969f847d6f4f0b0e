/**
 * Live events of a batch, sent in one round trip. Payloads carry ids only. A batch that touches
 * more than LIVE_BATCH_LIMIT conversations (a backlog after an outage, a first sync) sends one
 * 'conversations.changed' event with data { count, channelId } instead of hundreds of NOTIFYs:
 * browsers refetch their lists either way.
 */
import type { Executor } from '../db/database.js';
import type { LiveEvent } from '../live/live-events.js';
import type { ChangedItem } from './apply-edits.js';
import * as repo from './ingest.repository.js';
import type { IngestChannel, InsertedItem } from './ingest.types.js';

export const LIVE_BATCH_LIMIT = 50;

export async function publishIngestEvents(
  trx: Executor,
  channel: IngestChannel,
  batch: { items: readonly InsertedItem[]; changed: readonly ChangedItem[]; created: ReadonlySet<string> },
): Promise<void> {
  const workspaceId = channel.workspace_id;
  const conversationIds = new Set([
    ...batch.items.map((i) => i.conversationId),
    ...batch.changed.map((c) => c.conversation_id),
  ]);
  if (conversationIds.size === 0) return;
  const events: LiveEvent[] = [];
  if (conversationIds.size > LIVE_BATCH_LIMIT) {
    events.push({
      workspaceId,
      type: 'conversations.changed',
      data: { count: conversationIds.size, channelId: channel.id },
    });
  } else {
    for (const id of conversationIds) {
      const type = batch.created.has(id) ? 'conversation.created' : 'conversation.updated';
      events.push({ workspaceId, type, subjectId: id });
    }
    for (const item of batch.items) {
      events.push({
        workspaceId,
        type: 'item.created',
        subjectId: item.id,
        data: { conversationId: item.conversationId, channelId: channel.id },
      });
    }
    for (const item of batch.changed) {
      events.push({
        workspaceId,
        type: 'item.updated',
        subjectId: item.id,
        data: { conversationId: item.conversation_id },
      });
    }
  }
  // The channel pages (item list, counts) still listen for this one: one per batch, not per item.
  if (batch.items.length > 0) {
    events.push({
      workspaceId,
      type: 'inbound_item.created',
      data: { channelId: channel.id, count: batch.items.length },
    });
  }
  await repo.publishLiveMany(trx, events);
}
