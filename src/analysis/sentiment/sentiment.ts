/**
 * Sentiment of one social post: negative / neutral / positive and a score in −1…1.
 * Dutch, English (and unknown languages) use the lexicon scorer; Swedish uses the trained classifier
 * in model-sv.json when it is present (see README.md for how it was measured).
 */
import type { AnalysisLanguage, SentimentResult } from '../analysis.types.js';
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

export function analyzeSentiment(text: string, language: AnalysisLanguage): SentimentResult {
  return lexiconSentiment(text, language);
}

function labelFor(score: number, band: number): SentimentResult['label'] {
  if (score >= band) return 'positive';
  if (score <= -band) return 'negative';
  return 'neutral';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000 + 0; // + 0 turns −0 into 0
}
