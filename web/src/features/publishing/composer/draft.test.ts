import { describe, expect, it } from 'vitest';
import type { PostJson } from '../posts.types';
import { draftFromPost, draftToInput, emptyDraft, graphemeCount, instantFromLocal, localInputValue } from './draft';

describe('wall-clock times in the workspace zone', () => {
  it('reads 4 May 20:00 in Amsterdam as 18:00Z (summer time) and back', () => {
    expect(instantFromLocal('2027-05-04T20:00', 'Europe/Amsterdam')).toBe('2027-05-04T18:00:00.000Z');
    expect(localInputValue('2027-05-04T18:05:00.000Z', 'Europe/Amsterdam')).toBe('2027-05-04T20:05');
  });

  it('uses winter time in January and survives the autumn change', () => {
    expect(instantFromLocal('2027-01-10T09:30', 'Europe/Stockholm')).toBe('2027-01-10T08:30:00.000Z');
    expect(instantFromLocal('2026-10-25T04:00', 'Europe/Amsterdam')).toBe('2026-10-25T03:00:00.000Z');
    expect(localInputValue('2026-10-25T03:00:00.000Z', 'Europe/Amsterdam')).toBe('2026-10-25T04:00');
  });

  it('refuses text that is not a date and time', () => {
    expect(() => instantFromLocal('tomorrow', 'Europe/Amsterdam')).toThrow(/Not a local date/);
  });
});

describe('grapheme counts', () => {
  it('counts an emoji family and an accented letter as one character each', () => {
    expect(graphemeCount('👨‍👩‍👧 é')).toBe(3);
    expect(graphemeCount('e\u0301')).toBe(1);
  });
});

describe('the draft', () => {
  const post: PostJson = {
    id: 'p1',
    title: 'Onderhoud',
    campaign: null,
    pillar: 'service',
    status: 'draft',
    scheduledAt: '2027-05-04T18:00:00.000Z',
    author: null,
    approvedBy: null,
    approvedAt: null,
    comments: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    allowedTransitions: ['in_review'],
    variants: ['a', 'b'].map((id, i) => ({
      id,
      channelId: `c-${id}`,
      channelName: id,
      network: 'sandbox',
      text: i === 0 ? 'Gedeelde tekst' : 'Eigen tekst',
      language: 'nl',
      media: [],
      status: 'pending',
      dueAt: null,
      heldReason: null,
      platformId: null,
      url: null,
      error: null,
      publishedAt: null,
      length: { count: 10, max: 500 },
    })),
  };

  it('keeps per-channel texts and fills the others from the shared text', () => {
    const draft = draftFromPost(post, 'Europe/Amsterdam', 'en');
    expect(draft.scheduledLocal).toBe('2027-05-04T20:00');
    expect(draft.variants.map((v) => v.text)).toEqual([null, 'Eigen tekst']);
    draft.sharedText = 'Nieuwe tekst';
    const input = draftToInput(draft, 'Europe/Amsterdam');
    expect(input.variants.map((v) => v.text)).toEqual(['Nieuwe tekst', 'Eigen tekst']);
    expect(input).toMatchObject({ scheduledAt: '2027-05-04T18:00:00.000Z', pillar: 'service', campaign: null });
  });

  it('sends no time for a draft without one', () => {
    expect(draftToInput(emptyDraft('nl'), 'Europe/Amsterdam').scheduledAt).toBeNull();
  });
});
