/**
 * Stratified k-fold cross-validation and the metrics we report (macro-F1, per-class precision /
 * recall / F1, confusion matrix). Each fold's model is trained only on the other folds.
 */
import { SENTIMENTS, type Sentiment } from '../analysis.types.js';
import { createRng } from '../../shared/random.js';
import type { LabelledText } from './dataset.js';

/** Row indices per fold; every class is spread evenly over the folds. */
export function stratifiedFolds(labels: readonly string[], k: number, seed = 1): number[][] {
  if (k < 2 || k > labels.length) throw new Error(`Cannot make ${k} folds of ${labels.length} rows`);
  const random = createRng(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  const byClass = new Map<string, number[]>();
  labels.forEach((label, i) => byClass.set(label, [...(byClass.get(label) ?? []), i]));
  let next = 0;
  for (const label of [...byClass.keys()].sort()) {
    const indices = byClass.get(label)!;
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    // Continue round-robin where the previous class stopped, so fold sizes differ by at most one.
    for (const index of indices) folds[next++ % k]!.push(index);
  }
  return folds;
}

export type Predictor = (text: string) => Sentiment;
export type Trainer = (rows: LabelledText[]) => Predictor;

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  macroF1: number;
  accuracy: number;
  perClass: Record<Sentiment, ClassMetrics>;
  /** confusion[actual][predicted] */
  confusion: Record<Sentiment, Record<Sentiment, number>>;
}

export function evaluate(actual: readonly Sentiment[], predicted: readonly Sentiment[]): Evaluation {
  const confusion = Object.fromEntries(
    SENTIMENTS.map((a) => [a, Object.fromEntries(SENTIMENTS.map((p) => [p, 0]))]),
  ) as Evaluation['confusion'];
  actual.forEach((a, i) => confusion[a][predicted[i]!]++);
  const perClass = {} as Evaluation['perClass'];
  for (const c of SENTIMENTS) {
    const tp = confusion[c][c];
    const predictedC = SENTIMENTS.reduce((sum, a) => sum + confusion[a][c], 0);
    const support = SENTIMENTS.reduce((sum, p) => sum + confusion[c][p], 0);
    const precision = predictedC ? tp / predictedC : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support };
  }
  const correct = SENTIMENTS.reduce((sum, c) => sum + confusion[c][c], 0);
  return {
    macroF1: SENTIMENTS.reduce((sum, c) => sum + perClass[c].f1, 0) / SENTIMENTS.length,
    accuracy: actual.length ? correct / actual.length : 0,
    perClass,
    confusion,
  };
}

/** Out-of-fold predictions for every row: each row is predicted by a model that never saw it. */
export function crossValidate(rows: readonly LabelledText[], train: Trainer, k = 5, seed = 1) {
  const folds = stratifiedFolds(
    rows.map((r) => r.label),
    k,
    seed,
  );
  const predicted: Sentiment[] = new Array<Sentiment>(rows.length);
  for (const fold of folds) {
    const held = new Set(fold);
    const predict = train(rows.filter((_, i) => !held.has(i)));
    for (const i of fold) predicted[i] = predict(rows[i]!.text);
  }
  return {
    folds,
    predicted,
    evaluation: evaluate(
      rows.map((r) => r.label),
      predicted,
    ),
  };
}
