// The spelling check the reply composer and the publishing checks use.
import { getSpeller, isKnownWord, SPELLING_LANGUAGES, type Speller, type SpellingLanguage } from './speller.js';
import { suggestFor } from './suggest.js';
import { tokenise, type WordToken } from './tokenise.js';

export { addWorkspaceWords, SPELLING_LANGUAGES, type SpellingLanguage } from './speller.js';

export interface SpellingIssue {
  word: string;
  start: number;
  end: number;
  suggestions: string[];
}

function isCorrect(speller: Speller, word: string): boolean {
  const plain = word.replace(/’/g, "'");
  if (isKnownWord(speller, plain)) return true;
  // English possessives and Dutch plurals/genitives: "council's", "Anna's".
  const apostrophe = plain.match(/^(.+)'s$/);
  return apostrophe?.[1] !== undefined && isKnownWord(speller, apostrophe[1]);
}

/** A hyphenated word is fine as a whole ("e-post") or when every part is ("Volvo-fabriken"). */
function issuesIn(speller: Speller, token: WordToken): SpellingIssue[] {
  if (isCorrect(speller, token.word)) return [];
  const issues: SpellingIssue[] = [];
  let offset = token.start;
  for (const part of token.word.split('-')) {
    if (part && !isCorrect(speller, part)) {
      issues.push({ word: part, start: offset, end: offset + part.length, suggestions: suggestFor(speller, part) });
    }
    offset += part.length + 1;
  }
  return issues;
}

/**
 * Builds the spellers now (seconds, blocking) rather than on the first check, e.g. at worker start,
 * so no request pays for it.
 */
export function preloadSpelling(languages: readonly SpellingLanguage[] = SPELLING_LANGUAGES): void {
  for (const language of languages) getSpeller(language);
}

export function checkSpelling(text: string, language: SpellingLanguage): SpellingIssue[] {
  const speller = getSpeller(language);
  return tokenise(text).flatMap((token) => issuesIn(speller, token));
}
