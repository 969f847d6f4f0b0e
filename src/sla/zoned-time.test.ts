import { describe, expect, it } from 'vitest';
import { instantAt, localDateAt, offsetAt, startOfLocalDay } from './zoned-time.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('offsetAt', () => {
  it.each([
    ['Europe/Stockholm', '2026-01-15T12:00:00Z', 1],
    ['Europe/Stockholm', '2026-07-15T12:00:00Z', 2],
    ['Europe/Amsterdam', '2026-03-29T00:59:59Z', 1],
    ['Europe/Amsterdam', '2026-03-29T01:00:00Z', 2],
    ['Europe/Amsterdam', '2026-10-25T00:59:59Z', 2],
    ['Europe/Amsterdam', '2026-10-25T01:00:00Z', 1],
    ['Asia/Kolkata', '2026-01-15T12:00:00Z', 5.5],
    ['America/New_York', '2026-01-15T12:00:00Z', -5],
    ['UTC', '2026-01-15T12:00:00Z', 0],
  ])('%s at %s is UTC%+d h', (zone, at, hours) => {
    expect(offsetAt(zone, Date.parse(at))).toBe(hours * HOUR);
  });

  it('rejects an unknown zone', () => {
    expect(() => offsetAt('Europe/Atlantis', 0)).toThrow(RangeError);
  });
});

describe('instantAt', () => {
  it.each([
    // An ordinary winter and summer time.
    ['Europe/Stockholm', '2026-01-15', '08:00', '2026-01-15T07:00:00.000Z'],
    ['Europe/Stockholm', '2026-07-15', '08:00', '2026-07-15T06:00:00.000Z'],
    // Spring forward, last Sunday of March: 02:00–03:00 does not exist; 02:30 moves on to 03:30 CEST.
    ['Europe/Stockholm', '2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['Europe/Stockholm', '2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'],
    ['Europe/Stockholm', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    // Fall back, last Sunday of October: 02:00–03:00 happens twice; the earlier (CEST) one wins.
    ['Europe/Amsterdam', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/Amsterdam', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    // 24:00 is the next day's midnight.
    ['Europe/Stockholm', '2026-03-28', '24:00', '2026-03-28T23:00:00.000Z'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
  ])('%s %s %s → %s', (zone, date, time, expected) => {
    const [hours, minutes] = time.split(':').map(Number) as [number, number];
    expect(iso(instantAt(zone, { date, minutes: hours * 60 + minutes }))).toBe(expected);
  });

  it('makes the switch days 23 and 25 hours long', () => {
    const length = (zone: string, date: string, next: string) =>
      (startOfLocalDay(zone, next) - startOfLocalDay(zone, date)) / HOUR;
    expect(length('Europe/Stockholm', '2026-03-29', '2026-03-30')).toBe(23);
    expect(length('Europe/Stockholm', '2026-10-25', '2026-10-26')).toBe(25);
    expect(length('Europe/Amsterdam', '2026-06-01', '2026-06-02')).toBe(24);
  });
});

describe('localDateAt', () => {
  it('reads the date on the local calendar, not the UTC one', () => {
    expect(localDateAt('Europe/Stockholm', Date.parse('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(localDateAt('UTC', Date.parse('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(localDateAt('America/New_York', Date.parse('2026-01-01T03:00:00Z'))).toBe('2025-12-31');
  });
});
