/**
 * How urgently a person should look at an item. The rules, first match wins:
 * 1. critical — a threat.
 * 2. high — abuse; a complaint or problem report with strongly negative sentiment (score ≤ −0.5);
 *    or a Swedish personnummer / Dutch BSN posted in public (it should be hidden soon).
 * 3. low — praise or spam (unless offensive words or personal data make them normal).
 * 4. normal — everything else.
 */
import type { Intent, PersonalDataMatch, SentimentResult, Severity } from './analysis.types.js';

export const STRONGLY_NEGATIVE = -0.5;

export interface SeveritySignals {
  intent: Intent;
  sentiment: SentimentResult;
  offensive: boolean;
  personalData: PersonalDataMatch[];
}

export function rateSeverity({ intent, sentiment, offensive, personalData }: SeveritySignals): Severity {
  if (intent === 'threat') return 'critical';
  if (intent === 'abuse') return 'high';
  const negative = sentiment.score <= STRONGLY_NEGATIVE;
  if (negative && (intent === 'complaint' || intent === 'problem_report')) return 'high';
  if (personalData.some((p) => p.kind === 'personnummer' || p.kind === 'bsn')) return 'high';
  if ((intent === 'praise' || intent === 'spam') && !offensive && personalData.length === 0) return 'low';
  return 'normal';
}
