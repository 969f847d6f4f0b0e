import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, elapsedBusinessTime, isOpen, nextOpening } from './business-hours.js';
import { alwaysOpenSchedule, weekdaySchedule, type BusinessSchedule } from './schedule.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
// Instants are written with explicit offsets so the expectations do not depend on the code under test.
const at = (isoWithOffset: string) => new Date(isoWithOffset);

const stockholm = weekdaySchedule('Europe/Stockholm', 'SE');
const amsterdam = weekdaySchedule('Europe/Amsterdam', 'NL');
const withLunch = weekdaySchedule('Europe/Stockholm', 'SE', [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
]);
const everyDayStockholm: BusinessSchedule = {
  ...stockholm,
  days: Object.fromEntries(
    ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => [day, [{ start: '08:00', end: '17:00' }]]),
  ),
};
const allDayEveryDay = (timeZone: string): BusinessSchedule => ({
  ...alwaysOpenSchedule(timeZone),
  country: 'SE',
  closedOnHolidays: true,
});

describe('isOpen', () => {
  it.each([
    ['07:59:59.999 on a Monday', stockholm, '2026-11-23T07:59:59.999+01:00', false],
    ['08:00 exactly', stockholm, '2026-11-23T08:00:00+01:00', true],
    ['16:59:59.999', stockholm, '2026-11-23T16:59:59.999+01:00', true],
    ['17:00 exactly', stockholm, '2026-11-23T17:00:00+01:00', false],
    ['a Saturday noon', stockholm, '2026-11-21T12:00:00+01:00', false],
    ['Annandag påsk in Sweden', stockholm, '2026-04-06T10:00:00+02:00', false],
    ['Tweede Paasdag in the Netherlands', amsterdam, '2026-04-06T10:00:00+02:00', false],
    ['Goede Vrijdag in the Netherlands (not a general day off)', amsterdam, '2026-04-03T10:00:00+02:00', true],
    ['Långfredagen in Sweden', stockholm, '2026-04-03T10:00:00+02:00', false],
    ['midsommarafton (de facto day off)', stockholm, '2026-06-19T10:00:00+02:00', false],
    ['Bevrijdingsdag 2026 (not a lustrum year)', amsterdam, '2026-05-05T10:00:00+02:00', true],
    ['Bevrijdingsdag 2025 (lustrum year)', amsterdam, '2025-05-05T10:00:00+02:00', false],
    ['lunch break', withLunch, '2026-11-23T12:30:00+01:00', false],
    ['back from lunch', withLunch, '2026-11-23T13:00:00+01:00', true],
    ['24/7 on Christmas night', alwaysOpenSchedule('Europe/Stockholm'), '2026-12-25T03:00:00+01:00', true],
  ])('%s → %s', (_label, schedule, instant, expected) => {
    expect(isOpen(schedule, at(instant))).toBe(expected);
  });

  it('follows the switches: holidays off and extra closed dates', () => {
    const easterMonday = at('2026-04-06T10:00:00+02:00');
    expect(isOpen({ ...stockholm, closedOnHolidays: false }, easterMonday)).toBe(true);
    const monday = at('2026-11-23T10:00:00+01:00');
    expect(isOpen({ ...stockholm, closedDates: ['2026-11-23'] }, monday)).toBe(false);
    expect(isOpen({ ...stockholm, closedDates: ['2026-11-24'] }, monday)).toBe(true);
  });

  it('reads hours in the schedule’s zone, not the machine’s', () => {
    // 07:30 UTC on a winter Monday is 08:30 in Stockholm (open) but 02:30 in New York (closed).
    const instant = at('2026-11-23T07:30:00Z');
    expect(isOpen(stockholm, instant)).toBe(true);
    expect(isOpen(weekdaySchedule('America/New_York', null), instant)).toBe(false);
  });
});

describe('nextOpening', () => {
  it.each([
    ['Friday evening → Monday 08:00', stockholm, '2026-11-20T18:00:00+01:00', '2026-11-23T08:00:00+01:00'],
    ['while open → that same instant', stockholm, '2026-11-23T10:15:00+01:00', '2026-11-23T10:15:00+01:00'],
    ['at closing time → next morning', stockholm, '2026-11-23T17:00:00+01:00', '2026-11-24T08:00:00+01:00'],
    ['over Easter (Sweden)', stockholm, '2026-04-02T17:00:00+02:00', '2026-04-07T08:00:00+02:00'],
    ['over Easter (NL, Goede Vrijdag open)', amsterdam, '2026-04-02T17:00:00+02:00', '2026-04-03T08:00:00+02:00'],
    ['Friday before the spring switch', stockholm, '2026-03-27T18:00:00+01:00', '2026-03-30T08:00:00+02:00'],
    ['Christmas week', stockholm, '2026-12-23T17:00:00+01:00', '2026-12-28T08:00:00+01:00'],
  ])('%s', (_label, schedule, from, expected) => {
    expect(nextOpening(schedule, at(from))?.toISOString()).toBe(at(expected).toISOString());
  });

  it('is null for a schedule that never opens', () => {
    const never: BusinessSchedule = { ...stockholm, days: {} };
    expect(nextOpening(never, at('2026-11-20T18:00:00+01:00'))).toBeNull();
  });
});

describe('addBusinessTime', () => {
  it.each([
    ['within a day', stockholm, '2026-11-23T09:00:00+01:00', 4 * HOUR, '2026-11-23T13:00:00+01:00'],
    ['ending exactly at closing time', stockholm, '2026-11-23T13:00:00+01:00', 4 * HOUR, '2026-11-23T17:00:00+01:00'],
    ['from before opening', stockholm, '2026-11-23T06:00:00+01:00', HOUR, '2026-11-23T09:00:00+01:00'],
    ['over a weekend', stockholm, '2026-11-20T15:00:00+01:00', 4 * HOUR, '2026-11-23T10:00:00+01:00'],
    ['asked on Saturday', stockholm, '2026-11-21T11:00:00+01:00', 2 * HOUR, '2026-11-23T10:00:00+01:00'],
    ['over Easter in Sweden', stockholm, '2026-04-02T16:30:00+02:00', 4 * HOUR, '2026-04-07T11:30:00+02:00'],
    ['over Easter in the Netherlands', amsterdam, '2026-04-02T16:30:00+02:00', 4 * HOUR, '2026-04-03T11:30:00+02:00'],
    ['over lunch', withLunch, '2026-11-23T11:30:00+01:00', HOUR, '2026-11-23T13:30:00+01:00'],
    ['over the spring switch', stockholm, '2026-03-27T16:00:00+01:00', 2 * HOUR, '2026-03-30T09:00:00+02:00'],
    ['over the autumn switch', stockholm, '2026-10-23T16:00:00+02:00', 2 * HOUR, '2026-10-26T09:00:00+01:00'],
    // 08:00–17:00 on the switch Sundays themselves is still 9 real hours (the switch is at night).
    ['on the spring switch day', everyDayStockholm, '2026-03-29T08:00:00+02:00', 9 * HOUR, '2026-03-29T17:00:00+02:00'],
    ['on the autumn switch day', everyDayStockholm, '2026-10-25T08:00:00+01:00', 9 * HOUR, '2026-10-25T17:00:00+01:00'],
    [
      '24/7 is real time',
      alwaysOpenSchedule('Europe/Stockholm'),
      '2026-03-28T12:00:00+01:00',
      24 * HOUR,
      '2026-03-29T13:00:00+02:00',
    ],
    [
      '24/7 ignores holidays',
      alwaysOpenSchedule('Europe/Stockholm'),
      '2026-12-24T10:00:00+01:00',
      HOUR,
      '2026-12-24T11:00:00+01:00',
    ],
    [
      'zero from a closed moment → the next opening',
      stockholm,
      '2026-11-21T11:00:00+01:00',
      0,
      '2026-11-23T08:00:00+01:00',
    ],
    ['minutes, across days', stockholm, '2026-11-23T16:45:00+01:00', 30 * MINUTE, '2026-11-24T08:15:00+01:00'],
  ])('%s', (_label, schedule, start, duration, expected) => {
    expect(addBusinessTime(schedule, at(start), duration).toISOString()).toBe(at(expected).toISOString());
  });

  it('rejects a negative duration and a schedule that never opens', () => {
    expect(() => addBusinessTime(stockholm, at('2026-11-23T09:00:00+01:00'), -1)).toThrow(RangeError);
    const never: BusinessSchedule = { ...stockholm, days: {} };
    expect(() => addBusinessTime(never, at('2026-11-23T09:00:00+01:00'), HOUR)).toThrow(/no open hours/);
  });

  it('rejects malformed opening hours', () => {
    const bad = (start: string, end: string): BusinessSchedule => ({ ...stockholm, days: { mon: [{ start, end }] } });
    expect(() => addBusinessTime(bad('17:00', '08:00'), at('2026-11-23T09:00:00+01:00'), HOUR)).toThrow(RangeError);
    expect(() => addBusinessTime(bad('8:00', '17:00'), at('2026-11-23T09:00:00+01:00'), HOUR)).toThrow(RangeError);
    expect(() => addBusinessTime(bad('08:00', '24:30'), at('2026-11-23T09:00:00+01:00'), HOUR)).toThrow(RangeError);
  });

  it('is undone by businessTimeBetween, for many starts and durations', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const base = at('2026-03-20T00:00:00+01:00').getTime();
    for (const schedule of [stockholm, withLunch, amsterdam, allDayEveryDay('Europe/Amsterdam')]) {
      for (let i = 0; i < 60; i++) {
        const start = new Date(base + Math.floor(random() * 60 * 24) * 15 * MINUTE);
        const duration = Math.floor(random() * 80) * 15 * MINUTE;
        const due = addBusinessTime(schedule, start, duration);
        expect(businessTimeBetween(schedule, start, due)).toBe(duration);
      }
    }
  });
});

describe('businessTimeBetween', () => {
  it.each([
    ['Friday 16:00 → Monday 09:00', stockholm, '2026-11-20T16:00:00+01:00', '2026-11-23T09:00:00+01:00', 2 * HOUR],
    ['an ordinary week', stockholm, '2026-11-23T00:00:00+01:00', '2026-11-30T00:00:00+01:00', 45 * HOUR],
    [
      'Easter week in Sweden (Långfredagen closed)',
      stockholm,
      '2026-03-30T00:00:00+02:00',
      '2026-04-06T00:00:00+02:00',
      36 * HOUR,
    ],
    ['Easter week in the Netherlands', amsterdam, '2026-03-30T00:00:00+02:00', '2026-04-06T00:00:00+02:00', 45 * HOUR],
    ['a week with lunch breaks', withLunch, '2026-11-23T00:00:00+01:00', '2026-11-30T00:00:00+01:00', 40 * HOUR],
    [
      '08–17 on the spring switch Sunday',
      everyDayStockholm,
      '2026-03-29T00:00:00+01:00',
      '2026-03-30T00:00:00+02:00',
      9 * HOUR,
    ],
    [
      '08–17 on the autumn switch Sunday',
      everyDayStockholm,
      '2026-10-25T00:00:00+02:00',
      '2026-10-26T00:00:00+01:00',
      9 * HOUR,
    ],
    [
      '00–24 on the spring switch Sunday',
      allDayEveryDay('Europe/Stockholm'),
      '2026-03-28T12:00:00+01:00',
      '2026-03-30T12:00:00+02:00',
      (12 + 23 + 12) * HOUR,
    ],
    [
      '00–24 on the autumn switch Sunday',
      allDayEveryDay('Europe/Amsterdam'),
      '2026-10-24T12:00:00+02:00',
      '2026-10-26T12:00:00+01:00',
      (12 + 25 + 12) * HOUR,
    ],
    [
      '24/7 across a year is real time',
      alwaysOpenSchedule('Europe/Stockholm'),
      '2026-01-01T00:00:00+01:00',
      '2027-01-01T00:00:00+01:00',
      365 * 24 * HOUR,
    ],
    ['reversed range', stockholm, '2026-11-23T12:00:00+01:00', '2026-11-23T10:00:00+01:00', 0],
  ])('%s', (_label, schedule, from, to, expected) => {
    expect(businessTimeBetween(schedule, at(from), at(to))).toBe(expected);
  });

  it('counts a switch day with 00:00–24:00 hours as 23 and 25 real hours', () => {
    const day = (zone: string, from: string, to: string) => businessTimeBetween(allDayEveryDay(zone), at(from), at(to));
    expect(day('Europe/Stockholm', '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00')).toBe(23 * HOUR);
    expect(day('Europe/Stockholm', '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00')).toBe(25 * HOUR);
  });
});

describe('elapsedBusinessTime', () => {
  const start = at('2026-11-23T09:00:00+01:00'); // Monday

  it('without pauses equals businessTimeBetween', () => {
    expect(elapsedBusinessTime(stockholm, start, at('2026-11-24T10:00:00+01:00'))).toBe(10 * HOUR);
  });

  it.each([
    [
      'a closed pause',
      [{ from: '2026-11-23T10:00:00+01:00', to: '2026-11-23T12:00:00+01:00' }],
      '2026-11-23T15:00:00+01:00',
      4 * HOUR,
    ],
    ['a pause still running', [{ from: '2026-11-23T14:00:00+01:00', to: null }], '2026-11-23T15:00:00+01:00', 5 * HOUR],
    [
      'overlapping pauses count once',
      [
        { from: '2026-11-23T10:00:00+01:00', to: '2026-11-23T12:00:00+01:00' },
        { from: '2026-11-23T11:00:00+01:00', to: '2026-11-23T13:00:00+01:00' },
      ],
      '2026-11-23T15:00:00+01:00',
      3 * HOUR,
    ],
    // Paused 16:00 Monday → 10:00 Tuesday: only the 3 open hours inside it stop the clock.
    [
      'a pause over night',
      [{ from: '2026-11-23T16:00:00+01:00', to: '2026-11-24T10:00:00+01:00' }],
      '2026-11-24T12:00:00+01:00',
      9 * HOUR,
    ],
    [
      'a pause from before the start is clipped',
      [{ from: '2026-11-20T10:00:00+01:00', to: '2026-11-23T10:00:00+01:00' }],
      '2026-11-23T12:00:00+01:00',
      2 * HOUR,
    ],
    [
      'a pause after now is ignored',
      [{ from: '2026-11-23T13:00:00+01:00', to: '2026-11-23T14:00:00+01:00' }],
      '2026-11-23T12:00:00+01:00',
      3 * HOUR,
    ],
  ])('%s', (_label, pauses, now, expected) => {
    const asDates = pauses.map((p) => ({ from: at(p.from), to: p.to === null ? null : at(p.to) }));
    expect(elapsedBusinessTime(stockholm, start, at(now), asDates)).toBe(expected);
  });

  it('pauses 24/7 clocks by real time', () => {
    const pauses = [{ from: at('2026-03-29T01:00:00+01:00'), to: at('2026-03-29T04:00:00+02:00') }];
    const schedule = alwaysOpenSchedule('Europe/Stockholm');
    const from = at('2026-03-29T00:00:00+01:00');
    expect(elapsedBusinessTime(schedule, from, at('2026-03-29T06:00:00+02:00'), pauses)).toBe(3 * HOUR);
  });

  it('rejects a pause that ends before it starts', () => {
    const pauses = [{ from: at('2026-11-23T12:00:00+01:00'), to: at('2026-11-23T11:00:00+01:00') }];
    expect(() => elapsedBusinessTime(stockholm, start, at('2026-11-23T15:00:00+01:00'), pauses)).toThrow(RangeError);
  });
});
