/**
 * Public holidays of Sweden (SE) and the Netherlands (NL) for any year, computed from the fixed dates
 * and Easter. Computed rather than taken from the `date-holidays` package on purpose: the rules are a
 * few lines each, need no dependency or data updates, and the flags we need (de facto days off in
 * Sweden, Goede Vrijdag and the lustrum-only Bevrijdingsdag in the Netherlands) are ours to define.
 */
import { addDays, dayOfWeek, plainDate, type PlainDate } from './plain-date.js';

export const HOLIDAY_COUNTRIES = ['SE', 'NL'] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

export interface PublicHoliday {
  date: PlainDate;
  country: HolidayCountry;
  /** Stable identifier, e.g. 'good_friday', for code and translations. */
  key: string;
  /** Name in the country's language (Swedish or Dutch). */
  localName: string;
  englishName: string;
  /** Not an official public holiday, but in practice a day off (Swedish julafton, midsommarafton, nyårsafton). */
  deFacto: boolean;
  /** Most people are off this day; false for Goede Vrijdag, and for Bevrijdingsdag outside lustrum years. */
  generalDayOff: boolean;
}

export function isHolidayCountry(value: string): value is HolidayCountry {
  return (HOLIDAY_COUNTRIES as readonly string[]).includes(value);
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return plainDate(year, month, day);
}

/** The first date from `from` (inclusive) that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function firstWeekdayFrom(from: PlainDate, weekday: number): PlainDate {
  return addDays(from, (weekday - dayOfWeek(from) + 7) % 7);
}

type HolidayRule = Omit<PublicHoliday, 'country' | 'deFacto' | 'generalDayOff'> &
  Partial<Pick<PublicHoliday, 'deFacto' | 'generalDayOff'>>;

const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

function swedishHolidays(year: number): HolidayRule[] {
  const easter = easterSunday(year);
  const d = (month: number, day: number) => plainDate(year, month, day);
  return [
    { date: d(1, 1), key: 'new_years_day', localName: 'Nyårsdagen', englishName: "New Year's Day" },
    { date: d(1, 6), key: 'epiphany', localName: 'Trettondedag jul', englishName: 'Epiphany' },
    { date: addDays(easter, -2), key: 'good_friday', localName: 'Långfredagen', englishName: 'Good Friday' },
    { date: easter, key: 'easter_sunday', localName: 'Påskdagen', englishName: 'Easter Sunday' },
    { date: addDays(easter, 1), key: 'easter_monday', localName: 'Annandag påsk', englishName: 'Easter Monday' },
    { date: d(5, 1), key: 'may_day', localName: 'Första maj', englishName: 'May Day' },
    {
      date: addDays(easter, 39),
      key: 'ascension_day',
      localName: 'Kristi himmelsfärdsdag',
      englishName: 'Ascension Day',
    },
    // Pingstdagen is still an official holiday; it is always a Sunday, so it closes nothing extra.
    { date: addDays(easter, 49), key: 'whit_sunday', localName: 'Pingstdagen', englishName: 'Whit Sunday' },
    { date: d(6, 6), key: 'national_day', localName: 'Sveriges nationaldag', englishName: 'National Day of Sweden' },
    {
      date: firstWeekdayFrom(d(6, 19), FRIDAY),
      key: 'midsummer_eve',
      localName: 'Midsommarafton',
      englishName: 'Midsummer Eve',
      deFacto: true,
    },
    {
      date: firstWeekdayFrom(d(6, 20), SATURDAY),
      key: 'midsummer_day',
      localName: 'Midsommardagen',
      englishName: 'Midsummer Day',
    },
    {
      date: firstWeekdayFrom(d(10, 31), SATURDAY),
      key: 'all_saints_day',
      localName: 'Alla helgons dag',
      englishName: "All Saints' Day",
    },
    { date: d(12, 24), key: 'christmas_eve', localName: 'Julafton', englishName: 'Christmas Eve', deFacto: true },
    { date: d(12, 25), key: 'christmas_day', localName: 'Juldagen', englishName: 'Christmas Day' },
    { date: d(12, 26), key: 'boxing_day', localName: 'Annandag jul', englishName: 'Boxing Day' },
    { date: d(12, 31), key: 'new_years_eve', localName: 'Nyårsafton', englishName: "New Year's Eve", deFacto: true },
  ];
}

/** Koningsdag since 2014 (the King's birthday); before that Koninginnedag on 30 April. Never on a Sunday. */
function kingsDay(year: number): HolidayRule {
  if (year >= 2014) {
    const date = plainDate(year, 4, 27);
    return {
      date: dayOfWeek(date) === SUNDAY ? plainDate(year, 4, 26) : date,
      key: 'kings_day',
      localName: 'Koningsdag',
      englishName: "King's Day",
    };
  }
  const date = plainDate(year, 4, 30);
  return {
    date: dayOfWeek(date) === SUNDAY ? plainDate(year, 4, 29) : date,
    key: 'queens_day',
    localName: 'Koninginnedag',
    englishName: "Queen's Day",
  };
}

function dutchHolidays(year: number): HolidayRule[] {
  const easter = easterSunday(year);
  const d = (month: number, day: number) => plainDate(year, month, day);
  return [
    { date: d(1, 1), key: 'new_years_day', localName: 'Nieuwjaarsdag', englishName: "New Year's Day" },
    // Official, but most employers stay open; the schedule decides nothing about it by default.
    {
      date: addDays(easter, -2),
      key: 'good_friday',
      localName: 'Goede Vrijdag',
      englishName: 'Good Friday',
      generalDayOff: false,
    },
    { date: easter, key: 'easter_sunday', localName: 'Eerste Paasdag', englishName: 'Easter Sunday' },
    { date: addDays(easter, 1), key: 'easter_monday', localName: 'Tweede Paasdag', englishName: 'Easter Monday' },
    kingsDay(year),
    // A general day off only in lustrum years (2025, 2030, …), by collective agreement.
    {
      date: d(5, 5),
      key: 'liberation_day',
      localName: 'Bevrijdingsdag',
      englishName: 'Liberation Day',
      generalDayOff: year % 5 === 0,
    },
    { date: addDays(easter, 39), key: 'ascension_day', localName: 'Hemelvaartsdag', englishName: 'Ascension Day' },
    { date: addDays(easter, 49), key: 'whit_sunday', localName: 'Eerste Pinksterdag', englishName: 'Whit Sunday' },
    { date: addDays(easter, 50), key: 'whit_monday', localName: 'Tweede Pinksterdag', englishName: 'Whit Monday' },
    { date: d(12, 25), key: 'christmas_day', localName: 'Eerste Kerstdag', englishName: 'Christmas Day' },
    { date: d(12, 26), key: 'boxing_day', localName: 'Tweede Kerstdag', englishName: 'Boxing Day' },
  ];
}

const cache = new Map<string, readonly PublicHoliday[]>();

/** The country's public holidays in a year, sorted by date. */
export function publicHolidays(country: HolidayCountry, year: number): readonly PublicHoliday[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Holidays are computed for Gregorian years 1583–9999, not ${year}`);
  }
  const cacheKey = `${country}:${year}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const rules = country === 'SE' ? swedishHolidays(year) : dutchHolidays(year);
  const holidays = rules
    // Frozen because the cached objects are shared by every caller.
    .map((rule): PublicHoliday => Object.freeze({ country, deFacto: false, generalDayOff: true, ...rule }))
    .sort((a, b) => a.date.localeCompare(b.date));
  cache.set(cacheKey, Object.freeze(holidays));
  return holidays;
}

/** The holidays falling on a date (usually none or one). */
export function holidaysOn(country: HolidayCountry, date: PlainDate): PublicHoliday[] {
  const year = Number(date.slice(0, 4));
  return publicHolidays(country, year).filter((holiday) => holiday.date === date);
}

/** Whether most people are off on this date because of a holiday (de facto days off included). */
export function isHolidayDayOff(country: HolidayCountry, date: PlainDate): boolean {
  return holidaysOn(country, date).some((holiday) => holiday.generalDayOff);
}
