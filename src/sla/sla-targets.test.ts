import { describe, expect, it } from 'vitest';
import { weekdaySchedule } from './schedule.js';
import { firstResponseDue, nextResponseDue, pickPolicy, resolutionDue, type SlaTargetsInput } from './sla-targets.js';

const at = (isoWithOffset: string) => new Date(isoWithOffset);
const stockholm = weekdaySchedule('Europe/Stockholm', 'SE');
const amsterdam = weekdaySchedule('Europe/Amsterdam', 'NL');
const HOUR = 3_600_000;

function input(overrides: Partial<SlaTargetsInput['policy']> = {}, schedule = stockholm): SlaTargetsInput {
  return {
    policy: {
      firstResponseMinutes: 240,
      nextResponseMinutes: 240,
      resolutionMinutes: 1620,
      businessHoursOnly: true,
      ...overrides,
    },
    schedule,
  };
}

describe('firstResponseDue', () => {
  it.each([
    [
      'Wednesday before Ascension Day (SE, Thursday) → Friday',
      stockholm,
      '2026-05-13T16:30:00+02:00',
      '2026-05-15T11:30:00+02:00',
    ],
    [
      'Friday before Koningsdag (NL, Monday) → Tuesday',
      amsterdam,
      '2026-04-24T16:30:00+02:00',
      '2026-04-28T11:30:00+02:00',
    ],
    ['within the day', stockholm, '2026-11-23T09:00:00+01:00', '2026-11-23T13:00:00+01:00'],
    ['Friday afternoon → Monday', stockholm, '2026-11-20T15:00:00+01:00', '2026-11-23T10:00:00+01:00'],
  ])('%s', (_label, schedule, received, expected) => {
    expect(firstResponseDue(input({}, schedule), at(received)).toISOString()).toBe(at(expected).toISOString());
  });

  it('runs in real time for a 24/7 policy, even on a Saturday', () => {
    const due = firstResponseDue(
      input({ firstResponseMinutes: 30, businessHoursOnly: false }),
      at('2026-11-21T23:50:00+01:00'),
    );
    expect(due.toISOString()).toBe(at('2026-11-22T00:20:00+01:00').toISOString());
  });
});

describe('nextResponseDue', () => {
  it('uses the next-response window', () => {
    const due = nextResponseDue(input({ nextResponseMinutes: 60 }), at('2026-11-23T16:30:00+01:00'));
    expect(due.toISOString()).toBe(at('2026-11-24T08:30:00+01:00').toISOString());
  });
});

describe('resolutionDue', () => {
  it('is null without a resolution target', () => {
    expect(resolutionDue(input({ resolutionMinutes: null }), at('2026-11-23T09:00:00+01:00'), 0)).toBeNull();
  });

  it('is three business days of 9 h, pushed out by the paused time', () => {
    const opened = at('2026-11-23T09:00:00+01:00'); // Monday
    expect(resolutionDue(input(), opened, 0)?.toISOString()).toBe(at('2026-11-26T09:00:00+01:00').toISOString());
    expect(resolutionDue(input(), opened, 2 * HOUR)?.toISOString()).toBe(at('2026-11-26T11:00:00+01:00').toISOString());
  });
});

describe('pickPolicy', () => {
  const base = { enabled: true, channel_id: null, severities: null, sentiments: null };
  const critical = { ...base, name: 'critical', position: 0, severities: ['critical'] };
  const negative = { ...base, name: 'negative', position: 1, sentiments: ['negative'] };
  const fallback = { ...base, name: 'default', position: 9 };
  const item = { channelId: 'c1', severity: 'normal', sentiment: 'neutral' as string | null };

  it('takes the first matching enabled policy by position, whatever the array order', () => {
    const policies = [fallback, negative, critical];
    expect(pickPolicy(policies, { ...item, severity: 'critical', sentiment: 'negative' })?.name).toBe('critical');
    expect(pickPolicy(policies, { ...item, sentiment: 'negative' })?.name).toBe('negative');
    expect(pickPolicy(policies, item)?.name).toBe('default');
    expect(pickPolicy([{ ...critical, enabled: false }, fallback], { ...item, severity: 'critical' })?.name).toBe(
      'default',
    );
  });

  it('matches channels, treats empty lists as no condition, and a missing sentiment only unconditioned', () => {
    const channelOnly = { ...base, name: 'c2', position: 0, channel_id: 'c2', severities: [] as string[] };
    expect(pickPolicy([channelOnly, fallback], item)?.name).toBe('default');
    expect(pickPolicy([channelOnly, fallback], { ...item, channelId: 'c2' })?.name).toBe('c2');
    expect(pickPolicy([negative], { ...item, sentiment: null })).toBeNull();
    expect(pickPolicy([], item)).toBeNull();
  });
});
