/**
 * A workspace's opening hours: per weekday intervals of local wall-clock time in its IANA zone, closed
 * on the country's public holidays (if wanted) and on extra dates. Business hours are wall-clock
 * hours: 08:00–17:00 is 9 real hours even on a DST switch day, because the switch happens at night.
 */
import { isHolidayDayOff, type HolidayCountry } from './holidays.js';
import { dayOfWeek, parsePlainDate, type PlainDate } from './plain-date.js';
import { instantAt, offsetAt } from './zoned-time.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock times 'HH:MM'; `end` may be '24:00' (midnight at the end of the day), and is exclusive. */
export interface OpenInterval {
  start: string;
  end: string;
}

export interface BusinessSchedule {
  /** IANA zone, e.g. 'Europe/Stockholm'. */
  timeZone: string;
  /** Whose public holidays apply; null = none. */
  country: HolidayCountry | null;
  /** Open intervals per weekday; a missing or empty day is closed. Several intervals allow a lunch break. */
  days: Partial<Record<Weekday, readonly OpenInterval[]>>;
  /** Closed on the country's general days off (incl. Swedish de facto ones like julafton). */
  closedOnHolidays: boolean;
  /** Extra closed local dates 'YYYY-MM-DD' (company days off, a staff party …). */
  closedDates: readonly PlainDate[];
}

const WHOLE_DAY: readonly OpenInterval[] = [{ start: '00:00', end: '24:00' }];

/** Always open: the clock never stops for nights, weekends or holidays. */
export function alwaysOpenSchedule(timeZone: string): BusinessSchedule {
  return {
    timeZone,
    country: null,
    days: Object.fromEntries(WEEKDAYS.map((day) => [day, WHOLE_DAY])),
    closedOnHolidays: false,
    closedDates: [],
  };
}

/** The usual office week: the same intervals Monday to Friday, holidays closed. */
export function weekdaySchedule(
  timeZone: string,
  country: HolidayCountry | null,
  intervals: readonly OpenInterval[] = [{ start: '08:00', end: '17:00' }],
): BusinessSchedule {
  const days: BusinessSchedule['days'] = {};
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) days[day] = intervals;
  return { timeZone, country, days, closedOnHolidays: country !== null, closedDates: [] };
}

const TIME_OF_DAY = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes after midnight for 'HH:MM' (00:00…24:00). */
export function parseTimeOfDay(value: string): number {
  const match = TIME_OF_DAY.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!(minutes <= 1440)) throw new RangeError(`"${value}" is not a time of day between 00:00 and 24:00`);
  return minutes;
}

/**
 * Throws a RangeError naming the first problem: an unknown zone, a malformed or backwards interval, or
 * a closed date that is not a real 'YYYY-MM-DD' date. For settings input, before it is stored.
 */
export function assertValidSchedule(schedule: BusinessSchedule): void {
  offsetAt(schedule.timeZone, 0);
  for (const [day, intervals] of Object.entries(schedule.days)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) throw new RangeError(`"${day}" is not a weekday`);
    for (const interval of intervals ?? []) intervalMinutes(interval);
  }
  for (const date of schedule.closedDates) parsePlainDate(date);
}

function intervalMinutes(interval: OpenInterval): [number, number] {
  const [start, end] = [parseTimeOfDay(interval.start), parseTimeOfDay(interval.end)];
  if (start >= end) throw new RangeError(`Opening interval ${interval.start}–${interval.end} must end after it starts`);
  return [start, end];
}

/** Whether the whole date is closed (holiday or extra closed date), regardless of weekday hours. */
export function isClosedDate(schedule: BusinessSchedule, date: PlainDate): boolean {
  if (schedule.closedDates.includes(date)) return true;
  return schedule.closedOnHolidays && schedule.country !== null && isHolidayDayOff(schedule.country, date);
}

/** A half-open span of real time [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** The open spans of one local date as instants, sorted and with touching/overlapping ones merged. */
export function openSpansOn(schedule: BusinessSchedule, date: PlainDate): Span[] {
  if (isClosedDate(schedule, date)) return [];
  const intervals = schedule.days[WEEKDAYS[dayOfWeek(date)] as Weekday] ?? [];
  const spans = intervals
    .map((interval) => {
      const [startMinutes, endMinutes] = intervalMinutes(interval);
      return {
        start: instantAt(schedule.timeZone, { date, minutes: startMinutes }),
        end: instantAt(schedule.timeZone, { date, minutes: endMinutes }),
      };
    })
    .filter((span) => span.end > span.start) // e.g. 02:00–03:00 on the spring-forward night
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
