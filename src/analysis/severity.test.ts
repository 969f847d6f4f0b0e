import { describe, expect, it } from 'vitest';
import type { Intent, PersonalDataMatch, SentimentResult } from './analysis.types.js';
import { rateSeverity } from './severity.js';

const neutral: SentimentResult = { label: 'neutral', score: 0 };
const slightlyNegative: SentimentResult = { label: 'negative', score: -0.3 };
const stronglyNegative: SentimentResult = { label: 'negative', score: -0.7 };
const phone: PersonalDataMatch = { kind: 'phone', start: 0, end: 10 };
const personnummer: PersonalDataMatch = { kind: 'personnummer', start: 0, end: 11 };

function rate(intent: Intent, sentiment = neutral, offensive = false, personalData: PersonalDataMatch[] = []) {
  return rateSeverity({ intent, sentiment, offensive, personalData });
}

describe('rateSeverity', () => {
  it('a threat is critical, whatever else', () => {
    expect(rate('threat')).toBe('critical');
    expect(rate('threat', { label: 'positive', score: 0.9 })).toBe('critical');
  });

  it('abuse is high', () => {
    expect(rate('abuse', neutral, true)).toBe('high');
  });

  it('a strongly negative complaint or problem report is high; a mild one is normal', () => {
    expect(rate('complaint', stronglyNegative)).toBe('high');
    expect(rate('problem_report', stronglyNegative)).toBe('high');
    expect(rate('complaint', slightlyNegative)).toBe('normal');
    expect(rate('question', stronglyNegative)).toBe('normal');
  });

  it('an identity number posted in public is high; a phone number alone is not', () => {
    expect(rate('question', neutral, false, [personnummer])).toBe('high');
    expect(rate('question', neutral, false, [phone])).toBe('normal');
  });

  it('praise and spam are low unless offensive words or personal data come with them', () => {
    expect(rate('praise')).toBe('low');
    expect(rate('spam')).toBe('low');
    expect(rate('praise', neutral, true)).toBe('normal');
    expect(rate('spam', neutral, false, [phone])).toBe('normal');
  });

  it('everything else is normal', () => {
    for (const intent of ['question', 'misunderstanding', 'idea', 'job_interest', 'other'] as Intent[]) {
      expect(rate(intent)).toBe('normal');
    }
  });
});
