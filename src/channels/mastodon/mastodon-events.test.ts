import { describe, expect, it } from 'vitest';
import { compareIds, newestId, prevMinId } from './mastodon-events.js';

describe('Mastodon paging helpers', () => {
  it('reads min_id from the Link header rel="prev", absolute or relative, and nothing without it', () => {
    const link =
      '<https://m.example/api/v1/notifications?max_id=109&types[]=mention>; rel="next", <https://m.example/api/v1/notifications?min_id=120&types[]=mention>; rel="prev"';
    expect(prevMinId(link)).toBe('120');
    expect(prevMinId('</api/v1/notifications?min_id=7>; rel="prev"')).toBe('7');
    expect(prevMinId('<https://m.example/api/v1/notifications?max_id=1>; rel="next"')).toBeNull();
    expect(prevMinId(null)).toBeNull();
  });

  it('compares snowflake ids as numbers, not as text', () => {
    expect(compareIds('99', '100')).toBeLessThan(0);
    expect(compareIds('113000000000000010', '113000000000000009')).toBeGreaterThan(0);
    expect(newestId(['99', '100', '98'])).toBe('100');
    expect(newestId([])).toBeNull();
  });
});
