import { describe, expect, it } from 'vitest';
import {
  formatRRule,
  nextOccurrence,
  occurrencesBetween,
  parseRRule,
  RecurrenceError,
  windowProblem,
} from './recurrence.js';

const iso = (ms: number) => new Date(ms).toISOString().replace(':00.000Z', 'Z');
const at = (value: string) => Date.parse(value);
const starts = (
  window: { startsLocal: string; durationMinutes?: number; timeZone: string; rrule: string | null },
  from: string,
  to: string,
) => occurrencesBetween({ durationMinutes: 10, ...window }, at(from), at(to)).map((o) => iso(o.start));

describe('daylight-saving changes', () => {
  it.each(['Europe/Amsterdam', 'Europe/Stockholm'])('%s: a daily 02:30 rule across the spring gap', (timeZone) => {
    const window = { startsLocal: '2026-03-27T02:30', timeZone, rrule: 'FREQ=DAILY' };
    // 29 March 02:30 does not exist: it moves on by the gap to 03:30 CEST.
    expect(starts(window, '2026-03-27T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      '2026-03-27T01:30Z',
      '2026-03-28T01:30Z',
      '2026-03-29T01:30Z',
      '2026-03-30T00:30Z',
    ]);
  });

  it.each(['Europe/Amsterdam', 'Europe/Stockholm'])('%s: a daily 02:30 rule across the autumn overlap', (timeZone) => {
    const window = { startsLocal: '2026-10-23T02:30', timeZone, rrule: 'FREQ=DAILY' };
    // 25 October 02:30 happens twice: the earlier (CEST) instant counts, and only once.
    expect(starts(window, '2026-10-23T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
      '2026-10-23T00:30Z',
      '2026-10-24T00:30Z',
      '2026-10-25T00:30Z',
      '2026-10-26T01:30Z',
    ]);
  });

  // 19:55–20:05 CEST (UTC+2) is 17:55Z–18:05Z; the silence itself is 20:00 CEST = 18:00Z.
  it('the 4 May window is 19:55–20:05 CEST = 17:55Z–18:05Z in 2026 and 2027', () => {
    const window = {
      startsLocal: '2020-05-04T19:55',
      durationMinutes: 10,
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
    };
    const found = occurrencesBetween(window, at('2026-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z'));
    expect(found.map((o) => [iso(o.start), iso(o.end)])).toEqual([
      ['2026-05-04T17:55Z', '2026-05-04T18:05Z'],
      ['2027-05-04T17:55Z', '2027-05-04T18:05Z'],
    ]);
  });

  it('a weekly rule keeps its wall-clock time across the October change', () => {
    const window = { startsLocal: '2026-10-14T09:00', timeZone: 'Europe/Stockholm', rrule: 'FREQ=WEEKLY' };
    expect(starts(window, '2026-10-14T00:00:00Z', '2026-11-05T00:00:00Z')).toEqual([
      '2026-10-14T07:00Z',
      '2026-10-21T07:00Z',
      '2026-10-28T08:00Z',
      '2026-11-04T08:00Z',
    ]);
  });

  it('Europe/London: Armistice Day and Remembrance Sunday (BYDAY=2SU) in GMT', () => {
    const armistice = {
      startsLocal: '2020-11-11T10:55',
      timeZone: 'Europe/London',
      rrule: 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=11',
    };
    const sunday = {
      startsLocal: '2020-11-08T10:55',
      timeZone: 'Europe/London',
      rrule: 'FREQ=YEARLY;BYMONTH=11;BYDAY=2SU',
    };
    expect(starts(armistice, '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toEqual([
      '2026-11-11T10:55Z',
      '2027-11-11T10:55Z',
    ]);
    expect(starts(sunday, '2025-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toEqual([
      '2025-11-09T10:55Z',
      '2026-11-08T10:55Z',
      '2027-11-14T10:55Z',
    ]);
  });

  it('a monthly last-Sunday 02:30 rule lands on the change days themselves (gap and overlap)', () => {
    const window = {
      startsLocal: '2026-01-25T02:30',
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=MONTHLY;BYMONTH=3,10;BYDAY=-1SU',
    };
    expect(starts(window, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([
      '2026-03-29T01:30Z', // 02:30 does not exist: 03:30 CEST
      '2026-10-25T00:30Z', // 02:30 happens twice: the CEST one
    ]);
  });

  it('Europe/London: a daily 01:30 rule across the March gap moves forward an hour', () => {
    const window = { startsLocal: '2026-03-28T01:30', timeZone: 'Europe/London', rrule: 'FREQ=DAILY;COUNT=3' };
    expect(starts(window, '2026-03-01T00:00:00Z', '2026-04-30T00:00:00Z')).toEqual([
      '2026-03-28T01:30Z',
      '2026-03-29T01:30Z',
      '2026-03-30T00:30Z',
    ]);
  });
});

describe('rule parts', () => {
  const utc = (rrule: string, startsLocal = '2026-01-31T12:00') => ({ startsLocal, timeZone: 'UTC', rrule });

  it('BYMONTHDAY=-1 is the last day of each month', () => {
    expect(starts(utc('FREQ=MONTHLY;BYMONTHDAY=-1'), '2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual([
      '2026-01-31T12:00Z',
      '2026-02-28T12:00Z',
      '2026-03-31T12:00Z',
      '2026-04-30T12:00Z',
    ]);
  });

  it('a monthly rule on the 31st skips shorter months', () => {
    expect(starts(utc('FREQ=MONTHLY;COUNT=3'), '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([
      '2026-01-31T12:00Z',
      '2026-03-31T12:00Z',
      '2026-05-31T12:00Z',
    ]);
  });

  it('COUNT counts from DTSTART even when the range starts later', () => {
    expect(
      starts(utc('FREQ=DAILY;COUNT=5', '2026-06-01T08:00'), '2026-06-04T00:00:00Z', '2026-07-01T00:00:00Z'),
    ).toEqual(['2026-06-04T08:00Z', '2026-06-05T08:00Z']);
  });

  it('UNTIL includes an occurrence exactly at it and stops after', () => {
    const rule = utc('FREQ=DAILY;UNTIL=20260603T080000Z', '2026-06-01T08:00');
    expect(starts(rule, '2026-05-01T00:00:00Z', '2026-07-01T00:00:00Z')).toEqual([
      '2026-06-01T08:00Z',
      '2026-06-02T08:00Z',
      '2026-06-03T08:00Z',
    ]);
  });

  it('INTERVAL=2 on weekly with BYDAY, and the range skips ahead without losing the rhythm', () => {
    const rule = utc('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR', '2026-01-05T09:00');
    expect(starts(rule, '2026-01-01T00:00:00Z', '2026-01-24T00:00:00Z')).toEqual([
      '2026-01-05T09:00Z',
      '2026-01-09T09:00Z',
      '2026-01-19T09:00Z',
      '2026-01-23T09:00Z',
    ]);
    // 52 weeks later is an even number of weeks: the same Monday/Friday pattern.
    expect(starts(rule, '2027-01-01T00:00:00Z', '2027-01-12T00:00:00Z')).toEqual([
      '2027-01-04T09:00Z',
      '2027-01-08T09:00Z',
    ]);
  });

  it('BYSETPOS=-1 picks the last weekday of the month', () => {
    const rule = utc('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', '2026-01-01T17:00');
    expect(starts(rule, '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      '2026-01-30T17:00Z',
      '2026-02-27T17:00Z',
      '2026-03-31T17:00Z',
    ]);
  });

  it('BYHOUR and BYMINUTE give several times a day', () => {
    const rule = utc('FREQ=DAILY;BYHOUR=9,17;BYMINUTE=0,30', '2026-01-01T00:00');
    expect(starts(rule, '2026-01-01T00:00:00Z', '2026-01-01T23:00:00Z')).toEqual([
      '2026-01-01T09:00Z',
      '2026-01-01T09:30Z',
      '2026-01-01T17:00Z',
      '2026-01-01T17:30Z',
    ]);
  });

  it('returns occurrences that started before the range but still overlap it', () => {
    const window = { startsLocal: '2026-05-04T19:55', durationMinutes: 10, timeZone: 'Europe/Amsterdam', rrule: null };
    expect(occurrencesBetween(window, at('2026-05-04T18:00:00Z'), at('2026-05-04T20:00:00Z'))).toHaveLength(1);
    expect(occurrencesBetween(window, at('2026-05-04T18:05:00Z'), at('2026-05-04T20:00:00Z'))).toHaveLength(0);
  });

  it('nextOccurrence finds the coming one', () => {
    const window = {
      startsLocal: '2020-05-04T19:55',
      durationMinutes: 10,
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
    };
    expect(iso(nextOccurrence(window, at('2026-06-01T00:00:00Z'))!.start)).toBe('2027-05-04T17:55Z');
  });
});

describe('parsing', () => {
  it('round-trips through formatRRule', () => {
    const text = 'FREQ=MONTHLY;INTERVAL=2;UNTIL=20271231T235959Z;BYMONTH=1,7;BYMONTHDAY=-1;BYDAY=2SU,-1FR;BYSETPOS=1';
    expect(formatRRule(parseRRule(text))).toBe(text);
    expect(parseRRule('RRULE:freq=yearly;bymonth=5;bymonthday=4')).toEqual({
      freq: 'YEARLY',
      interval: 1,
      byMonth: [5],
      byMonthDay: [4],
    });
  });

  it.each([
    ['FREQ=YEARLY;BYDAY=XX', 'BYDAY=XX is not a weekday'],
    ['BYMONTH=5', 'needs FREQ'],
    ['FREQ=HOURLY', 'FREQ=HOURLY is not supported'],
    ['FREQ=DAILY;BYMONTH=13', 'BYMONTH=13 is not valid'],
    ['FREQ=DAILY;BYMONTHDAY=0', 'BYMONTHDAY=0 is not valid'],
    ['FREQ=DAILY;COUNT=2;UNTIL=20270101', 'COUNT or UNTIL'],
    ['FREQ=DAILY;UNTIL=2027-01-01', 'UNTIL=2027-01-01 is not a date'],
    ['FREQ=WEEKLY;BYDAY=2SU', 'only works with FREQ=MONTHLY or FREQ=YEARLY'],
    ['FREQ=DAILY;BYSECOND=5', 'BYSECOND is not supported'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ appears twice'],
    ['FREQ=DAILY;INTERVAL', 'is not a KEY=VALUE part'],
    ['', 'empty'],
    ['FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,5,10,15,20,25,30,35,40', 'more than 96 start times'],
  ])('%s → "%s"', (text, message) => {
    expect(() => parseRRule(text)).toThrow(RecurrenceError);
    expect(() => parseRRule(text)).toThrow(message);
  });

  it('windowProblem names a bad zone, start or a rule that never occurs', () => {
    const ok = {
      startsLocal: '2026-05-04T19:55',
      durationMinutes: 10,
      timeZone: 'Europe/Amsterdam',
      rrule: 'FREQ=YEARLY',
    };
    expect(windowProblem(ok)).toBeNull();
    expect(windowProblem({ ...ok, timeZone: 'Europe/Atlantis' })).toContain('not a known time zone');
    expect(windowProblem({ ...ok, startsLocal: '2026-02-30T10:00' })).toContain('not a real date');
    expect(windowProblem({ ...ok, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' })).toContain('finds no date');
    expect(windowProblem({ ...ok, rrule: 'FREQ=DAILY;UNTIL=20200101' })).toContain('no occurrence');
  });

  it('a rule that never matches raises a clear error instead of looping', () => {
    const window = {
      startsLocal: '2026-01-01T10:00',
      durationMinutes: 10,
      timeZone: 'UTC',
      rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31',
    };
    expect(() => nextOccurrence(window, at('2026-01-01T00:00:00Z'))).toThrow(/finds no date/);
  });
});
