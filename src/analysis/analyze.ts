/**
 * The whole analysis of one inbound text: language, sentiment, intent, severity, offensive wording
 * and personal data. Pure and synchronous (no I/O), so it runs inline during ingestion.
 */
import type { Analysis } from './analysis.types.js';
import { classifyIntent } from './intent.js';
import { detectLanguage } from './language.js';
import { findOffensiveTerms } from './offensive.js';
import { findPersonalData } from './personal-data.js';
import { analyzeSentiment } from './sentiment/sentiment.js';
import { rateSeverity } from './severity.js';

export function analyzeText(text: string): Analysis {
  const language = detectLanguage(text);
  const sentiment = analyzeSentiment(text, language);
  const offensiveTerms = findOffensiveTerms(text, language);
  const personalData = findPersonalData(text);
  const intent = classifyIntent(text, language, { sentiment, offensiveTerms });
  const offensive = offensiveTerms.length > 0;
  return {
    language,
    sentiment: sentiment.label,
    sentimentScore: sentiment.score,
    intent,
    severity: rateSeverity({ intent, sentiment, offensive, personalData }),
    offensive,
    offensiveTerms,
    personalData,
  };
}

export function analyzeBatch(texts: readonly string[]): Analysis[] {
  return texts.map(analyzeText);
}
