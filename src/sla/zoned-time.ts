/**
 * Wall clock ↔ instant in an IANA time zone, with nothing but Intl (no date library needed for this).
 * Ambiguous and missing wall-clock times follow Temporal's 'compatible' rule: in the autumn overlap the
 * earlier instant wins; in the spring gap the time moves forward by the gap (02:30 → 03:30).
 */
import { parsePlainDate, type PlainDate } from './plain-date.js';

export interface WallClock {
  date: PlainDate;
  /** Minutes after local midnight, 0…1440 (1440 = 24:00, the next day's midnight). */
  minutes: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at an instant, as if it were UTC (milliseconds since the epoch). */
function wallClockMs(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  const millis = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/** Local time minus UTC at an instant, in milliseconds (+3 600 000 for CET). */
export function offsetAt(timeZone: string, instant: number): number {
  return wallClockMs(timeZone, instant) - instant;
}

/** The local calendar date at an instant. */
export function localDateAt(timeZone: string, instant: number): PlainDate {
  return new Date(wallClockMs(timeZone, instant)).toISOString().slice(0, 10);
}

/** The instant at which the zone's clocks show this wall-clock time (see the file comment for DST). */
export function instantAt(timeZone: string, wall: WallClock): number {
  const { year, month, day } = parsePlainDate(wall.date);
  const asUtc = Date.UTC(year, month - 1, day) + wall.minutes * 60_000;
  // Real zones change offset at most once within a day either side, so these two cover every case.
  const offsetBefore = offsetAt(timeZone, asUtc - DAY_MS);
  const offsetAfter = offsetAt(timeZone, asUtc + DAY_MS);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter(
    (instant) => wallClockMs(timeZone, instant) === asUtc,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // In the gap: read the clock with the offset from before the jump, which lands after it.
  return asUtc - offsetBefore;
}

/** Local midnight at the start of a date (an instant), tolerant of zones that skip midnight. */
export function startOfLocalDay(timeZone: string, date: PlainDate): number {
  return instantAt(timeZone, { date, minutes: 0 });
}
