import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/analysis.types.js';
import { analysisVerdict } from './analysis-reasons.js';
import { evaluateCondition, type EvaluatedItem } from './evaluate-condition.js';
import { RuleCondition, type Condition } from './moderation.schema.js';
import { patternProblem } from './safe-pattern.js';

const neutral: EvaluatedItem['analysis'] = {
  intent: 'other',
  severity: 'normal',
  sentimentScore: 0,
  offensive: false,
  personalData: [],
};

function item(text: string, over: Partial<EvaluatedItem> = {}): EvaluatedItem {
  return {
    text,
    language: 'sv',
    analysis: neutral,
    authorPlatformId: 'u-1',
    authorHandle: 'anna',
    occurredAt: new Date('2026-11-24T08:00:00Z'),
    ...over,
  };
}

const matches = (condition: Condition, i: EvaluatedItem) => evaluateCondition(condition, i).matched;

describe('words', () => {
  it('matches Swedish words with å/ä/ö whole-word, ignoring case and diacritics', () => {
    const words: Condition = { type: 'words', words: ['döda', 'jävla idiot'] };
    expect(evaluateCondition(words, item('Jag ska DÖDA dig'))).toEqual({ matched: true, evidence: ['döda'] });
    expect(matches(words, item('jag ska doda dig'))).toBe(true); // written without the dots
    expect(matches(words, item('Din jävla   idiot!'))).toBe(true); // a phrase across spaces
    expect(matches(words, item('dödande är fel'))).toBe(false); // not a whole word
    expect(matches(words, item('Hej och välkommen'))).toBe(false);
    // "å" written as "a" + combining ring matches the precomposed word
    expect(matches({ type: 'words', words: ['åtal'] }, item('Det blir a\u030Atal!'))).toBe(true);
  });

  it('matches Dutch and English words, and only in the condition’s language', () => {
    const dutch: Condition = { type: 'words', language: 'nl', words: ['één', 'kankerlijer'] };
    expect(matches(dutch, item('Nog een keer, KANKERLIJER', { language: 'nl' }))).toBe(true);
    expect(evaluateCondition(dutch, item('Ik zei EEN ding', { language: 'nl' })).evidence).toEqual(['één']);
    expect(matches(dutch, item('kankerlijer', { language: 'sv' }))).toBe(false);
    const english: Condition = { type: 'words', language: 'en', words: ['kill you'] };
    expect(matches(english, item("I'll KILL you", { language: 'en' }))).toBe(true);
    expect(matches(english, item('skill yourself up', { language: 'en' }))).toBe(false);
  });
});

describe('pattern', () => {
  it('matches a regular expression and reports what matched', () => {
    const pattern: Condition = { type: 'pattern', pattern: 'bit\\.ly/\\w+', flags: 'i' };
    expect(evaluateCondition(pattern, item('Kolla BIT.LY/abc123 nu'))).toEqual({
      matched: true,
      evidence: ['BIT.LY/abc123'],
    });
    expect(matches(pattern, item('ingen länk'))).toBe(false);
  });

  it('refuses invalid, overlong and catastrophic patterns when saved', () => {
    expect(patternProblem('(abc', '')).toMatch(/not a valid regular expression/);
    expect(patternProblem('a'.repeat(201), '')).toMatch(/longer than 200/);
    expect(patternProblem('(a+)+$', '')).toMatch(/repeats a group/);
    expect(patternProblem('(a|aa)*', '')).toMatch(/repeats a group/);
    expect(patternProblem('((ab)*c)+', '')).toMatch(/repeats a group/);
    expect(patternProblem('(\\w)\\1', '')).toMatch(/Back-references/);
    expect(patternProblem('(döda|mörda) dig', 'i')).toBeNull();
    expect(patternProblem('[(+*]+ (ab)?', '')).toBeNull();
    const parsed = RuleCondition.safeParse({ type: 'pattern', pattern: '(x+)+y' });
    expect(parsed.success).toBe(false);
  });
});

describe('authors, flooding, classifier', () => {
  it('matches listed authors by handle (with or without @) or platform id', () => {
    const authors: Condition = { type: 'authors', handles: ['@Anna', 'u-9'] };
    expect(matches(authors, item('hej'))).toBe(true);
    expect(matches(authors, item('hej', { authorHandle: 'bo', authorPlatformId: 'u-9' }))).toBe(true);
    expect(matches(authors, item('hej', { authorHandle: 'bo', authorPlatformId: 'u-2' }))).toBe(false);
  });

  it('counts the author’s items in the window', () => {
    const flooding: Condition = { type: 'flooding', maxItems: 2, withinMinutes: 10 };
    const at = (min: number) => new Date(Date.parse('2026-11-24T08:00:00Z') + min * 60_000);
    const context = (times: Date[]) => ({ authorActivity: () => times });
    expect(evaluateCondition(flooding, item('x'), context([at(-9), at(-5), at(0)]))).toEqual({
      matched: true,
      evidence: ['3 items in 10 min'],
    });
    expect(evaluateCondition(flooding, item('x'), context([at(-30), at(-5), at(0)])).matched).toBe(false);
    expect(evaluateCondition(flooding, item('x'), context([at(-5), at(0), at(3)])).matched).toBe(false); // later ones do not count
  });

  it('applies every threshold it names', () => {
    const threat: Analysis['intent'] = 'threat';
    const hot = { ...neutral, intent: threat, severity: 'critical' as const, sentimentScore: -0.8 };
    const classifier: Condition = {
      type: 'classifier',
      intent: ['threat', 'abuse'],
      minSeverity: 'high',
      maxSentimentScore: -0.5,
    };
    expect(evaluateCondition(classifier, item('x', { analysis: hot })).evidence).toEqual([
      'intent:threat',
      'severity:critical',
      'sentiment:-0.80',
    ]);
    expect(matches(classifier, item('x', { analysis: { ...hot, severity: 'normal' } }))).toBe(false);
    expect(matches({ type: 'classifier', hasLink: true }, item('se https://spam.example/x'))).toBe(true);
    expect(matches({ type: 'classifier', hasLink: true }, item('ingen länk här'))).toBe(false);
    const pii = { ...neutral, personalData: [{ kind: 'phone' as const, start: 0, end: 5 }] };
    expect(matches({ type: 'classifier', personalData: true }, item('070-1234567', { analysis: pii }))).toBe(true);
    expect(matches({ type: 'classifier', offensive: true }, item('x'))).toBe(false);
  });
});

describe('combinations', () => {
  it('all needs every part, any needs one, and nesting is limited to four levels', () => {
    const words: Condition = { type: 'words', words: ['döda'] };
    const anna: Condition = { type: 'authors', handles: ['anna'] };
    expect(evaluateCondition({ type: 'all', conditions: [words, anna] }, item('döda'))).toEqual({
      matched: true,
      evidence: ['döda', 'author:anna'],
    });
    expect(
      matches(
        { type: 'all', conditions: [words, anna] },
        item('döda', { authorHandle: 'bo', authorPlatformId: 'u-2' }),
      ),
    ).toBe(false);
    expect(matches({ type: 'any', conditions: [words, anna] }, item('hej'))).toBe(true);
    expect(matches({ type: 'any', conditions: [words] }, item('hej', { authorHandle: 'bo' }))).toBe(false);
    const nest = (c: Condition, n: number): Condition => (n === 0 ? c : { type: 'any', conditions: [nest(c, n - 1)] });
    expect(RuleCondition.safeParse(nest(words, 3)).success).toBe(true);
    expect(RuleCondition.safeParse(nest(words, 4)).success).toBe(false);
    expect(RuleCondition.safeParse({ type: 'classifier' }).success).toBe(false);
  });
});

describe('analysis verdict', () => {
  const base = { ...neutral, sentiment: 'neutral' as const };
  it('queues threats, abuse, spam, offensive words and public personal data with a suggested rule', () => {
    expect(analysisVerdict({ ...base, intent: 'threat' }, { text: 'x', isPublic: true })).toEqual({
      codes: ['threat'],
      suggestedRuleKey: 'threats',
    });
    expect(analysisVerdict({ ...base, offensive: true }, { text: 'x', isPublic: true }).suggestedRuleKey).toBe(
      'harassment',
    );
    expect(analysisVerdict({ ...base, intent: 'spam' }, { text: 'https://x.example', isPublic: true }).codes).toEqual([
      'spam',
      'link',
    ]);
    const pii = { ...base, personalData: [{ kind: 'email' as const, start: 0, end: 3 }] };
    expect(analysisVerdict(pii, { text: 'x', isPublic: true }).suggestedRuleKey).toBe('personal_data');
    expect(analysisVerdict(pii, { text: 'x', isPublic: false }).codes).toEqual([]);
    expect(analysisVerdict(base, { text: 'https://x.example', isPublic: true }).codes).toEqual([]);
  });
});
