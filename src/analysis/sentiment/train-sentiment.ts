/**
 * Trains the Swedish sentiment classifier on the whole labelled dev set and writes model-sv.json:
 *   npx tsx src/analysis/sentiment/train-sentiment.ts [path/to/sv-social-sentiment-dev.csv]
 * How well this set-up generalises is measured by cross-validation in bench/sentiment.bench.ts.
 */
import { assetPath } from './assets.js';
import { serializeModel, trainClassifier } from './classifier.js';
import { DEFAULT_SV_DEV_SET, loadLabelledCsv } from './dataset.js';
import { DEFAULT_TRAIN_OPTIONS } from './logistic-regression.js';
import { writeFormattedJson } from './write-json.js';

const source = process.argv[2] ?? DEFAULT_SV_DEV_SET;
const { rows, skipped } = loadLabelledCsv(source);
const model = trainClassifier(rows, DEFAULT_TRAIN_OPTIONS);
const serialized = serializeModel(model, rows.length, DEFAULT_TRAIN_OPTIONS);
const target = assetPath('tokenize.ts').replace(/tokenize\.ts$/, 'model-sv.json');
const size = await writeFormattedJson(target, serialized);
console.log(
  `Trained on ${rows.length} rows (${skipped} skipped) from ${source}; ` +
    `${Object.keys(serialized.withEmoji.weights).length} + ${Object.keys(serialized.withoutEmoji.weights).length} ` +
    `of ${model.withEmoji.weights.size} + ${model.withoutEmoji.weights.size} features kept; ` +
    `${(size / 1024).toFixed(0)} KiB → ${target}`,
);
