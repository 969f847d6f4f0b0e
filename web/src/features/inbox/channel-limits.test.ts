import { describe, expect, it } from 'vitest';
import { privateReplyWindow, unsupportedReason } from './channel-limits';

const now = Date.parse('2026-11-20T12:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();
const H = 3600_000;

describe('private reply window', () => {
  it('counts days while there are two or more, then whole hours', () => {
    expect(privateReplyWindow(at(7 * 24 * H - 5_000), now)).toEqual({ state: 'open', days: 7, hours: 0 });
    expect(privateReplyWindow(at(2 * 24 * H + 5 * H), now)).toEqual({ state: 'open', days: 2, hours: 0 });
    expect(privateReplyWindow(at(47 * H + 59 * 60_000), now)).toEqual({ state: 'open', days: 0, hours: 47 });
    expect(privateReplyWindow(at(23 * H + 59 * 60_000), now)).toEqual({ state: 'open', days: 0, hours: 23 });
    expect(privateReplyWindow(at(10 * 60_000), now)).toEqual({ state: 'open', days: 0, hours: 1 });
  });

  it('is closed at and after the deadline', () => {
    expect(privateReplyWindow(at(0), now)).toEqual({ state: 'closed' });
    expect(privateReplyWindow(at(-H), now)).toEqual({ state: 'closed' });
  });
});

describe('unsupported actions', () => {
  const capabilities = {
    maxLength: 500,
    actions: {
      publicReply: { supported: true },
      hide: { supported: false, reason: 'Mastodon cannot hide a reply from someone else.' },
    },
  };
  it('give the reason for what the channel cannot do, and nothing for what it can or what is unknown', () => {
    expect(unsupportedReason(capabilities, 'hide')).toBe('Mastodon cannot hide a reply from someone else.');
    expect(unsupportedReason(capabilities, 'publicReply')).toBeNull();
    expect(unsupportedReason(capabilities, 'privateReply')).toBeNull();
    expect(unsupportedReason(undefined, 'hide')).toBeNull();
  });
});
