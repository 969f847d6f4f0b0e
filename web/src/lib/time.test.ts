import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative } from './time';

describe('workspace time formatting', () => {
  const moment = '2025-01-15T12:30:00.000Z';

  it('shows the clock of the workspace time zone, not the browser one', () => {
    const later = new Date('2025-02-01T00:00:00Z');
    expect(formatDateTime(moment, 'en-GB', 'Europe/Stockholm', later)).toContain('13:30');
    expect(formatDateTime(moment, 'en-GB', 'America/New_York', later)).toContain('07:30');
  });

  it('leaves the date out for moments earlier the same day', () => {
    const sameDay = new Date('2025-01-15T20:00:00Z');
    expect(formatDateTime(moment, 'en-GB', 'Europe/Amsterdam', sameDay)).toBe('13:30');
  });

  it('says how long ago in the reader’s language', () => {
    const now = new Date(moment).getTime() + 3 * 60_000;
    expect(formatRelative(moment, 'en', now)).toBe('3 minutes ago');
    expect(formatRelative(moment, 'sv', now)).toBe('för 3 minuter sedan');
    expect(formatRelative(moment, 'nl', now)).toBe('3 minuten geleden');
  });
});
