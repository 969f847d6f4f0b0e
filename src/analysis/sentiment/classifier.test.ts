import { describe, expect, it } from 'vitest';
import { classify, deserializeModel, serializeModel, trainClassifier } from './classifier.js';
import type { LabelledText } from './dataset.js';
import { DEFAULT_TRAIN_OPTIONS } from './logistic-regression.js';

// Made-up words no lexicon knows, so only training can tell them apart.
const rows: LabelledText[] = [];
for (let i = 0; i < 12; i++) {
  rows.push({ text: `blorpig grejen nummer ${i} 🙂`, label: 'positive' });
  rows.push({ text: `snarvig grejen nummer ${i} 🙁`, label: 'negative' });
  rows.push({ text: `kvartig grejen nummer ${i} 🏋`, label: 'neutral' });
}

describe('Swedish classifier', () => {
  const models = trainClassifier(rows, { ...DEFAULT_TRAIN_OPTIONS, iterations: 100 });

  it('learns words from the training rows, with and without emoji', () => {
    expect(classify(models, 'så blorpig 🎈').label).toBe('positive');
    expect(classify(models, 'så snarvig')).toMatchObject({ label: 'negative' });
    expect(classify(models, 'kvartig idag').label).toBe('neutral');
    const { probabilities } = classify(models, 'blorpig');
    expect(probabilities.positive + probabilities.neutral + probabilities.negative).toBeCloseTo(1, 10);
  });

  it('routes posts without emoji to the model trained on emoji-stripped copies', () => {
    expect(models.withEmoji.weights.has('w:🙂')).toBe(true);
    expect(models.withoutEmoji.weights.has('w:🙂')).toBe(false);
    expect(models.withoutEmoji.weights.has('w:blorpig')).toBe(true);
  });

  it('predicts the same after a round trip through the shipped JSON form', () => {
    const json = JSON.parse(JSON.stringify(serializeModel(models, rows.length, DEFAULT_TRAIN_OPTIONS, 0)));
    const restored = deserializeModel(json);
    for (const text of ['blorpig 🙂', 'snarvig', 'kvartig nummer 3 🏋']) {
      expect(classify(restored, text).label).toBe(classify(models, text).label);
    }
    // Unknown words give near-ties, where only the probabilities (rounded weights) are comparable.
    for (const text of ['något helt annat', 'blorpig men snarvig']) {
      const [before, after] = [classify(models, text), classify(restored, text)];
      for (const c of ['negative', 'neutral', 'positive'] as const) {
        expect(after.probabilities[c]).toBeCloseTo(before.probabilities[c], 2);
      }
    }
    expect(() => deserializeModel({ ...json, format: 'other' })).toThrow(/format/);
  });
});
