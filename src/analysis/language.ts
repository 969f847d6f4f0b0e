/**
 * Which of our languages (sv, nl, en) a text is in, or 'other'. A statistical detector (eld) reads
 * sentences well but guesses on one to three words ("hoi", "tack!"), so short texts are decided by a
 * curated lexicon and character cues first; longer texts by the detector, corrected by the lexicon
 * when it confuses Swedish with Danish/Norwegian or Dutch with German.
 */
import { eld } from 'eld/medium';
import type { AnalysisLanguage } from './analysis.types.js';
import { LEXICON } from './data/language-lexicon.js';

type Scored = 'sv' | 'nl' | 'en' | 'other';
const OURS = new Set(['sv', 'nl', 'en']);

const WORDS = new Map<string, Scored[]>();
for (const lang of Object.keys(LEXICON) as Scored[]) {
  for (const word of LEXICON[lang]) WORDS.set(word, [...(WORDS.get(word) ?? []), lang]);
}

/** Strip what says nothing about the language: links, @handles, #tags, e-mail addresses, digits. */
export function languageText(text: string): string {
  return text
    .replace(/https?:\/\/\S+|www\.\S+/giu, ' ')
    .replace(/\S+@\S+\.\S+/gu, ' ')
    .replace(/[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/\p{N}+/gu, ' ')
    .toLowerCase();
}

function lexiconVotes(words: string[]): Record<Scored, number> {
  const votes: Record<Scored, number> = { sv: 0, nl: 0, en: 0, other: 0 };
  for (const word of words) for (const lang of WORDS.get(word) ?? []) votes[lang] += 1;
  return votes;
}

/** Letters no Swedish, Dutch or English text uses (æ ø: Danish/Norwegian; ß ü: German; ñ ç …). */
const FOREIGN_LETTERS = /[æøßüñçœãõłśźżčřšžğış]/u;
const SWEDISH_LETTERS = /[åäö]/u;
/** Digraphs typical of Dutch spelling, rare in English and Swedish. */
const DUTCH_CUES = /ij|oe[^\s]|ui|aa|uu|sch/u;

function winner(votes: Record<Scored, number>): Scored | undefined {
  const ranked = (Object.entries(votes) as [Scored, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return undefined;
  return first[0];
}

export function detectLanguage(text: string): AnalysisLanguage {
  const clean = languageText(text);
  const words = clean.match(/[\p{L}']+/gu)?.map((w) => w.replace(/^'+|'+$/gu, '')) ?? [];
  if (words.length === 0) return 'other';
  const votes = lexiconVotes(words);
  const letters = words.join('');

  if (words.length <= 3) return shortText(clean, letters, votes);

  const result = eld.detect(clean);
  const detected = result.language;
  if (OURS.has(detected)) {
    // A Swedish text with a few Danish-looking words stays Swedish; but "Hvorfor virker …" does not.
    if (detected === 'sv' && FOREIGN_LETTERS.test(letters) && votes.other > votes.sv) return 'other';
    return detected as AnalysisLanguage;
  }
  // The detector says da/no/de/…: trust it unless our lexicon clearly disagrees (Swedish words with
  // å/ä/ö and no æ/ø, or a clear Dutch majority).
  const lexical = winner(votes);
  if (lexical && lexical !== 'other' && votes[lexical] >= 2 && votes[lexical] >= 2 * votes.other) {
    if (lexical === 'sv' && FOREIGN_LETTERS.test(letters)) return 'other';
    return lexical;
  }
  return 'other';
}

function shortText(clean: string, letters: string, votes: Record<Scored, number>): AnalysisLanguage {
  const lexical = winner(votes);
  if (lexical) return lexical;
  if (FOREIGN_LETTERS.test(letters)) return 'other';
  if (SWEDISH_LETTERS.test(letters)) return 'sv';
  if (DUTCH_CUES.test(letters)) {
    const guess = eld.detect(clean).language;
    return guess === 'en' || guess === 'sv' ? guess : 'nl';
  }
  const result = eld.detect(clean);
  const score = result.getScores()[result.language] ?? 0;
  return OURS.has(result.language) && score >= 0.75 ? (result.language as AnalysisLanguage) : 'other';
}
