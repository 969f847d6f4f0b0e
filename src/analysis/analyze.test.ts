import { describe, expect, it } from 'vitest';
import { analyzeBatch, analyzeText } from './analyze.js';

describe('analyzeText', () => {
  it('combines language, intent, severity, offensive wording and personal data', () => {
    const text = 'Jävla idioter! Ring mig på 070-123 45 67, mitt personnummer är 811218-9876';
    const a = analyzeText(text);
    expect(a.language).toBe('sv');
    expect(a.intent).toBe('abuse');
    expect(a.severity).toBe('high');
    expect(a.offensive).toBe(true);
    expect(a.offensiveTerms).toEqual(['Jävla', 'idioter']);
    expect(a.personalData.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
      ['phone', '070-123 45 67'],
      ['personnummer', '811218-9876'],
    ]);
    expect(a.sentimentScore).toBeGreaterThanOrEqual(-1);
    expect(a.sentimentScore).toBeLessThanOrEqual(1);
  });

  it('a threat is critical in every language', () => {
    for (const text of ['Jag ska spränga kommunhuset', 'Ik maak je af', 'I will kill you all']) {
      expect(analyzeText(text)).toMatchObject({ intent: 'threat', severity: 'critical' });
    }
  });

  it('short thanks are praise with low severity in sv, nl and en', () => {
    expect(analyzeText('Tack så mycket!')).toMatchObject({ language: 'sv', intent: 'praise', severity: 'low' });
    expect(analyzeText('Dank je wel!')).toMatchObject({ language: 'nl', intent: 'praise', severity: 'low' });
    expect(analyzeText('Thanks a lot!')).toMatchObject({ language: 'en', intent: 'praise', severity: 'low' });
  });

  it('the sentiment label and score agree', () => {
    const a = analyzeText('Heel erg teleurgesteld, waardeloze service. Nooit meer!');
    expect(a.language).toBe('nl');
    expect(a.intent).toBe('complaint');
    if (a.sentiment === 'negative') expect(a.sentimentScore).toBeLessThan(0);
    if (a.sentiment === 'positive') expect(a.sentimentScore).toBeGreaterThan(0);
  });

  it('copes with empty and symbol-only texts', () => {
    expect(analyzeText('')).toMatchObject({ language: 'other', intent: 'other', personalData: [], offensive: false });
    expect(analyzeText('👍👍').language).toBe('other');
  });
});

describe('analyzeBatch', () => {
  it('analyses each text in order, the same as one at a time', () => {
    const texts = ['Hur gör jag?', 'Waarom werkt de app niet?', 'Love it!'];
    expect(analyzeBatch(texts)).toEqual(texts.map((t) => analyzeText(t)));
    expect(analyzeBatch(texts).map((a) => a.language)).toEqual(['sv', 'nl', 'en']);
  });
});
