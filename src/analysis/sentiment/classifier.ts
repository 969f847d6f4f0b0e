/**
 * The Swedish sentiment classifier: training (used by train-sentiment.ts, the benchmark's
 * cross-validation and the tests) and the compact JSON form shipped as model-sv.json.
 *
 * Every post in the Swedish training corpus has an emoji, and a model trained on them leans on the
 * emoji: on the same posts with the emoji removed its cross-validated macro-F1 falls from ~70% to
 * ~36%, below the lexicon. So there are two models: one for posts with emoji, and one trained on the
 * emoji-stripped copies of the same posts, used for posts without any (~55% on stripped posts).
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
import { hasEmoji, stripEmoji, tokenize } from './tokenize.js';

export interface SwedishModels {
  withEmoji: LinearModel;
  withoutEmoji: LinearModel;
}

interface SerializedLinearModel {
  bias: number[];
  weights: Record<string, number[]>;
}

export interface SerializedModel {
  format: 'samtal-sentiment-logreg/2';
  classes: Sentiment[];
  withEmoji: SerializedLinearModel;
  withoutEmoji: SerializedLinearModel;
  trainedOn: number;
  options: TrainOptions;
}

function trainOne(rows: readonly LabelledText[], options: TrainOptions): LinearModel {
  return trainLogisticRegression(
    rows.map((r) => extractFeatures(r.text)),
    rows.map((r) => r.label),
    SENTIMENTS,
    options,
  );
}

export function trainClassifier(
  rows: readonly LabelledText[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): SwedishModels {
  const stripped = rows.map((r) => ({ ...r, text: stripEmoji(r.text) })).filter((r) => tokenize(r.text).length > 0);
  return { withEmoji: trainOne(rows, options), withoutEmoji: trainOne(stripped, options) };
}

export interface ClassifierResult {
  label: Sentiment;
  probabilities: Record<Sentiment, number>;
}

export function classify(models: SwedishModels, text: string): ClassifierResult {
  const model = hasEmoji(text) ? models.withEmoji : models.withoutEmoji;
  const p = predictProbabilities(model, extractFeatures(text));
  const probabilities = Object.fromEntries(model.classes.map((c, i) => [c, p[i] ?? 0])) as Record<Sentiment, number>;
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[best]!) best = i;
  return { label: model.classes[best] as Sentiment, probabilities };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Drops near-zero weights and rounds the rest, to keep the shipped file small. */
function serializeOne(model: LinearModel, minWeight: number): SerializedLinearModel {
  const weights: Record<string, number[]> = {};
  for (const [key, row] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (row.some((w) => Math.abs(w) >= minWeight)) weights[key] = row.map(round);
  }
  return { bias: model.bias.map(round), weights };
}

export function serializeModel(
  models: SwedishModels,
  trainedOn: number,
  options: TrainOptions,
  minWeight = 0.01,
): SerializedModel {
  return {
    format: 'samtal-sentiment-logreg/2',
    classes: [...SENTIMENTS],
    withEmoji: serializeOne(models.withEmoji, minWeight),
    withoutEmoji: serializeOne(models.withoutEmoji, minWeight),
    trainedOn,
    options,
  };
}

export function deserializeModel(data: SerializedModel): SwedishModels {
  if (data.format !== 'samtal-sentiment-logreg/2') throw new Error(`Unknown sentiment model format ${data.format}`);
  const one = (m: SerializedLinearModel): LinearModel => ({
    classes: data.classes,
    bias: m.bias,
    weights: new Map(Object.entries(m.weights)),
  });
  return { withEmoji: one(data.withEmoji), withoutEmoji: one(data.withoutEmoji) };
}
