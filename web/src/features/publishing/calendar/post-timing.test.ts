import { describe, expect, it } from 'vitest';
import type { VariantJson } from '../posts.types';
import { canReschedule, chipColour, postTiming } from './post-timing';

const variant = (overrides: Partial<VariantJson>): VariantJson => ({
  id: 'v',
  channelId: 'c',
  channelName: 'Mastodon',
  network: 'mastodon',
  text: 'Hej',
  language: 'nl',
  media: [],
  status: 'scheduled',
  dueAt: null,
  heldReason: null,
  platformId: null,
  url: null,
  error: null,
  publishedAt: null,
  length: { count: 3, max: 500 },
  ...overrides,
});

describe('when a post shows on the calendar', () => {
  it('shows the time a blackout moved it to, and remembers the planned one', () => {
    const timing = postTiming({
      scheduledAt: '2027-05-04T18:00:00.000Z',
      variants: [
        variant({ dueAt: '2027-05-04T18:05:00.000Z', heldReason: 'Moved to 20:05 because of "Dodenherdenking"' }),
      ],
    });
    expect(timing).toEqual({
      at: '2027-05-04T18:05:00.000Z',
      plannedAt: '2027-05-04T18:00:00.000Z',
      heldReason: 'Moved to 20:05 because of "Dodenherdenking"',
    });
  });

  it('uses the earliest variant, the publishing time once out, and the planned time of a draft', () => {
    expect(
      postTiming({
        scheduledAt: '2027-01-01T10:00:00.000Z',
        variants: [
          variant({ dueAt: '2027-01-01T10:00:00.000Z', publishedAt: '2027-01-01T10:00:02.000Z' }),
          variant({ dueAt: '2027-01-01T10:00:00.000Z' }),
        ],
      }).at,
    ).toBe('2027-01-01T10:00:00.000Z');
    expect(postTiming({ scheduledAt: '2027-01-01T10:00:00.000Z', variants: [variant({})] })).toEqual({
      at: '2027-01-01T10:00:00.000Z',
      plannedAt: null,
      heldReason: null,
    });
    expect(postTiming({ scheduledAt: null, variants: [variant({})] }).at).toBeNull();
  });

  it('lets only posts not yet out be dragged, and colours held ones', () => {
    expect(canReschedule('scheduled')).toBe(true);
    expect(canReschedule('published')).toBe(false);
    expect(canReschedule('failed')).toBe(false);
    expect(chipColour({ status: 'scheduled', variants: [variant({ status: 'held' })] })).toBe('orange');
    expect(chipColour({ status: 'failed', variants: [variant({ status: 'failed' })] })).toBe('red');
  });
});
