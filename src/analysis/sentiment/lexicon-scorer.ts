/**
 * A rule-based lexicon scorer in the spirit of VADER (Hutto & Gilbert 2014): sums word and emoji
 * polarities, flips and dampens them next to a negator ("inte bra", "funkar inte", "niet goed",
 * "not good"), scales them after an intensifier ("mycket", "heel", "very"), weighs the clause after
 * "but" more, and squashes the sum into −1…1. Used for Dutch and English, as the Swedish baseline and as classifier features.
 */
import { CLAUSE_BREAKS, isEmoji } from './tokenize.js';

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
    let value = isEmoji(token) ? emoji(token) : wordValue(tokens, i, language);
    if (value === undefined || value === 0) {
      values.push(0);
      continue;
    }
    if (!isEmoji(token)) {
      const previous = tokens[i - 1];
      const boost = previous === undefined ? undefined : language.intensifiers.get(previous);
      if (boost !== undefined) value *= boost;
      let isNegated = false;
      for (let j = i - 1; j >= 0 && j >= i - NEGATION_WINDOW; j--) {
        const before = tokens[j]!;
        if (CLAUSE_BREAKS.has(before) || isEmoji(before)) break;
        if (language.negators.has(before)) {
          isNegated = true;
          break;
        }
      }
      // Swedish and Dutch put the negation after the verb: "det funkar inte", "het werkt niet".
      const next = tokens[i + 1];
      if (next !== undefined && language.negators.has(next)) isNegated = true;
      if (isNegated) {
        value *= NEGATION_FACTOR;
        negated++;
      }
    }
    values.push(value);
  }
  if (contrastAt >= 0) {
    for (let i = 0; i < values.length; i++) values[i]! *= i < contrastAt ? 0.5 : 1.5;
  }
  return { values, negated };
}

/**
 * A word's own polarity. Negators never score ("inte" would otherwise stem to a negative lemma);
 * an intensifier scores only when it does not modify a polar word ("Super!" vs "super irritant").
 */
function wordValue(tokens: readonly string[], i: number, language: LexiconLanguage): number | undefined {
  const token = tokens[i]!;
  if (language.negators.has(token)) return undefined;
  if (language.intensifiers.has(token)) {
    const next = tokens[i + 1];
    const modifies = next !== undefined && !language.intensifiers.has(next) && language.lookup(next) !== undefined;
    return modifies ? undefined : language.lookup(token);
  }
  return language.lookup(token);
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
