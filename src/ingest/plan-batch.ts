/**
 * Splits a batch of platform events into what is new and what changes items we have. Pure: the
 * caller says which platform ids are already stored. Redelivered creations drop out here, so they
 * are never analysed or counted again.
 */
import type { InboundEvent } from '../channels/channel.js';

export interface BatchPlan {
  /** New items in delivery order; an edit of an item we never saw counts as new (already edited). */
  fresh: Array<{ event: InboundEvent; editedAt: Date | null }>;
  /** Changes to stored items (or to items created earlier in this batch), in rounds: round n holds
   * the n-th change of each item, so several edits of one item in a batch apply in order. */
  changeRounds: Array<Array<{ event: InboundEvent; change: 'edited' | 'deleted'; at: Date }>>;
}

export function planBatch(events: readonly InboundEvent[], stored: ReadonlySet<string>): BatchPlan {
  const fresh: BatchPlan['fresh'] = [];
  const seen = new Set<string>();
  const changesById = new Map<string, BatchPlan['changeRounds'][number]>();
  for (const event of events) {
    const change = event.change ?? 'created';
    const known = stored.has(event.platformId) || seen.has(event.platformId);
    if (change === 'created') {
      if (known) continue; // redelivery: the first delivery counts
      seen.add(event.platformId);
      fresh.push({ event, editedAt: null });
      continue;
    }
    const at = event.editedAt ?? event.occurredAt;
    if (!known) {
      // A deletion of something we never had leaves nothing to keep; an edit is the text as it is now.
      if (change === 'deleted') continue;
      seen.add(event.platformId);
      fresh.push({ event, editedAt: at });
      continue;
    }
    const list = changesById.get(event.platformId) ?? [];
    list.push({ event, change, at });
    changesById.set(event.platformId, list);
  }
  const changeRounds: BatchPlan['changeRounds'] = [];
  for (const list of changesById.values()) {
    list.forEach((change, round) => (changeRounds[round] ??= []).push(change));
  }
  return { fresh, changeRounds };
}
