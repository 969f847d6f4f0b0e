import { describe, expect, it } from 'vitest';
import { dailyPoints, followerChange, sparklinePoints } from './follower-trend';

const p = (takenAt: string, followers: number) => ({ takenAt, followers });

describe('follower trend', () => {
  it('keeps the newest snapshot of each day, oldest day first', () => {
    const points = dailyPoints([
      p('2026-11-03T08:00:00Z', 130),
      p('2026-11-01T08:00:00Z', 100),
      p('2026-11-01T20:00:00Z', 110),
    ]);
    expect(points).toEqual([p('2026-11-01T20:00:00Z', 110), p('2026-11-03T08:00:00Z', 130)]);
    expect(followerChange(points)).toBe(20);
  });

  it('has no change and no line with a single point', () => {
    expect(followerChange([p('2026-11-01T00:00:00Z', 5)])).toBeNull();
    expect(sparklinePoints([p('2026-11-01T00:00:00Z', 5)], 100, 20)).toBe('');
  });

  it('draws the highest count at the top and a flat line in the middle', () => {
    expect(sparklinePoints([p('a', 10), p('b', 20), p('c', 15)], 100, 20)).toBe('0,20 50,0 100,10');
    expect(sparklinePoints([p('a', 7), p('b', 7)], 100, 20)).toBe('0,10 100,10');
  });
});
