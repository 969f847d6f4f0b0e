/**
 * The Swedish sentiment classifier: training (used by train-sentiment.ts, the benchmark's
 * cross-validation and the tests) and the compact JSON form shipped as model-sv.json.
 */
import { SENTIMENTS, type Sentiment } from '../analysis.types.js';
import type { LabelledText } from './dataset.js';
import { extractFeatures } from './features.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  predictProbabilities,
  trainLogisticRegression,
  type LinearModel,
  type TrainOptions,
} from './logistic-regression.js';

export interface SerializedModel {
  format: 'samtal-sentiment-logreg/1';
  classes: Sentiment[];
  bias: number[];
  weights: Record<string, number[]>;
  trainedOn: number;
  options: TrainOptions;
}

export function trainClassifier(rows: readonly LabelledText[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS) {
  return trainLogisticRegression(
    rows.map((r) => extractFeatures(r.text)),
    rows.map((r) => r.label),
    SENTIMENTS,
    options,
  );
}

export interface ClassifierResult {
  label: Sentiment;
  probabilities: Record<Sentiment, number>;
}

export function classify(model: LinearModel, text: string): ClassifierResult {
  const p = predictProbabilities(model, extractFeatures(text));
  const probabilities = Object.fromEntries(model.classes.map((c, i) => [c, p[i] ?? 0])) as Record<Sentiment, number>;
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  return { label: model.classes[best] as Sentiment, probabilities };
}

/** Drops near-zero weights and rounds the rest, to keep the shipped file small. */
export function serializeModel(model: LinearModel, trainedOn: number, options: TrainOptions, minWeight = 0.01) {
  const weights: Record<string, number[]> = {};
  const round = (x: number) => Math.round(x * 1000) / 1000;
  for (const [key, row] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (row.some((w) => Math.abs(w) >= minWeight)) weights[key] = row.map(round);
  }
  const serialized: SerializedModel = {
    format: 'samtal-sentiment-logreg/1',
    classes: model.classes as Sentiment[],
    bias: model.bias.map(round),
    weights,
    trainedOn,
    options,
  };
  return serialized;
}

export function deserializeModel(data: SerializedModel): LinearModel {
  if (data.format !== 'samtal-sentiment-logreg/1') throw new Error(`Unknown sentiment model format ${data.format}`);
  return { classes: data.classes, bias: data.bias, weights: new Map(Object.entries(data.weights)) };
}
