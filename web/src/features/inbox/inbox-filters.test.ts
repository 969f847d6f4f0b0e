import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersToParams, parseFilters } from './inbox-filters';

describe('inbox filters in the URL', () => {
  it('defaults to the inbox view', () => expect(parseFilters(new URLSearchParams())).toEqual({ view: 'inbox' }));

  it('reads known values and drops unknown ones', () => {
    const filters = parseFilters(new URLSearchParams('view=mine&sentiment=negative&severity=bogus&q=%20parking%20'));
    expect(filters).toEqual({ view: 'mine', sentiment: 'negative', q: 'parking' });
  });

  it('round-trips through the query string', () => {
    const filters = parseFilters(new URLSearchParams('view=all&channelId=c1&assigneeId=me&timeLeft=lt1h&sort=newest'));
    expect(parseFilters(filtersToParams(filters))).toEqual(filters);
    expect(activeFilterCount(filters)).toBe(3);
  });
});
