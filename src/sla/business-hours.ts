/**
 * Time arithmetic over business hours, for the inbox's response-time targets: is the desk open, when
 * does it open next, when is a target due, and how much open time has passed (minus pauses while
 * waiting on the author). Instants are Dates; durations are milliseconds of OPEN time.
 */
import { addDays } from './plain-date.js';
import { openSpansOn, type BusinessSchedule, type Span } from './schedule.js';
import { localDateAt } from './zoned-time.js';

/** Give up looking for an opening after this many closed days in a row (a schedule that never opens). */
const MAX_CLOSED_DAYS = 400;

/**
 * Open spans from `from` onwards (clipped to start at `from`), in order, day by day in local time.
 * Without `until` it ends only after MAX_CLOSED_DAYS closed days in a row.
 */
function* openSpansFrom(schedule: BusinessSchedule, from: number, until?: number): Generator<Span> {
  // A span belongs to the local date it starts on and ends by that day's 24:00, so today is the first
  // day that can contain `from`.
  let date = localDateAt(schedule.timeZone, from);
  let closedDays = 0;
  for (;;) {
    const spans = openSpansOn(schedule, date);
    closedDays = spans.length === 0 ? closedDays + 1 : 0;
    for (const span of spans) {
      if (until !== undefined && span.start >= until) return;
      if (span.end > from) yield { start: Math.max(span.start, from), end: span.end };
    }
    if (until === undefined && closedDays >= MAX_CLOSED_DAYS) return;
    date = addDays(date, 1);
    if (until !== undefined && localDateAt(schedule.timeZone, until) < date) return;
  }
}

function toMs(instant: Date, name: string): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}

/** Open at this instant? Intervals include their start and exclude their end (17:00 in 08–17 is closed). */
export function isOpen(schedule: BusinessSchedule, instant: Date): boolean {
  const at = toMs(instant, 'instant');
  const first = openSpansFrom(schedule, at, at + 1).next();
  return !first.done && first.value.start === at;
}

/** The first instant at or after `instant` when the desk is open (the instant itself if open); null if never. */
export function nextOpening(schedule: BusinessSchedule, instant: Date): Date | null {
  const first = openSpansFrom(schedule, toMs(instant, 'instant')).next();
  return first.done ? null : new Date(first.value.start);
}

/**
 * The instant when `durationMs` of open time has elapsed after `start`: the due time of a target.
 * A target that runs out exactly at closing time is due at closing time, not next morning.
 */
export function addBusinessTime(schedule: BusinessSchedule, start: Date, durationMs: number): Date {
  if (!Number.isFinite(durationMs) || durationMs < 0) {
    throw new RangeError(`A duration must be zero or more milliseconds, not ${durationMs}`);
  }
  let remaining = durationMs;
  for (const span of openSpansFrom(schedule, toMs(start, 'start'))) {
    const length = span.end - span.start;
    if (remaining <= length) return new Date(span.start + remaining);
    remaining -= length;
  }
  throw new RangeError(`The schedule has no open hours for ${MAX_CLOSED_DAYS} days; nothing can fall due`);
}

/** Open milliseconds between two instants (0 if `b` is not after `a`). */
export function businessTimeBetween(schedule: BusinessSchedule, a: Date, b: Date): number {
  const [from, until] = [toMs(a, 'a'), toMs(b, 'b')];
  if (until <= from) return 0;
  let total = 0;
  for (const span of openSpansFrom(schedule, from, until)) {
    total += Math.min(span.end, until) - span.start;
  }
  return total;
}

/** A stretch during which the clock stops (waiting on the author); `to: null` = still paused. */
export interface Pause {
  from: Date;
  to: Date | null;
}

/**
 * Open time between `start` and `now`, not counting open time inside pauses. Overlapping pauses count
 * once; an open pause lasts until `now`.
 */
export function elapsedBusinessTime(
  schedule: BusinessSchedule,
  start: Date,
  now: Date,
  pauses: readonly Pause[] = [],
): number {
  const [from, until] = [toMs(start, 'start'), toMs(now, 'now')];
  const windows = pauses
    .map((pause, index) => {
      const pauseFrom = toMs(pause.from, `pauses[${index}].from`);
      const pauseTo = pause.to === null ? until : toMs(pause.to, `pauses[${index}].to`);
      if (pauseTo < pauseFrom) throw new RangeError(`pauses[${index}] ends before it starts`);
      return { start: Math.max(pauseFrom, from), end: Math.min(pauseTo, until) };
    })
    .filter((window) => window.end > window.start)
    .sort((x, y) => x.start - y.start);
  let paused = 0;
  let coveredUntil = -Infinity;
  for (const window of windows) {
    const windowStart = Math.max(window.start, coveredUntil);
    if (window.end > windowStart) {
      paused += businessTimeBetween(schedule, new Date(windowStart), new Date(window.end));
    }
    coveredUntil = Math.max(coveredUntil, window.end);
  }
  return businessTimeBetween(schedule, start, now) - paused;
}
