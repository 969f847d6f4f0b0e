import { describe, expect, it } from 'vitest';
import type { BlackoutWindow } from '../../db/schema-publishing.js';
import { blackoutAtIn, nextAllowedInstantIn } from './blackout-windows.js';

const CHANNEL = '00000000-0000-4000-8000-000000000001';
const OTHER_CHANNEL = '00000000-0000-4000-8000-000000000002';
let ids = 0;

function window(values: Partial<BlackoutWindow>): BlackoutWindow {
  ids += 1;
  return {
    id: `w${ids}`,
    workspace_id: 'ws',
    channel_id: null,
    title: `Window ${ids}`,
    reason: '',
    starts_local: '2020-05-04T19:55',
    duration_minutes: 10,
    time_zone: 'Europe/Amsterdam',
    rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=4',
    source: 'custom',
    enabled: true,
    created_by: null,
    created_at: new Date(),
    updated_at: new Date(),
    ...values,
  };
}

const dodenherdenking = window({ title: 'Dodenherdenking' });

describe('nextAllowedInstantIn', () => {
  it('moves a time inside the 4 May window to its end and names the window', () => {
    const result = nextAllowedInstantIn([dodenherdenking], CHANNEL, new Date('2027-05-04T18:00:00Z'));
    expect(result.at.toISOString()).toBe('2027-05-04T18:05:00.000Z');
    expect(result.movedBy.map((b) => [b.title, b.start.toISOString()])).toEqual([
      ['Dodenherdenking', '2027-05-04T17:55:00.000Z'],
    ]);
  });

  it('leaves a time outside every window (and exactly at the end) alone', () => {
    for (const time of ['2027-05-04T17:54:59Z', '2027-05-04T18:05:00Z', '2027-05-05T18:00:00Z']) {
      const result = nextAllowedInstantIn([dodenherdenking], CHANNEL, new Date(time));
      expect(result).toEqual({ at: new Date(time), movedBy: [] });
    }
  });

  it('follows a chain: a window ending inside the next one moves on to that one’s end', () => {
    const second = window({ title: 'Second', starts_local: '2020-05-04T20:00', duration_minutes: 30 });
    const third = window({
      title: 'Third',
      starts_local: '2020-05-04T20:30',
      duration_minutes: 15,
      rrule: 'FREQ=DAILY',
    });
    const result = nextAllowedInstantIn([dodenherdenking, second, third], CHANNEL, new Date('2027-05-04T17:56:00Z'));
    expect(result.at.toISOString()).toBe('2027-05-04T18:45:00.000Z');
    expect(result.movedBy.map((b) => b.title)).toEqual(['Dodenherdenking', 'Second', 'Third']);
  });

  it('of overlapping windows, takes the one ending last in one step', () => {
    const long = window({ title: 'Long', starts_local: '2020-05-04T19:00', duration_minutes: 120 });
    const result = nextAllowedInstantIn([dodenherdenking, long], CHANNEL, new Date('2027-05-04T18:00:00Z'));
    expect(result.at.toISOString()).toBe('2027-05-04T19:00:00.000Z');
    expect(result.movedBy.map((b) => b.title)).toEqual(['Long']);
  });

  it('ignores disabled windows and other channels’ windows', () => {
    const disabled = window({ enabled: false, title: 'Off' });
    const otherChannel = window({ channel_id: OTHER_CHANNEL, title: 'Other' });
    const own = window({ channel_id: CHANNEL, title: 'Own', starts_local: '2020-05-04T19:00', duration_minutes: 60 });
    const at = new Date('2027-05-04T17:58:00Z');
    expect(nextAllowedInstantIn([disabled, otherChannel], CHANNEL, at).at).toEqual(at);
    expect(blackoutAtIn([disabled, otherChannel, own], CHANNEL, at)?.title).toBe('Own');
    expect(blackoutAtIn([own], OTHER_CHANNEL, at)).toBeNull();
  });

  it('refuses an endless chain of back-to-back windows with a clear error', () => {
    const always = window({
      starts_local: '2020-01-01T00:00',
      duration_minutes: 60,
      rrule: 'FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23',
    });
    expect(() => nextAllowedInstantIn([always], CHANNEL, new Date('2027-01-01T00:00:00Z'))).toThrow(
      /follow each other/,
    );
  });
});
