/**
 * A rule-based lexicon scorer in the spirit of VADER (Hutto & Gilbert 2014): sums word and emoji
 * polarities, flips and dampens them after a negator ("inte bra", "niet goed", "not good"), scales them
 * after an intensifier ("mycket", "heel", "very"), weighs the clause after "but" more, and squashes
 * the sum into −1…1. Used for Dutch and English, as the Swedish baseline and as classifier features.
 */
import { isEmoji } from './tokenize.js';

export interface LexiconLanguage {
  /** Word form → polarity, roughly −2…2 with 1 for a clearly positive word. */
  lookup(token: string): number | undefined;
  negators: ReadonlySet<string>;
  /** Word → multiplier for the next polar word (1.5 = stronger, 0.6 = weaker). */
  intensifiers: ReadonlyMap<string, number>;
  /** "but": what follows counts more than what went before. */
  contrast: ReadonlySet<string>;
}

export interface LexiconScore {
  /** Squashed sum, −1…1. */
  score: number;
  positive: number;
  negative: number;
  /** Polar tokens found (words and emoji). */
  hits: number;
  /** Polar words that were negated. */
  negated: number;
}

const NEGATION_WINDOW = 3;
const NEGATION_FACTOR = -0.75;
const SQUASH_ALPHA = 4;

/** Polar value per token, after negation and intensifiers; 0 for neutral tokens. */
export function tokenPolarities(tokens: readonly string[], language: LexiconLanguage, emoji: EmojiLookup) {
  const values: number[] = [];
  let negated = 0;
  let contrastAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (language.contrast.has(token)) contrastAt = i;
    // Negators and intensifiers only modify their neighbours ("inte" would otherwise stem to a negative lemma).
    const modifier = language.intensifiers.has(token) || language.negators.has(token);
    let value = isEmoji(token) ? emoji(token) : modifier ? undefined : language.lookup(token);
    if (value === undefined || value === 0) {
      values.push(0);
      continue;
    }
    if (!isEmoji(token)) {
      const previous = tokens[i - 1];
      const boost = previous === undefined ? undefined : language.intensifiers.get(previous);
      if (boost !== undefined) value *= boost;
      for (let j = i - 1; j >= 0 && j >= i - NEGATION_WINDOW; j--) {
        const before = tokens[j]!;
        if (before === '!' || before === '?' || isEmoji(before)) break;
        if (language.negators.has(before)) {
          value *= NEGATION_FACTOR;
          negated++;
          break;
        }
      }
    }
    values.push(value);
  }
  if (contrastAt >= 0) {
    for (let i = 0; i < values.length; i++) values[i]! *= i < contrastAt ? 0.5 : 1.5;
  }
  return { values, negated };
}

export type EmojiLookup = (emoji: string) => number | undefined;

export function scoreTokens(tokens: readonly string[], language: LexiconLanguage, emoji: EmojiLookup): LexiconScore {
  const { values, negated } = tokenPolarities(tokens, language, emoji);
  let positive = 0;
  let negative = 0;
  let hits = 0;
  for (const value of values) {
    if (value > 0) positive += value;
    else if (value < 0) negative -= value;
    if (value !== 0) hits++;
  }
  let sum = positive - negative;
  const exclamations = tokens.filter((t) => t === '!').length;
  sum *= 1 + 0.1 * Math.min(exclamations, 3);
  const score = sum / Math.sqrt(sum * sum + SQUASH_ALPHA);
  return { score, positive, negative, hits, negated };
}
