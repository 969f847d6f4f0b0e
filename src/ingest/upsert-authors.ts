/** Step 1: the people behind the new items, one row per network identity per workspace. */
import type { Executor } from '../db/database.js';
import type { AuthorRow } from './ingest.repository.js';
import * as repo from './ingest.repository.js';
import type { FreshItem, IngestChannel } from './ingest.types.js';

/** Returns author id by platform id. Handle and name follow the author's newest item. */
export async function upsertAuthors(
  trx: Executor,
  channel: IngestChannel,
  fresh: readonly FreshItem[],
): Promise<Map<string, string>> {
  const byAuthor = new Map<string, AuthorRow>();
  for (const { event } of fresh) {
    const at = event.occurredAt;
    const row = byAuthor.get(event.author.platformId);
    if (!row) {
      byAuthor.set(event.author.platformId, {
        workspace_id: channel.workspace_id,
        network: channel.kind,
        platform_id: event.author.platformId,
        handle: event.author.handle,
        name: event.author.name ?? null,
        first_seen_at: at,
        last_seen_at: at,
        item_count: 1,
      });
      continue;
    }
    row.item_count += 1;
    if (at < row.first_seen_at) row.first_seen_at = at;
    if (at >= row.last_seen_at) {
      row.last_seen_at = at;
      row.handle = event.author.handle;
      row.name = event.author.name ?? row.name;
    }
  }
  // One lock order for every batch: two channels of one network share authors.
  const rows = [...byAuthor.values()].sort((a, b) => (a.platform_id < b.platform_id ? -1 : 1));
  const stored = await repo.upsertAuthors(trx, rows);
  return new Map(stored.map((a) => [a.platform_id, a.id]));
}
