/**
 * What Samtal's analysis says about one inbound text. Shared by the analysis modules, the ingestion
 * pipeline and `samtal analyze`.
 */
export const ANALYSIS_LANGUAGES = ['sv', 'nl', 'en', 'other'] as const;
export type AnalysisLanguage = (typeof ANALYSIS_LANGUAGES)[number];

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const INTENTS = [
  'question',
  'complaint',
  'problem_report',
  'misunderstanding',
  'idea',
  'praise',
  'job_interest',
  'spam',
  'abuse',
  'threat',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

export const SEVERITIES = ['low', 'normal', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type PersonalDataKind = 'phone' | 'email' | 'personnummer' | 'bsn';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** Character offsets in the text, so the UI can mask the match. */
  start: number;
  end: number;
}

export interface SentimentResult {
  label: Sentiment;
  /** −1 (very negative) … +1 (very positive). */
  score: number;
}

export interface Analysis {
  language: AnalysisLanguage;
  sentiment: Sentiment;
  sentimentScore: number;
  intent: Intent;
  severity: Severity;
  offensive: boolean;
  /** The offensive terms found, as written in the text. */
  offensiveTerms: string[];
  personalData: PersonalDataMatch[];
}
