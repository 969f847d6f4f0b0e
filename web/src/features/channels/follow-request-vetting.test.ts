import { describe, expect, it } from 'vitest';
import { looksLikeSpam } from './follow-request-vetting';

describe('follow request vetting', () => {
  it('flags an account that never posted and follows thousands', () => {
    expect(looksLikeSpam({ posts: 0, following: 4_800 })).toBe(true);
    expect(looksLikeSpam({ posts: 0, following: 1_001 })).toBe(true);
  });

  it('leaves ordinary accounts and unknown counts alone', () => {
    expect(looksLikeSpam({ posts: 0, following: 1_000 })).toBe(false);
    expect(looksLikeSpam({ posts: 3, following: 5_000 })).toBe(false);
    expect(looksLikeSpam({ posts: 0 })).toBe(false);
    expect(looksLikeSpam({ following: 5_000 })).toBe(false);
  });
});
