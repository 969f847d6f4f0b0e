import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysRange,
  daysTouched,
  instantAt,
  isoWeekday,
  monthGrid,
  movedInstant,
  overlapsHour,
  weekDays,
  zonedParts,
} from './zoned-grid';

describe('calendar grid in the workspace time zone', () => {
  it('lays a month out in six Monday-first weeks', () => {
    const grid = monthGrid('2026-05-17');
    expect(grid).toHaveLength(42);
    expect(grid[0]).toBe('2026-04-27'); // 1 May 2026 is a Friday
    expect(isoWeekday(grid[0]!)).toBe(1);
    expect(grid).toContain('2026-05-31');
    expect(grid[41]).toBe('2026-06-07');
  });

  it('walks weeks and months across year ends', () => {
    expect(weekDays('2026-12-31')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
  });

  it('reads 4 May 20:05 in Amsterdam as 18:05Z (summer time) whatever the browser zone', () => {
    expect(new Date(instantAt('2027-05-04', 20, 5, 'Europe/Amsterdam')).toISOString()).toBe('2027-05-04T18:05:00.000Z');
    expect(zonedParts(Date.parse('2027-05-04T18:05:00Z'), 'Europe/Amsterdam')).toEqual({
      day: '2027-05-04',
      hour: 20,
      minute: 5,
    });
    expect(zonedParts(Date.parse('2027-01-04T18:05:00Z'), 'Europe/Amsterdam').hour).toBe(19);
  });

  it('handles the spring gap and the autumn overlap', () => {
    // 29 March 2026: Stockholm skips 02:00–03:00; 02:30 lands after the gap (03:30 CEST = 01:30Z).
    expect(new Date(instantAt('2026-03-29', 2, 30, 'Europe/Stockholm')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 02:30 happens twice; the first one (CEST) is taken.
    expect(new Date(instantAt('2026-10-25', 2, 30, 'Europe/Stockholm')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('asks the server for the whole days of the grid, a 23-hour day included', () => {
    expect(daysRange(['2026-03-29'], 'Europe/Amsterdam')).toEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
  });

  it('keeps the wall-clock time when a post is dragged across the DST change', () => {
    // 20:00 CET on 20 March → 20:00 CEST on 30 March (18:00Z, not 19:00Z).
    expect(movedInstant('2026-03-20T19:00:00.000Z', { day: '2026-03-30' }, 'Europe/Amsterdam')).toBe(
      '2026-03-30T18:00:00.000Z',
    );
    // Dropped on the 09:00 cell of the week view: keeps the minutes.
    expect(movedInstant('2026-03-20T19:45:00.000Z', { day: '2026-03-30', hour: 9 }, 'Europe/Amsterdam')).toBe(
      '2026-03-30T07:45:00.000Z',
    );
  });

  it('finds the days and hours a blackout covers', () => {
    const start = '2027-05-04T17:55:00.000Z'; // 19:55 CEST
    const end = '2027-05-04T18:05:00.000Z'; // 20:05 CEST
    expect(daysTouched(start, end, 'Europe/Amsterdam')).toEqual(['2027-05-04']);
    expect(overlapsHour(start, end, '2027-05-04', 19, 'Europe/Amsterdam')).toBe(true);
    expect(overlapsHour(start, end, '2027-05-04', 20, 'Europe/Amsterdam')).toBe(true);
    expect(overlapsHour(start, end, '2027-05-04', 21, 'Europe/Amsterdam')).toBe(false);
    expect(daysTouched('2026-12-31T22:00:00.000Z', '2027-01-01T00:00:00.000Z', 'Europe/Amsterdam')).toEqual([
      '2026-12-31',
      '2027-01-01',
    ]);
  });
});
