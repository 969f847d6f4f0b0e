import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../analysis.types.js';
import { crossValidate, evaluate, stratifiedFolds } from './cross-validate.js';
import type { LabelledText } from './dataset.js';

const labels: Sentiment[] = [
  ...Array<Sentiment>(23).fill('positive'),
  ...Array<Sentiment>(9).fill('neutral'),
  ...Array<Sentiment>(6).fill('negative'),
];

describe('stratifiedFolds', () => {
  it('makes disjoint folds that together cover every row exactly once', () => {
    const folds = stratifiedFolds(labels, 5, 7);
    expect(folds).toHaveLength(5);
    const all = folds.flat();
    expect(all).toHaveLength(labels.length);
    expect(new Set(all).size).toBe(labels.length);
    expect([...all].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
    for (let a = 0; a < folds.length; a++) {
      for (let b = a + 1; b < folds.length; b++) {
        expect(folds[a]!.filter((i) => folds[b]!.includes(i))).toEqual([]);
      }
    }
  });

  it('spreads each class evenly and is reproducible for a seed', () => {
    const folds = stratifiedFolds(labels, 5, 7);
    for (const fold of folds) {
      const negatives = fold.filter((i) => labels[i] === 'negative').length;
      expect(negatives === 1 || negatives === 2).toBe(true);
      expect(fold.length === 7 || fold.length === 8).toBe(true);
    }
    expect(stratifiedFolds(labels, 5, 7)).toEqual(folds);
    expect(stratifiedFolds(labels, 5, 8)).not.toEqual(folds);
  });

  it('refuses impossible fold counts', () => {
    expect(() => stratifiedFolds(['positive'], 2)).toThrow();
  });
});

describe('crossValidate', () => {
  it('never trains on the rows it then predicts', () => {
    const rows: LabelledText[] = labels.map((label, i) => ({ text: `row ${i}`, label }));
    const predictedBy = new Map<string, Set<string>>();
    const result = crossValidate(
      rows,
      (train) => {
        const seen = new Set(train.map((r) => r.text));
        return (text) => {
          predictedBy.set(text, seen);
          return 'neutral';
        };
      },
      4,
    );
    expect(predictedBy.size).toBe(rows.length);
    for (const [text, seen] of predictedBy) expect(seen.has(text)).toBe(false);
    expect(result.predicted.every((p) => p === 'neutral')).toBe(true);
  });
});

describe('evaluate', () => {
  it('computes per-class precision, recall, F1 and the macro average', () => {
    const actual: Sentiment[] = ['positive', 'positive', 'negative', 'neutral'];
    const predicted: Sentiment[] = ['positive', 'neutral', 'negative', 'neutral'];
    const { perClass, macroF1, accuracy, confusion } = evaluate(actual, predicted);
    expect(perClass.positive).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(perClass.neutral.precision).toBe(0.5);
    expect(perClass.negative.f1).toBe(1);
    expect(macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3, 10);
    expect(accuracy).toBe(0.75);
    expect(confusion.positive.neutral).toBe(1);
  });
});
