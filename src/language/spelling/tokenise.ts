// Splits social media text into the words a speller should look at, skipping what is not prose:
// @mentions, #hashtags, URLs and bare domains, e-mail addresses, anything with digits, ACRONYMS, emoji.

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

const SKIPPED = [
  String.raw`(?:https?:\/\/|www\.)\S+`,
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
  String.raw`[@#][\p{L}\p{N}_]+`,
  String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|se|nl|be|eu|uk|io|nu|gov|info)\b(?:\/\S*)?`,
].join('|');
// Letters with inner apostrophes or hyphens ("don't", "auto's", "e-post"); digits are taken in so
// that "60-talet" or "covid19" is one token, then skipped.
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*`;
const TOKEN = new RegExp(`(${SKIPPED})|(${WORD})`, 'gu');

function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function tokenise(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[2];
    if (!word || /\p{N}/u.test(word) || isAcronym(word)) continue;
    const start = match.index;
    tokens.push({ word, start, end: start + word.length });
  }
  return tokens;
}
