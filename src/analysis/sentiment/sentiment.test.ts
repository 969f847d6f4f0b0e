import { describe, expect, it } from 'vitest';
import type { AnalysisLanguage, Sentiment } from '../analysis.types.js';
import { analyzeSentiment, loadSwedishModel } from './sentiment.js';

function expectLabels(language: AnalysisLanguage, cases: [string, Sentiment][]) {
  for (const [text, label] of cases) {
    const result = analyzeSentiment(text, language);
    expect({ text, label: result.label }).toEqual({ text, label });
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.score).toBeLessThanOrEqual(1);
    if (label === 'positive') expect(result.score).toBeGreaterThan(0);
    if (label === 'negative') expect(result.score).toBeLessThan(0);
  }
}

describe('analyzeSentiment', () => {
  it('returns neutral 0 for empty text or text that is only a link or a mention', () => {
    for (const language of ['sv', 'nl', 'en', 'other'] as const) {
      expect(analyzeSentiment('', language)).toEqual({ label: 'neutral', score: 0 });
      expect(analyzeSentiment('  @namn https://t.co/x ', language)).toEqual({ label: 'neutral', score: 0 });
    }
  });

  it('loads the shipped Swedish model', () => {
    const { withEmoji, withoutEmoji } = loadSwedishModel();
    for (const model of [withEmoji, withoutEmoji]) {
      expect(model.classes).toEqual(['negative', 'neutral', 'positive']);
      expect(model.weights.size).toBeGreaterThan(1000);
    }
    // The text-only model never saw an emoji feature.
    expect([...withoutEmoji.weights.keys()].some((key) => key === 'w:😍')).toBe(false);
    expect(withEmoji.weights.has('w:😍')).toBe(true);
  });

  it('reads clear Swedish posts with the trained model', () => {
    expectLabels('sv', [
      ['Tack, vilken fantastisk hjälp!', 'positive'],
      ['Helt värdelöst, ingen svarar och jag är förbannad', 'negative'],
      ['Vilken tid öppnar butiken på lördag?', 'neutral'],
    ]);
  });

  it('reads Swedish posts without emoji with the text-only model', () => {
    expectLabels('sv', [
      ['Tack för snabb hjälp!', 'positive'],
      ['Det funkar inte, appen kraschar hela tiden', 'negative'],
      ['Jag är så besviken på er', 'negative'],
    ]);
  });

  it('reads clear Dutch posts, with negation and intensifiers', () => {
    expectLabels('nl', [
      ['Wat een slechte service, ik ben woedend', 'negative'],
      ['Bedankt, super geholpen!', 'positive'],
      ['Het pakket wordt dinsdag bezorgd.', 'neutral'],
      ['Dit is niet goed', 'negative'],
      ['Jullie medewerker was erg vriendelijk', 'positive'],
    ]);
    const plain = analyzeSentiment('De service is goed', 'nl').score;
    expect(analyzeSentiment('De service is heel goed', 'nl').score).toBeGreaterThan(plain);
  });

  it('reads clear English posts, with negation, intensifiers and emoji', () => {
    expectLabels('en', [
      ['Terrible service, still waiting for my refund', 'negative'],
      ['Thanks so much, you were a great help!', 'positive'],
      ['The store opens at nine on Saturday.', 'neutral'],
      ['This is not good at all', 'negative'],
      ['Order arrived 😍', 'positive'],
    ]);
    const plain = analyzeSentiment('The app is good', 'en').score;
    expect(analyzeSentiment('The app is very good', 'en').score).toBeGreaterThan(plain);
  });
});
