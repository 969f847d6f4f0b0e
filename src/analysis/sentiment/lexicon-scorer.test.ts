import { describe, expect, it } from 'vitest';
import { emojiTable } from './emoji-lexicon.js';
import { lexiconLanguages } from './languages.js';
import { scoreTokens } from './lexicon-scorer.js';
import { tokenize } from './tokenize.js';

const score = (text: string, language: 'sv' | 'nl' | 'en') => {
  const languages = lexiconLanguages();
  return scoreTokens(tokenize(text), languages[language], languages.emoji);
};

describe('lexicon scorer', () => {
  it('finds inflected Swedish forms and Swedish intensifier compounds', () => {
    expect(score('fantastiskt', 'sv').score).toBeGreaterThan(0);
    expect(score('fantastiska', 'sv').score).toBeGreaterThan(0);
    expect(score('jättebra', 'sv').score).toBeGreaterThan(score('bra', 'sv').score);
  });

  it('flips and dampens after a negator', () => {
    for (const [plain, negated, language] of [
      ['det är bra', 'det är inte bra', 'sv'],
      ['dit is goed', 'dit is niet goed', 'nl'],
      ['this is good', "this isn't good", 'en'],
    ] as const) {
      const positive = score(plain, language);
      const flipped = score(negated, language);
      expect(positive.score).toBeGreaterThan(0);
      expect(flipped.score).toBeLessThan(0);
      expect(Math.abs(flipped.score)).toBeLessThan(positive.score);
      expect(flipped.negated).toBe(1);
    }
  });

  it('reads a negation after the verb ("funkar inte"), but not across a comma', () => {
    expect(score('det funkar', 'sv').score).toBeGreaterThan(0);
    expect(score('det funkar inte', 'sv').score).toBeLessThan(0);
    expect(score("your app doesn't work, super annoying", 'en').score).toBeLessThan(0);
    expect(score('werkt niet, super irritant', 'nl').negated).toBe(0);
  });

  it('does not score negators or frequent neutral senses as opinions', () => {
    expect(score('inte', 'sv').hits).toBe(0);
    expect(score('vi ska vara där hela dagen', 'sv').hits).toBe(0);
  });

  it('scales after intensifiers and weighs the clause after "but" more', () => {
    expect(score('mycket bra', 'sv').score).toBeGreaterThan(score('bra', 'sv').score);
    expect(score('ganska bra', 'sv').score).toBeLessThan(score('bra', 'sv').score);
    expect(score('the food was good but the service was terrible', 'en').score).toBeLessThan(0);
    expect(score('het eten was slecht maar de bediening was geweldig', 'nl').score).toBeGreaterThan(0);
  });

  it('scores emoji and emoticons, including emoji newer than the 2015 ranking', () => {
    expect(score('😍', 'sv').score).toBeGreaterThan(0);
    expect(score('😡', 'nl').score).toBeLessThan(0);
    expect(score(':(', 'en').score).toBeLessThan(0);
    expect(score('🥰', 'sv').score).toBeGreaterThan(0);
    const heart = emojiTable().get('❤')!;
    expect(heart.positive).toBeGreaterThan(heart.negative);
    expect(heart.negative + heart.neutral + heart.positive).toBeCloseTo(1, 5);
  });

  it('keeps the score within −1…1 however many polar words there are', () => {
    expect(score('bra '.repeat(50) + '!!!', 'sv').score).toBeLessThanOrEqual(1);
    expect(score('terrible '.repeat(50), 'en').score).toBeGreaterThanOrEqual(-1);
  });
});
