import { describe, expect, it } from 'vitest';
import { lexiconLanguages } from './languages.js';
import { scoreTokens } from './lexicon-scorer.js';
import { isEmoji, stripNoise, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('lower-cases words and keeps emoji as their own tokens', () => {
    expect(tokenize('Älskar era videos!!❤😁')).toEqual(['älskar', 'era', 'videos', '!', '!', '❤', '😁']);
    expect(tokenize('#teamjookiboi#😀😃')).toEqual(['teamjookiboi', '😀', '😃']);
    expect(isEmoji('😀')).toBe(true);
    expect(isEmoji('bra')).toBe(false);
  });

  it('keeps clause punctuation, which ends the reach of a negation', () => {
    expect(tokenize("Doesn't work, annoying.")).toEqual(["doesn't", 'work', ',', 'annoying', '.']);
  });

  it('maps emoticons to emoji', () => {
    expect(tokenize('Så sorgligt :( men :D och <3')).toEqual(['så', 'sorgligt', '🙁', 'men', '😄', 'och', '❤']);
  });

  it('keeps one token per emoji, without skin tones, variation selectors or joiners', () => {
    expect(tokenize('Bra 👍🏽 ❤️ 👨‍👩‍👧')).toEqual(['bra', '👍', '❤', '👨', '👩', '👧']);
  });

  it('drops URLs, e-mail addresses and @mentions', () => {
    expect(tokenize('skriv till glad.kund@example.se idag')).toEqual(['skriv', 'till', 'idag']);
    expect(stripNoise('kolla http://t.co/NzLDxud1y och www.example.se/x nu')).not.toMatch(/t\.co|example/);
    expect(tokenize('RT @namn: Grymt bra http://t.co/WOou6oJ3SJ')).toEqual(['rt', ':', 'grymt', 'bra']);
    expect(tokenize('@happy_fan @Hate.Everything')).toEqual([]);
  });

  it('gives mentions and URLs no sentiment', () => {
    const { en, emoji } = lexiconLanguages();
    // "love" and "hate" would score if they were read from the user names or the link.
    const noisy = scoreTokens(tokenize('@love_you the parcel came https://hate.example/terrible'), en, emoji);
    expect(noisy.hits).toBe(0);
    expect(noisy.score).toBe(0);
  });
});
