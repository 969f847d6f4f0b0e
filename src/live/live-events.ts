/**
 * Live updates: a change publishes an event with pg_notify on the same transaction (Postgres only
 * delivers it on commit), every API node LISTENs and forwards it to its SSE connections of that
 * workspace. Payloads stay small (ids and kinds); browsers refetch what they show.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export const LIVE_CHANNEL = 'samtal_live';

export interface LiveEvent {
  workspaceId: string;
  type: string; // e.g. 'inbound_item.created', 'channel.updated'
  subjectId?: string;
  data?: Record<string, unknown>;
}

/** One event, or several in one statement (one round trip on a hot path). */
export async function publishLive(executor: Executor, events: LiveEvent | LiveEvent[]): Promise<void> {
  const payloads = livePayloads(Array.isArray(events) ? events : [events]);
  if (payloads.length === 0) return;
  await sql`SELECT pg_notify(${LIVE_CHANNEL}, p) FROM unnest(${payloads}::text[]) WITH ORDINALITY AS e(p, n) ORDER BY n`.execute(
    executor,
  );
}

/** The NOTIFY payloads of events, for a statement that sends them itself (see publishing's startSending). */
export function livePayloads(events: LiveEvent[]): string[] {
  return events.map((event) => {
    // NOTIFY payloads are limited to 8000 bytes; events carry ids, not content.
    const payload = JSON.stringify(event);
    if (Buffer.byteLength(payload) > 7_500) throw new Error(`Live event ${event.type} is too large for NOTIFY`);
    return payload;
  });
}
