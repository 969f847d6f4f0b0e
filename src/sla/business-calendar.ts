/**
 * addBusinessTime (business-hours.ts) for many due times on one schedule, e.g. an ingestion batch: the open spans of the days involved
 * are worked out once (time-zone arithmetic through Intl is the slow part, and a 3-day resolution
 * target on office hours walks ~8 weeks of days) and every due time is then a binary search.
 * Same results as addBusinessTime, which remains the fallback for anything unusual.
 */
import { addBusinessTime } from './business-hours.js';
import { addDays, type PlainDate } from './plain-date.js';
import { openSpansOn, type BusinessSchedule, type Span } from './schedule.js';
import { localDateAt } from './zoned-time.js';

/** As in business-hours.ts: a schedule closed this many days in a row never opens. */
const MAX_CLOSED_DAYS = 400;

export interface BusinessCalendar {
  addBusinessTime(start: Date, durationMs: number): Date;
}

export function businessCalendar(schedule: BusinessSchedule): BusinessCalendar {
  let firstDate: PlainDate | null = null;
  let nextDate: PlainDate = '';
  let spans: Span[] = [];
  /** Open milliseconds before span i, and up to its end. */
  let before: number[] = [];
  let through: number[] = [];
  let closedRun = 0;

  function reset(date: PlainDate) {
    firstDate = nextDate = date;
    spans = [];
    before = [];
    through = [];
    closedRun = 0;
  }

  function loadDay() {
    const day = openSpansOn(schedule, nextDate);
    closedRun = day.length === 0 ? closedRun + 1 : 0;
    for (const span of day) {
      const total = through.at(-1) ?? 0;
      spans.push(span);
      before.push(total);
      through.push(total + span.end - span.start);
    }
    nextDate = addDays(nextDate, 1);
  }

  /** The first index in [from, length) where `test` holds (test is monotone), else length. */
  function search(from: number, test: (i: number) => boolean) {
    let [lo, hi] = [from, spans.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  return {
    addBusinessTime(start, durationMs) {
      const at = start.getTime();
      if (Number.isNaN(at) || !Number.isFinite(durationMs) || durationMs < 0) {
        return addBusinessTime(schedule, start, durationMs); // its errors
      }
      const startDate = localDateAt(schedule.timeZone, at);
      if (firstDate === null || startDate < firstDate) reset(startDate);
      while (nextDate <= startDate) loadDay();
      closedRun = 0; // closed days before the start do not count
      let first = search(0, (i) => spans[i]!.end > at);
      while (first === spans.length) {
        if (closedRun >= MAX_CLOSED_DAYS) return addBusinessTime(schedule, start, durationMs);
        loadDay();
        first = search(first, (i) => spans[i]!.end > at);
      }
      const target = before[first]! + Math.max(0, at - spans[first]!.start) + durationMs;
      while (through.at(-1)! < target) {
        if (closedRun >= MAX_CLOSED_DAYS) return addBusinessTime(schedule, start, durationMs);
        loadDay();
      }
      const due = search(first, (i) => through[i]! >= target);
      return new Date(spans[due]!.start + (target - before[due]!));
    },
  };
}
