/**
 * Calendar dates without a time or zone, as ISO strings 'YYYY-MM-DD' (sortable, readable in tests and
 * settings). Day arithmetic goes through UTC midnight, where every day has exactly 24 hours.
 */
export type PlainDate = string;

const DAY_MS = 86_400_000;
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function plainDate(year: number, month: number, day: number): PlainDate {
  return fromUtcMidnight(Date.UTC(year, month - 1, day));
}

export function parsePlainDate(date: PlainDate): { year: number; month: number; day: number } {
  const match = PLAIN_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Reject 2026-02-30 and friends instead of silently rolling them over into the next month.
  if (plainDate(year, month, day) !== date) throw new RangeError(`"${date}" is not a real calendar date`);
  return { year, month, day };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function dayOfWeek(date: PlainDate): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

function toUtcMidnight(date: PlainDate): number {
  const { year, month, day } = parsePlainDate(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMidnight(ms: number): PlainDate {
  return new Date(ms).toISOString().slice(0, 10);
}
