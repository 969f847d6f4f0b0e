import { describe, expect, it } from 'vitest';
import { durationParts, timeLeftTone } from './time-left';

describe('time left', () => {
  const now = Date.parse('2026-01-10T10:00:00Z');
  const at = (minutes: number) => new Date(now + minutes * 60_000).toISOString();

  it('is green with plenty of time, amber under 30 minutes or on a warning, red when overdue', () => {
    expect(timeLeftTone(at(120), 'ok', now)).toBe('ok');
    expect(timeLeftTone(at(20), 'ok', now)).toBe('warning');
    expect(timeLeftTone(at(120), 'warning', now)).toBe('warning');
    expect(timeLeftTone(at(-12), 'ok', now)).toBe('overdue');
    expect(timeLeftTone(at(120), 'breached', now)).toBe('overdue');
  });

  it('splits durations into days, hours and minutes, rounding up', () => {
    expect(durationParts(12 * 60_000)).toEqual({ days: 0, hours: 0, minutes: 12 });
    expect(durationParts(-(12 * 60_000 + 1))).toEqual({ days: 0, hours: 0, minutes: 13 });
    expect(durationParts((26 * 60 + 5) * 60_000)).toEqual({ days: 1, hours: 2, minutes: 5 });
    expect(durationParts(1000)).toEqual({ days: 0, hours: 0, minutes: 1 });
  });
});
