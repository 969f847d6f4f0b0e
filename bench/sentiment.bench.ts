/**
 * Measures Swedish sentiment on the labelled dev set with stratified 5-fold cross-validation (each
 * fold's model is trained only on the other four folds), against the lexicon-only baseline, and
 * measures analysis speed. Run: npx tsx bench/sentiment.bench.ts [path/to/sv-social-sentiment-dev.csv]
 */
import { performance } from 'node:perf_hooks';
import { SENTIMENTS } from '../src/analysis/analysis.types.js';
import { classify, trainClassifier } from '../src/analysis/sentiment/classifier.js';
import { crossValidate, type Evaluation, type Trainer } from '../src/analysis/sentiment/cross-validate.js';
import { DEFAULT_SV_DEV_SET, loadLabelledCsv } from '../src/analysis/sentiment/dataset.js';
import { analyzeSentiment, lexiconSentiment } from '../src/analysis/sentiment/sentiment.js';
import { stripEmoji } from '../src/analysis/sentiment/tokenize.js';

const FOLDS = 5;
const SEEDS = [1, 2, 3];
const source = process.argv[2] ?? DEFAULT_SV_DEV_SET;
const { rows, skipped } = loadLabelledCsv(source);
const counts = SENTIMENTS.map((c) => `${c} ${rows.filter((r) => r.label === c).length}`).join(', ');
console.log(`Swedish dev set: ${rows.length} rows (${counts}); ${skipped} unreadable rows skipped\n`);

const percent = (x: number) => (x * 100).toFixed(1).padStart(5);

function report(name: string, evaluation: Evaluation): void {
  console.log(`${name}: macro-F1 ${percent(evaluation.macroF1)}%, accuracy ${percent(evaluation.accuracy)}%`);
  console.log('  class      precision  recall     F1  support');
  for (const c of SENTIMENTS) {
    const m = evaluation.perClass[c];
    console.log(`  ${c.padEnd(9)}  ${percent(m.precision)}%  ${percent(m.recall)}%  ${percent(m.f1)}%  ${m.support}`);
  }
  console.log(`  confusion (rows = actual, columns = predicted: ${SENTIMENTS.join(' / ')})`);
  for (const a of SENTIMENTS) {
    console.log(`  ${a.padEnd(9)}  ${SENTIMENTS.map((p) => String(evaluation.confusion[a][p]).padStart(5)).join(' ')}`);
  }
  console.log();
}

const lexiconOnly: Trainer = () => (text) => lexiconSentiment(text, 'sv').label;
const logisticRegression: Trainer = (train) => {
  const model = trainClassifier(train);
  return (text) => classify(model, text).label;
};

for (const [name, trainer] of [
  ['Lexicon only (SentimentLex + emoji, no training)', lexiconOnly],
  ['Classifier (logistic regression, word + char n-grams + lexicon)', logisticRegression],
] as const) {
  const scores: number[] = [];
  for (const seed of SEEDS) {
    const started = performance.now();
    const { evaluation } = crossValidate(rows, trainer, FOLDS, seed);
    scores.push(evaluation.macroF1);
    if (seed === SEEDS[0]) {
      report(
        `${name}, ${FOLDS}-fold CV (seed ${seed}, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
        evaluation,
      );
    }
  }
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const spread = `${percent(Math.min(...scores))}…${percent(Math.max(...scores))}`;
  console.log(`  macro-F1 over ${SEEDS.length} fold seeds: mean ${percent(mean)}% (range ${spread}%)\n`);
}

// Every post in the corpus has an emoji; customer messages often have none. Same folds, but each
// held-out post is predicted with its emoji removed (the training folds keep theirs).
const withoutEmoji =
  (trainer: Trainer): Trainer =>
  (train) => {
    const predict = trainer(train);
    return (text) => predict(stripEmoji(text));
  };
for (const [name, trainer] of [
  ['Lexicon only', lexiconOnly],
  ['Classifier', logisticRegression],
] as const) {
  const { evaluation } = crossValidate(rows, withoutEmoji(trainer), FOLDS, SEEDS[0]);
  const f1 = SENTIMENTS.map((c) => `${c} ${percent(evaluation.perClass[c].f1)}%`).join(', ');
  console.log(`${name}, held-out posts without their emoji: macro-F1 ${percent(evaluation.macroF1)}% (F1 ${f1})`);
}
console.log();

// Speed of the shipped path (model-sv.json for Swedish, lexicons for Dutch and English).
const texts = rows.map((r) => r.text);
analyzeSentiment('värm upp', 'sv');
for (const language of ['sv', 'nl', 'en'] as const) {
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < 1000) {
    for (const text of texts) analyzeSentiment(text, language);
    done += texts.length;
  }
  const perSecond = done / ((performance.now() - started) / 1000);
  console.log(`analyzeSentiment(…, '${language}'): ${Math.round(perSecond).toLocaleString('en')} texts/s`);
}
