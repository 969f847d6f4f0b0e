import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  holidaysOn,
  isHolidayCountry,
  isHolidayDayOff,
  publicHolidays,
  type HolidayCountry,
} from './holidays.js';
import { dayOfWeek } from './plain-date.js';

function dateOf(country: HolidayCountry, year: number, key: string): string | undefined {
  return publicHolidays(country, year).find((holiday) => holiday.key === key)?.date;
}

describe('easterSunday', () => {
  it.each([
    [1943, '1943-04-25'], // latest possible
    [2008, '2008-03-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'], // earliest possible
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('Swedish holidays', () => {
  it.each([
    ['new_years_day', '2026-01-01', 'Nyårsdagen'],
    ['epiphany', '2026-01-06', 'Trettondedag jul'],
    ['good_friday', '2026-04-03', 'Långfredagen'],
    ['easter_sunday', '2026-04-05', 'Påskdagen'],
    ['easter_monday', '2026-04-06', 'Annandag påsk'],
    ['may_day', '2026-05-01', 'Första maj'],
    ['ascension_day', '2026-05-14', 'Kristi himmelsfärdsdag'],
    ['national_day', '2026-06-06', 'Sveriges nationaldag'],
    ['midsummer_eve', '2026-06-19', 'Midsommarafton'],
    ['midsummer_day', '2026-06-20', 'Midsommardagen'],
    ['all_saints_day', '2026-10-31', 'Alla helgons dag'],
    ['christmas_eve', '2026-12-24', 'Julafton'],
    ['christmas_day', '2026-12-25', 'Juldagen'],
    ['boxing_day', '2026-12-26', 'Annandag jul'],
    ['new_years_eve', '2026-12-31', 'Nyårsafton'],
  ])('2026 %s is %s (%s)', (key, date, localName) => {
    const holiday = publicHolidays('SE', 2026).find((h) => h.key === key);
    expect(holiday).toMatchObject({ date, localName, country: 'SE', generalDayOff: true });
    expect(holiday?.englishName).toMatch(/\w/);
  });

  it('flags julafton, midsommarafton and nyårsafton (only those) as de facto days off', () => {
    const deFacto = publicHolidays('SE', 2026)
      .filter((h) => h.deFacto)
      .map((h) => h.key);
    expect(deFacto).toEqual(['midsummer_eve', 'christmas_eve', 'new_years_eve']);
  });

  it('puts midsommarafton on the Friday in 19–25 June and alla helgons dag on the Saturday in 31 Oct–6 Nov', () => {
    for (let year = 2000; year <= 2100; year++) {
      const eve = dateOf('SE', year, 'midsummer_eve')!;
      expect(dayOfWeek(eve)).toBe(5);
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`).toBe(true);
      const allSaints = dateOf('SE', year, 'all_saints_day')!;
      expect(dayOfWeek(allSaints)).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
    }
    expect(dateOf('SE', 2027, 'midsummer_eve')).toBe('2027-06-25');
    expect(dateOf('SE', 2025, 'all_saints_day')).toBe('2025-11-01');
  });

  it('returns the holidays sorted by date', () => {
    const dates = publicHolidays('SE', 2026).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('Dutch holidays', () => {
  it.each([
    ['new_years_day', '2026-01-01', 'Nieuwjaarsdag'],
    ['good_friday', '2026-04-03', 'Goede Vrijdag'],
    ['easter_sunday', '2026-04-05', 'Eerste Paasdag'],
    ['easter_monday', '2026-04-06', 'Tweede Paasdag'],
    ['kings_day', '2026-04-27', 'Koningsdag'],
    ['liberation_day', '2026-05-05', 'Bevrijdingsdag'],
    ['ascension_day', '2026-05-14', 'Hemelvaartsdag'],
    ['whit_sunday', '2026-05-24', 'Eerste Pinksterdag'],
    ['whit_monday', '2026-05-25', 'Tweede Pinksterdag'],
    ['christmas_day', '2026-12-25', 'Eerste Kerstdag'],
    ['boxing_day', '2026-12-26', 'Tweede Kerstdag'],
  ])('2026 %s is %s (%s)', (key, date, localName) => {
    expect(publicHolidays('NL', 2026).find((h) => h.key === key)).toMatchObject({ date, localName, deFacto: false });
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday', () => {
    expect(dateOf('NL', 2025, 'kings_day')).toBe('2025-04-26');
    expect(dateOf('NL', 2031, 'kings_day')).toBe('2031-04-26');
    expect(dateOf('NL', 2024, 'kings_day')).toBe('2024-04-27');
    expect(dateOf('NL', 2007, 'queens_day')).toBe('2007-04-30');
  });

  it('makes Bevrijdingsdag a general day off only in lustrum years, and Goede Vrijdag never', () => {
    expect(holidaysOn('NL', '2025-05-05')[0]?.generalDayOff).toBe(true);
    expect(holidaysOn('NL', '2026-05-05')[0]?.generalDayOff).toBe(false);
    expect(holidaysOn('NL', '2030-05-05')[0]?.generalDayOff).toBe(true);
    expect(isHolidayDayOff('NL', '2026-05-05')).toBe(false);
    expect(isHolidayDayOff('NL', '2026-04-03')).toBe(false);
    expect(isHolidayDayOff('NL', '2026-04-06')).toBe(true);
  });
});

describe('holiday look-ups', () => {
  it('answers per date and country', () => {
    expect(isHolidayDayOff('SE', '2026-06-19')).toBe(true);
    expect(isHolidayDayOff('NL', '2026-06-19')).toBe(false);
    expect(isHolidayDayOff('SE', '2026-04-07')).toBe(false);
    expect(holidaysOn('SE', '2026-04-07')).toEqual([]);
  });

  it('knows which countries it has rules for', () => {
    expect(isHolidayCountry('SE')).toBe(true);
    expect(isHolidayCountry('NL')).toBe(true);
    expect(isHolidayCountry('DE')).toBe(false);
  });

  it('hands out cached holidays that callers cannot change', () => {
    const first = publicHolidays('SE', 2026);
    expect(() => ((first[0] as { date: string }).date = '2026-01-02')).toThrow(TypeError);
    expect(publicHolidays('SE', 2026)[0]?.date).toBe('2026-01-01');
  });

  it('refuses years outside the Gregorian range', () => {
    expect(() => publicHolidays('SE', 1200)).toThrow(RangeError);
    expect(() => publicHolidays('NL', 2026.5)).toThrow(RangeError);
  });
});
