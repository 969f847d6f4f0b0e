/**
 * Sentiment of one social post: negative / neutral / positive and a score in −1…1.
 * Swedish uses the trained classifiers in model-sv.json (cross-validated in bench/sentiment.bench.ts);
 * Dutch, English and unknown languages use the lexicon scorer.
 */
import type { AnalysisLanguage, SentimentResult } from '../analysis.types.js';
import { readJsonAsset } from './assets.js';
import { classify, deserializeModel, type SerializedModel, type SwedishModels } from './classifier.js';
import { lexiconLanguages } from './languages.js';
import { scoreTokens } from './lexicon-scorer.js';
import { tokenize } from './tokenize.js';

/** Lexicon scores closer to 0 than this are neutral. */
export const LEXICON_NEUTRAL_BAND = 0.2;

export function lexiconSentiment(text: string, language: AnalysisLanguage): SentimentResult {
  const languages = lexiconLanguages();
  const setup = language === 'sv' ? languages.sv : language === 'nl' ? languages.nl : languages.en;
  const { score } = scoreTokens(tokenize(text), setup, languages.emoji);
  return { label: labelFor(score, LEXICON_NEUTRAL_BAND), score: round(score) };
}

let swedishModel: SwedishModels | undefined;

/** The shipped Swedish model, parsed once on first use. */
export function loadSwedishModel(): SwedishModels {
  swedishModel ??= deserializeModel(readJsonAsset<SerializedModel>('model-sv.json'));
  return swedishModel;
}

export function analyzeSentiment(text: string, language: AnalysisLanguage): SentimentResult {
  // Nothing to read (empty, only a link or a mention): neutral, whatever the model's bias says.
  if (tokenize(text).length === 0) return { label: 'neutral', score: 0 };
  if (language !== 'sv') return lexiconSentiment(text, language);
  const { label, probabilities } = classify(loadSwedishModel(), text);
  return { label, score: round(probabilities.positive - probabilities.negative) };
}

function labelFor(score: number, band: number): SentimentResult['label'] {
  if (score >= band) return 'positive';
  if (score <= -band) return 'negative';
  return 'neutral';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000 + 0; // + 0 turns −0 into 0
}
