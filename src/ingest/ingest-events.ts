/**
 * The ingestion pipeline: a batch of platform events becomes items in conversations, in the
 * caller's transaction (the sync moves its cursor in the same one). Steps, each set-based:
 * authors → conversations → items → edits/deletions → conversation state (aggregates, routing rules,
 * response targets, auto-assignment) → out-of-hours acknowledgement → live events.
 * Redelivering a batch changes nothing: known platform ids are dropped before any work.
 */
import { analyzeBatch } from '../analysis/analyze.js';
import type { Analysis } from '../analysis/analysis.types.js';
import type { InboundEvent } from '../channels/channel.js';
import type { Executor } from '../db/database.js';
import { loadRoutingRules } from '../routing/load-routing-rules.js';
import { loadSlaContext } from '../sla/sla.repository.js';
import { applyEdits, type ChangedItem } from './apply-edits.js';
import * as repo from './ingest.repository.js';
import type {
  FreshItem,
  IngestChannel,
  IngestContext,
  IngestOptions,
  IngestResult,
  InsertedItem,
  ItemChange,
} from './ingest.types.js';
import { itemLanguage } from './ingest.types.js';
import { insertItems } from './insert-items.js';
import { planBatch } from './plan-batch.js';
import { conversationKeyOf, resolveConversations } from './resolve-conversations.js';
import { updateConversations } from './update-conversations.js';
import { upsertAuthors } from './upsert-authors.js';
import { publishIngestEvents } from './publish-ingest-events.js';
import { acknowledgeOutOfHours } from './acknowledge-out-of-hours.js';
import { storeThreadContexts } from './thread-context.js';
import { screenChangedItems, screenForModeration } from '../moderation/screen-items.js';

export type { IngestChannel, IngestContext, IngestOptions, IngestResult } from './ingest.types.js';

export async function ingestEvents(
  trx: Executor,
  ctx: IngestContext,
  channel: IngestChannel,
  events: readonly InboundEvent[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  if (events.length === 0) return { inserted: 0, updated: 0, conversationIds: [] };
  const lap = stopwatch(options.timings);
  const stored = await repo.findStoredPlatformIds(trx, channel.id, [...new Set(events.map((e) => e.platformId))]);
  lap('lookup');
  const plan = planBatch(events, stored);
  const changes = plan.changeRounds.flat();
  const edits = changes.filter((c) => c.change === 'edited');
  const analyses = await (options.analyze ?? analyzeBatch)([
    ...plan.fresh.map((f) => f.event.text),
    ...edits.map((c) => c.event.text),
  ]);
  const analysisOf = new Map<InboundEvent, Analysis>();
  [...plan.fresh.map((f) => f.event), ...edits.map((c) => c.event)].forEach((e, i) => analysisOf.set(e, analyses[i]!));
  lap('analysis');

  let inserted: InsertedItem[] = [];
  let drafts: Awaited<ReturnType<typeof updateConversations>> = [];
  let created = new Set<string>();
  if (plan.fresh.length > 0) {
    const fresh: FreshItem[] = plan.fresh.map(({ event, editedAt }) => {
      const analysis = analysisOf.get(event)!;
      const { key, kind } = conversationKeyOf(event);
      return {
        event,
        analysis,
        language: itemLanguage(event.language, analysis),
        conversationKey: key,
        conversationKind: kind,
        editedAt,
      };
    });
    const authorIds = await upsertAuthors(trx, channel, fresh);
    lap('authors');
    const conversations = await resolveConversations(trx, channel, fresh, authorIds);
    created = conversations.created;
    await storeThreadContexts(trx, fresh, (key) => conversations.byKey.get(key)?.id);
    lap('conversations');
    inserted = await insertItems(trx, channel, fresh, authorIds, conversations.byKey);
    lap('items');
    await screenForModeration(
      trx,
      channel,
      inserted.map((i) => ({
        id: i.id,
        text: i.event.text,
        language: i.language,
        analysis: i.analysis,
        authorPlatformId: i.event.author.platformId,
        authorHandle: i.event.author.handle,
        occurredAt: i.event.occurredAt,
        isPublic: i.conversationKind === 'public',
      })),
    );
    lap('moderation');
    const sla = await loadSlaContext(trx, channel.workspace_id);
    const rules = await loadRoutingRules(trx, channel.workspace_id);
    lap('settings');
    drafts = await updateConversations(trx, channel, inserted, conversations.byKey, created, {
      rules,
      sla,
      autoAssign: sla.settings.auto_assign,
    });
    lap('aggregates');
    await acknowledgeOutOfHours(trx, ctx, channel, sla, drafts);
    lap('outOfHours');
  }

  let changed: ChangedItem[] = [];
  if (changes.length > 0) {
    const rounds: ItemChange[][] = plan.changeRounds.map((round) =>
      round.map(({ event, change, at }) => {
        const analysis = change === 'edited' ? analysisOf.get(event)! : null;
        return { event, change, at, analysis, language: analysis ? itemLanguage(event.language, analysis) : null };
      }),
    );
    changed = await applyEdits(trx, channel, rounds);
    lap('edits');
    await screenChangedItems(
      trx,
      channel,
      changed.filter((c) => c.change === 'edited').map((c) => c.id),
    );
  }

  await publishIngestEvents(trx, channel, { items: inserted, changed, created });
  lap('live');
  return {
    inserted: inserted.length,
    updated: changed.length,
    conversationIds: [...new Set([...drafts.map((d) => d.id), ...changed.map((c) => c.conversation_id)])],
  };
}

/** Adds the time since the previous lap to `timings[stage]`; a no-op without timings. */
function stopwatch(timings: Record<string, number> | undefined) {
  let last = performance.now();
  return (stage: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - last);
    last = now;
  };
}
