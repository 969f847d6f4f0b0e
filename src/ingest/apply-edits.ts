/**
 * Step 4: edits and deletions on the platform. The replaced version is kept in item_versions; an
 * edit gets a fresh analysis; a deleted item keeps its text and is marked. Redelivered changes
 * find nothing to change.
 */
import type { Executor } from '../db/database.js';
import * as repo from './ingest.repository.js';
import { rawJson, withoutNul } from './insert-items.js';
import type { IngestChannel, ItemChange } from './ingest.types.js';
import { PREVIEW_LENGTH } from './update-conversations.js';

export interface ChangedItem {
  id: string;
  conversation_id: string;
  change: 'edited' | 'deleted';
}

export async function applyEdits(
  trx: Executor,
  channel: IngestChannel,
  rounds: ReadonlyArray<readonly ItemChange[]>,
): Promise<ChangedItem[]> {
  const changed: ChangedItem[] = [];
  for (const round of rounds) {
    const rows = round.map(({ event, change, at, analysis, language }) => ({
      platform_id: event.platformId,
      change,
      text: withoutNul(event.text),
      raw: JSON.parse(rawJson(event.raw)) as unknown,
      at: at.toISOString(),
      language,
      sentiment: analysis?.sentiment ?? null,
      sentiment_score: analysis?.sentimentScore ?? null,
      intent: analysis?.intent ?? null,
      severity: analysis?.severity ?? null,
      offensive: analysis?.offensive ?? null,
      personal_data: analysis ? analysis.personalData : null,
    }));
    changed.push(...(await repo.applyItemChanges(trx, channel.id, rows)));
  }
  await repo.refreshPreviews(trx, [...new Set(changed.map((c) => c.conversation_id))], PREVIEW_LENGTH);
  return changed;
}
