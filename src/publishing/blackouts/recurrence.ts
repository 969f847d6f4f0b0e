/**
 * A pure RFC 5545 RRULE subset (FREQ DAILY…YEARLY with INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, BYDAY,
 * BYSETPOS, BYHOUR, BYMINUTE). Occurrences are expanded in local wall-clock time from DTSTART and only then
 * turned into instants through zoned-time, so "every day at 02:30" keeps its wall-clock time across
 * daylight-saving changes (a time in the spring gap moves forward, an autumn overlap takes the earlier instant).
 */
import { instantAt } from '../../sla/zoned-time.js';
import { parseRRuleText, type RecurrenceRule, type Weekday } from './rrule-text.js';

import { RecurrenceError } from './rrule-text.js';

export { RecurrenceError, formatRRule, type RecurrenceRule, type Weekday } from './rrule-text.js';

export function parseRRule(value: string): RecurrenceRule {
  return parseRRuleText(value);
}

export interface RecurringWindow {
  startsLocal: string;
  durationMinutes: number;
  timeZone: string;
  rrule: string | null;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Wall clocks are never more than 14 h away from UTC; a day is a safe margin for naive ↔ instant comparisons. */
const MARGIN = DAY;
/** A rule that finds nothing for this long never will (leap-day-on-a-weekday rules repeat within 40 years). */
const EMPTY_SPAN_LIMIT = 60 * 366 * DAY;
const WEEKDAY_INDEX: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const STARTS_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** 'YYYY-MM-DDTHH:MM' → the wall-clock time as if it were UTC ("naive" milliseconds). */
export function parseStartsLocal(value: string): number {
  const match = STARTS_LOCAL.exec(value);
  if (!match) throw new RecurrenceError(`"${value}" is not a local start time in the form YYYY-MM-DDTHH:MM`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(naive);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new RecurrenceError(`"${value}" is not a real date and time`);
  }
  return naive;
}

function toInstant(timeZone: string, naive: number): number {
  const dayStart = Math.floor(naive / DAY) * DAY;
  const date = new Date(dayStart).toISOString().slice(0, 10);
  return instantAt(timeZone, { date, minutes: (naive - dayStart) / MINUTE });
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const weekdayOf = (naiveDay: number) => new Date(naiveDay).getUTCDay();

/** Days (naive midnight ms) of a span that match BYDAY, ordinals counted within the span. */
function byDayWithin(days: number[], byDay: NonNullable<RecurrenceRule['byDay']>): Set<number> {
  const matches = new Set<number>();
  for (const { weekday, ordinal } of byDay) {
    const sameWeekday = days.filter((day) => weekdayOf(day) === WEEKDAY_INDEX[weekday]);
    if (ordinal === undefined) sameWeekday.forEach((day) => matches.add(day));
    else {
      const pick = ordinal > 0 ? sameWeekday[ordinal - 1] : sameWeekday[sameWeekday.length + ordinal];
      if (pick !== undefined) matches.add(pick);
    }
  }
  return matches;
}

function monthDays(year: number, month: number): number[] {
  return Array.from({ length: daysInMonth(year, month) }, (_, index) => Date.UTC(year, month - 1, index + 1));
}

const matchesMonthDay = (day: number, byMonthDay: number[]) => {
  const date = new Date(day);
  const length = daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
  return byMonthDay.some((wanted) => (wanted > 0 ? wanted : length + wanted + 1) === date.getUTCDate());
};

/** Days of one month for MONTHLY (and YEARLY with months): BYMONTHDAY and BYDAY limit each other. */
function daysOfMonth(year: number, month: number, rule: RecurrenceRule, startDay: number): number[] {
  if (!rule.byMonthDay && !rule.byDay)
    return startDay <= daysInMonth(year, month) ? [Date.UTC(year, month - 1, startDay)] : [];
  let days = monthDays(year, month);
  if (rule.byMonthDay) days = days.filter((day) => matchesMonthDay(day, rule.byMonthDay!));
  if (rule.byDay) {
    const allowed = byDayWithin(monthDays(year, month), rule.byDay);
    days = days.filter((day) => allowed.has(day));
  }
  return days;
}

/** The candidate days of period number `index` (counted in INTERVAL steps from DTSTART's period). */
function periodDays(rule: RecurrenceRule, start: Date, index: number): { days: number[]; periodStart: number } {
  const [year, month, day] = [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()];
  const step = index * rule.interval;
  const inMonths = (days: number[]) =>
    rule.byMonth ? days.filter((d) => rule.byMonth!.includes(new Date(d).getUTCMonth() + 1)) : days;
  switch (rule.freq) {
    case 'DAILY': {
      const today = Date.UTC(year, month - 1, day + step);
      let days = inMonths([today]);
      if (rule.byMonthDay) days = days.filter((d) => matchesMonthDay(d, rule.byMonthDay!));
      if (rule.byDay) days = days.filter((d) => rule.byDay!.some((b) => WEEKDAY_INDEX[b.weekday] === weekdayOf(d)));
      return { days, periodStart: today };
    }
    case 'WEEKLY': {
      // Weeks start on Monday (WKST=MO).
      const monday = Date.UTC(year, month - 1, day - ((weekdayOf(Date.UTC(year, month - 1, day)) + 6) % 7) + 7 * step);
      const week = Array.from({ length: 7 }, (_, offset) => monday + offset * DAY);
      const wanted = rule.byDay?.map((b) => WEEKDAY_INDEX[b.weekday]) ?? [start.getUTCDay()];
      return { days: inMonths(week.filter((d) => wanted.includes(weekdayOf(d)))), periodStart: monday };
    }
    case 'MONTHLY': {
      const first = new Date(Date.UTC(year, month - 1 + step, 1));
      const [y, m] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
      return { days: inMonths(daysOfMonth(y, m, rule, day)), periodStart: first.getTime() };
    }
    case 'YEARLY': {
      const y = year + step;
      const periodStart = Date.UTC(y, 0, 1);
      if (rule.byDay && !rule.byMonth && !rule.byMonthDay) {
        // Ordinals count within the year ("20MO" = the 20th Monday).
        const yearDays = Array.from(
          { length: (Date.UTC(y + 1, 0, 1) - periodStart) / DAY },
          (_, i) => periodStart + i * DAY,
        );
        return { days: [...byDayWithin(yearDays, rule.byDay)].sort((a, b) => a - b), periodStart };
      }
      const months =
        rule.byMonth ?? (rule.byMonthDay || rule.byDay ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [month]);
      const days = [...months].sort((a, b) => a - b).flatMap((m) => daysOfMonth(y, m, rule, day));
      return { days, periodStart };
    }
  }
}

/** The period index whose start lies at or before `naive` (to skip ahead when COUNT does not need the past). */
function periodIndexBefore(rule: RecurrenceRule, start: Date, naive: number): number {
  const months =
    (new Date(naive).getUTCFullYear() - start.getUTCFullYear()) * 12 +
    new Date(naive).getUTCMonth() -
    start.getUTCMonth();
  const units = {
    DAILY: Math.floor((naive - start.getTime()) / DAY),
    WEEKLY: Math.floor((naive - start.getTime()) / (7 * DAY)) - 1,
    MONTHLY: months - 1,
    YEARLY: Math.floor(months / 12) - 1,
  }[rule.freq];
  return Math.max(0, Math.floor(units / rule.interval));
}

/** Naive (wall-clock) start times of the rule from DTSTART on, in order; `fromNaive` allows skipping ahead. */
function* naiveOccurrences(rule: RecurrenceRule, startNaive: number, fromNaive: number): Generator<number> {
  const start = new Date(startNaive);
  const hours = rule.byHour ?? [start.getUTCHours()];
  const minutes = rule.byMinute ?? [start.getUTCMinutes()];
  const times = hours.flatMap((h) => minutes.map((m) => h * HOUR + m * MINUTE)).sort((a, b) => a - b);
  let index = rule.count === undefined ? periodIndexBefore(rule, start, fromNaive) : 0;
  let emitted = 0;
  let lastFound = startNaive;
  for (;;) {
    const { days, periodStart } = periodDays(rule, start, index++);
    let candidates = days.flatMap((day) => times.map((time) => day + time));
    if (rule.bySetPos) {
      const all = candidates;
      candidates = rule.bySetPos
        .map((pos) => (pos > 0 ? all[pos - 1] : all[all.length + pos]))
        .filter((value): value is number => value !== undefined)
        .sort((a, b) => a - b);
    }
    for (const candidate of candidates) {
      if (candidate < startNaive) continue;
      lastFound = candidate;
      yield candidate;
      if (rule.count !== undefined && ++emitted >= rule.count) return;
    }
    if (periodStart - lastFound > EMPTY_SPAN_LIMIT) {
      throw new RecurrenceError(
        `The rule ${rule.freq} with these BY… parts finds no date for 60 years; check BYMONTH, BYMONTHDAY and BYDAY`,
      );
    }
  }
}

/** Occurrences (instants in ms) whose [start, end) overlaps [from, to). */
export function occurrencesBetween(
  window: RecurringWindow,
  from: number,
  to: number,
): Array<{ start: number; end: number }> {
  const startNaive = parseStartsLocal(window.startsLocal);
  const duration = window.durationMinutes * MINUTE;
  const overlaps = (start: number) => start < to && start + duration > from;
  if (!window.rrule) {
    const start = toInstant(window.timeZone, startNaive);
    return overlaps(start) ? [{ start, end: start + duration }] : [];
  }
  const rule = parseRRule(window.rrule);
  const until = rule.until?.getTime();
  const result: Array<{ start: number; end: number }> = [];
  for (const naive of naiveOccurrences(rule, startNaive, from - duration - 2 * MARGIN)) {
    if (naive - MARGIN >= to) break;
    if (until !== undefined && naive - MARGIN > until) break;
    if (naive + MARGIN + duration <= from) continue;
    const start = toInstant(window.timeZone, naive);
    if (until !== undefined && start > until) break;
    // Two wall-clock times in a spring gap can land on one instant: keep one.
    if (overlaps(start) && result.at(-1)?.start !== start) result.push({ start, end: start + duration });
  }
  return result;
}

/** The first occurrence that has not ended at `after`, looking ahead year by year (null: none left). */
export function nextOccurrence(window: RecurringWindow, after: number): { start: number; end: number } | null {
  for (let from = after, year = 0; year < 61; year++, from += 366 * DAY) {
    const found = occurrencesBetween(window, from, from + 366 * DAY)[0];
    if (found) return found;
    if (!window.rrule) return null;
  }
  return null;
}

/** Why a window cannot be used (bad time zone, start, rule or a rule that never occurs), or null. */
export function windowProblem(window: RecurringWindow): string | null {
  try {
    new Intl.DateTimeFormat('en', { timeZone: window.timeZone });
  } catch {
    return `"${window.timeZone}" is not a known time zone (use an IANA name such as Europe/Amsterdam)`;
  }
  try {
    parseStartsLocal(window.startsLocal);
    if (window.rrule) {
      parseRRule(window.rrule);
      const rule = parseRRule(window.rrule);
      const first = naiveOccurrences(rule, parseStartsLocal(window.startsLocal), 0).next();
      if (first.done || (rule.until && toInstant(window.timeZone, first.value) > rule.until.getTime())) {
        return 'The repeat rule produces no occurrence at all';
      }
    }
  } catch (error) {
    if (error instanceof RecurrenceError) return error.message;
    throw error;
  }
  return null;
}
