/**
 * Calendar arithmetic in the WORKSPACE's time zone (not the browser's). Days are civil dates
 * 'YYYY-MM-DD' (counted in UTC so that adding days never meets a DST change); instants are turned
 * into and out of wall-clock time with Intl, so 4 May 20:05 in Amsterdam stays 20:05 whatever the
 * browser's zone is.
 */
export type DayKey = string; // 'YYYY-MM-DD'

export interface ZonedParts {
  day: DayKey;
  hour: number;
  minute: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormats.set(timeZone, format);
  }
  return format;
}

function rawParts(instant: number, timeZone: string) {
  const values: Record<string, number> = {};
  for (const part of partsFormat(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  return values as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(year: number, month: number, day: number): DayKey {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** The wall clock of an instant in a zone. */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const p = rawParts(instant, timeZone);
  return { day: dayKey(p.year, p.month, p.day), hour: p.hour, minute: p.minute };
}

/** How far the zone's clock is ahead of UTC at an instant (ms). */
function offsetAt(instant: number, timeZone: string): number {
  const p = rawParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by the spring change (02:30 in a
 * 02:00→03:00 gap) lands after the gap; a repeated autumn time takes its first occurrence.
 */
export function instantAt(day: DayKey, hour: number, minute: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  // The zone's offsets a day before and after cover both sides of any change near this time.
  const candidates = [wall - offsetAt(wall - 86_400_000, timeZone), wall - offsetAt(wall + 86_400_000, timeZone)];
  const exact = candidates.filter((c) => {
    const p = zonedParts(c, timeZone);
    return p.day === day && p.hour === hour && p.minute === minute;
  });
  return exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
}

export function addDays(day: DayKey, days: number): DayKey {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return dayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 1 = Monday … 7 = Sunday (ISO, as the posting slots count). */
export function isoWeekday(day: DayKey): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

export function startOfWeek(day: DayKey): DayKey {
  return addDays(day, 1 - isoWeekday(day));
}

export function firstOfMonth(day: DayKey): DayKey {
  return `${day.slice(0, 8)}01`;
}

/** The first day of the month `months` after (or before) the month of `day`. */
export function addMonths(day: DayKey, months: number): DayKey {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, 1));
  return dayKey(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/** Six Monday-first weeks covering the month of `day`: 42 days. */
export function monthGrid(day: DayKey): DayKey[] {
  const start = startOfWeek(firstOfMonth(day));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

export function weekDays(day: DayKey): DayKey[] {
  const start = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The instants [from, to) a list of days covers in the zone, for asking the server. */
export function daysRange(days: DayKey[], timeZone: string): { from: string; to: string } {
  return {
    from: new Date(instantAt(days[0]!, 0, 0, timeZone)).toISOString(),
    to: new Date(instantAt(addDays(days[days.length - 1]!, 1), 0, 0, timeZone)).toISOString(),
  };
}

/** Dropping a post on another day keeps its wall-clock time (and on an hour cell, its minutes). */
export function movedInstant(original: string, target: { day: DayKey; hour?: number }, timeZone: string): string {
  const parts = zonedParts(Date.parse(original), timeZone);
  return new Date(instantAt(target.day, target.hour ?? parts.hour, parts.minute, timeZone)).toISOString();
}

/** The days (in the zone) an interval [start, end) touches: a blackout is drawn on each. */
export function daysTouched(start: string, end: string, timeZone: string): DayKey[] {
  const first = zonedParts(Date.parse(start), timeZone).day;
  const last = zonedParts(Math.max(Date.parse(start), Date.parse(end) - 1), timeZone).day;
  const days: DayKey[] = [];
  for (let day = first; day <= last && days.length < 400; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Whether an interval [start, end) overlaps the hour `hour` of `day` in the zone. */
export function overlapsHour(start: string, end: string, day: DayKey, hour: number, timeZone: string): boolean {
  const from = instantAt(day, hour, 0, timeZone);
  return Date.parse(start) < from + 3_600_000 && Date.parse(end) > from;
}

export function todayIn(timeZone: string, now = Date.now()): DayKey {
  return zonedParts(now, timeZone).day;
}

export function formatClock(parts: { hour: number; minute: number }): string {
  return `${pad(parts.hour)}:${pad(parts.minute)}`;
}
