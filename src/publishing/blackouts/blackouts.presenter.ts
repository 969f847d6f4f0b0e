import type { BlackoutWindow } from '../../db/schema-publishing.js';
import { nextOccurrence, occurrencesBetween, type RecurringWindow } from './recurrence.js';

export const asRecurring = (row: BlackoutWindow): RecurringWindow => ({
  startsLocal: row.starts_local,
  durationMinutes: row.duration_minutes,
  timeZone: row.time_zone,
  rrule: row.rrule,
});

const iso = (ms: number) => new Date(ms).toISOString();

/** A stored rule that no longer expands (a zone removed from the runtime…) must not break the list. */
function safeNext(row: BlackoutWindow, now: number) {
  try {
    const next = nextOccurrence(asRecurring(row), now);
    return next ? { start: iso(next.start), end: iso(next.end) } : null;
  } catch {
    return null;
  }
}

export function presentBlackout(row: BlackoutWindow, now = Date.now()) {
  return {
    id: row.id,
    channelId: row.channel_id,
    title: row.title,
    reason: row.reason,
    startsLocal: row.starts_local,
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
    rrule: row.rrule,
    source: row.source,
    enabled: row.enabled,
    nextOccurrence: safeNext(row, now),
  };
}

/** Occurrences of enabled windows overlapping [from, to), in time order (what the calendar draws). */
export function presentOccurrences(rows: BlackoutWindow[], from: Date, to: Date) {
  return rows
    .filter((row) => row.enabled)
    .flatMap((row) => {
      let spans: Array<{ start: number; end: number }> = [];
      try {
        spans = occurrencesBetween(asRecurring(row), from.getTime(), to.getTime());
      } catch {
        spans = [];
      }
      return spans.map((span) => ({
        windowId: row.id,
        title: row.title,
        reason: row.reason,
        channelId: row.channel_id,
        start: iso(span.start),
        end: iso(span.end),
      }));
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.windowId.localeCompare(b.windowId));
}
