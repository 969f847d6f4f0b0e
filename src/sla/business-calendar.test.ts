import { describe, expect, it } from 'vitest';
import { addBusinessTime } from './business-hours.js';
import { alwaysOpenSchedule, weekdaySchedule } from './schedule.js';
import { businessCalendar } from './business-calendar.js';

const HOUR = 3_600_000;

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function rng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

describe('business calendar', () => {
  const schedules = {
    'office hours SE (holidays, DST)': weekdaySchedule('Europe/Stockholm', 'SE'),
    'split day NL': weekdaySchedule('Europe/Amsterdam', 'NL', [
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]),
    'always open': alwaysOpenSchedule('Europe/Stockholm'),
  };

  for (const [name, schedule] of Object.entries(schedules)) {
    it(`gives the same due times as addBusinessTime: ${name}`, () => {
      const calendar = businessCalendar(schedule);
      const random = rng(42);
      // Starts around Easter, midsummer, the DST changes and Christmas, in random order (earlier
      // starts after later ones rebuild the calendar); durations from 0 to 3 business days.
      const anchors = ['2026-03-27', '2026-04-02', '2026-06-18', '2026-10-23', '2026-12-22'].map((d) =>
        Date.parse(`${d}T00:00:00Z`),
      );
      for (let i = 0; i < 400; i++) {
        const start = new Date(
          anchors[Math.floor(random() * anchors.length)]! + Math.floor(random() * 96) * 0.25 * HOUR,
        );
        const duration = [0, 30 * 60_000, 4 * HOUR, 9 * HOUR, 27 * HOUR, 72 * HOUR][i % 6]!;
        expect(calendar.addBusinessTime(start, duration).toISOString(), `${start.toISOString()} + ${duration}`).toBe(
          addBusinessTime(schedule, start, duration).toISOString(),
        );
      }
    });
  }

  it('a target that runs out at closing time is due at closing time', () => {
    const calendar = businessCalendar(schedules['office hours SE (holidays, DST)']);
    // Monday 2026-11-23 08:00 Stockholm = 07:00Z; 9 h of office time end at 17:00 (16:00Z) that day.
    expect(calendar.addBusinessTime(new Date('2026-11-23T07:00:00Z'), 9 * HOUR).toISOString()).toBe(
      '2026-11-23T16:00:00.000Z',
    );
  });

  it('rejects what addBusinessTime rejects', () => {
    const calendar = businessCalendar(schedules['always open']);
    expect(() => calendar.addBusinessTime(new Date('x'), HOUR)).toThrow(RangeError);
    expect(() => calendar.addBusinessTime(new Date(), -1)).toThrow(RangeError);
  });
});
