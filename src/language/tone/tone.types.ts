/** What the tone-of-voice check reports about a draft reply; the composer shows it in sv, nl or en. */
export type Trilingual = { sv: string; nl: string; en: string };

export const TONE_RULES = [
  'formality',
  'avoid_word',
  'preferred_word',
  'emoji',
  'sign_off',
  'length',
  'sentence_length',
  'exclamation',
  'apology',
  'greeting_name',
] as const;
export type ToneRule = (typeof TONE_RULES)[number];

export interface ToneFinding {
  rule: ToneRule;
  severity: 'warning' | 'info';
  /** Character offsets (UTF-16, like String.slice) of the passage, when the finding has one. */
  start?: number;
  end?: number;
  message: Trilingual;
  suggestion?: string;
}

export interface ToneContext {
  /** The item went wrong for the person (e.g. a complaint): the reply should apologise. */
  shouldApologise?: boolean;
  /** The display name of the person the reply answers. */
  authorName?: string;
}
