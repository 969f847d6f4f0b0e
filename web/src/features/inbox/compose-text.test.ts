import { describe, expect, it } from 'vitest';
import { replaceIssue, toneMessage } from './compose-text';

describe('compose checks', () => {
  it('replaces a misspelt word at its offsets', () => {
    expect(replaceIssue('Hej teh du', { word: 'teh', start: 4, end: 7, suggestions: [] }, 'the')).toBe('Hej the du');
  });

  it('falls back to the first occurrence when the text moved since the check', () => {
    expect(replaceIssue('Oh! Hej teh du', { word: 'teh', start: 4, end: 7, suggestions: [] }, 'the')).toBe(
      'Oh! Hej the du',
    );
    expect(replaceIssue('gone', { word: 'teh', start: 0, end: 3, suggestions: [] }, 'the')).toBe('gone');
  });

  it('shows tone messages in the reader’s language', () => {
    const finding = { rule: 'emoji', severity: 'info' as const, message: { sv: 'S', nl: 'N', en: 'E' } };
    expect(toneMessage(finding, 'nl')).toBe('N');
    expect(toneMessage({ ...finding, message: 'plain' }, 'sv')).toBe('plain');
  });
});
