import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, parsePlainDate } from './plain-date.js';
import { alwaysOpenSchedule, assertValidSchedule, openSpansOn, parseTimeOfDay, weekdaySchedule } from './schedule.js';

const HOUR = 3_600_000;

describe('plain dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(dayOfWeek('2026-03-29')).toBe(0);
    expect(dayOfWeek('2026-06-19')).toBe(5);
  });

  it('rejects dates that do not exist or are badly written', () => {
    expect(() => parsePlainDate('2026-02-30')).toThrow(RangeError);
    expect(() => parsePlainDate('2026-2-3')).toThrow(RangeError);
    expect(parsePlainDate('2026-04-05')).toEqual({ year: 2026, month: 4, day: 5 });
  });
});

describe('parseTimeOfDay', () => {
  it.each([
    ['00:00', 0],
    ['08:30', 510],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('%s → %i minutes', (value, minutes) => {
    expect(parseTimeOfDay(value)).toBe(minutes);
  });

  it.each(['24:01', '8:00', '08:60', '25:00', 'noon', ''])('rejects "%s"', (value) => {
    expect(() => parseTimeOfDay(value)).toThrow(RangeError);
  });
});

describe('openSpansOn', () => {
  it('merges touching intervals and sorts them', () => {
    const schedule = weekdaySchedule('Europe/Stockholm', null, [
      { start: '13:00', end: '17:00' },
      { start: '08:00', end: '13:00' },
    ]);
    const spans = openSpansOn(schedule, '2026-11-23');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.end - spans[0]!.start).toBe(9 * HOUR);
  });

  it('drops an interval that lies entirely in the spring-forward gap', () => {
    const schedule = { ...alwaysOpenSchedule('Europe/Stockholm'), days: { sun: [{ start: '02:00', end: '03:00' }] } };
    expect(openSpansOn(schedule, '2026-03-29')).toEqual([]);
    expect(openSpansOn(schedule, '2026-03-22')).toHaveLength(1);
  });
});

describe('assertValidSchedule', () => {
  const valid = weekdaySchedule('Europe/Amsterdam', 'NL');

  it('accepts the ready-made schedules', () => {
    expect(() => assertValidSchedule(valid)).not.toThrow();
    expect(() => assertValidSchedule(alwaysOpenSchedule('Europe/Stockholm'))).not.toThrow();
  });

  it.each([
    ['an unknown zone', { ...valid, timeZone: 'Mars/Olympus' }],
    ['a backwards interval', { ...valid, days: { mon: [{ start: '17:00', end: '08:00' }] } }],
    ['a non-weekday key', { ...valid, days: { funday: [{ start: '08:00', end: '17:00' }] } }],
    ['an impossible closed date', { ...valid, closedDates: ['2026-13-01'] }],
  ])('rejects %s', (_label, schedule) => {
    expect(() => assertValidSchedule(schedule as typeof valid)).toThrow(RangeError);
  });
});
