// Hunspell-style compound checking that nspell lacks: a word is correct when it splits into parts
// allowed at the beginning, middle and end (COMPOUNDBEGIN/MIDDLE/END or COMPOUNDFLAG), each at least
// COMPOUNDMIN letters. Linking morphemes (Swedish fogemorfem "-s-", "-e-", "-o-"…) come for free: the
// .aff generates them as begin/middle forms ("hämtnings", "ränte"). SIMPLIFIEDTRIPLE lets a doubled
// letter stand for three ("natt"+"tåg" = "nattåg"); CHECKCOMPOUNDTRIPLE forbids "natttåg".
import type { CompoundLexicon } from './compound-lexicon.js';

/** More parts than this is not a word anyone writes; the cap bounds the search. */
const MAX_PARTS = 5;
/** Longer "words" are pasted junk (base64, keyboard mashing); the search would only cost time. */
const MAX_LENGTH = 60;

function endsWithDouble(part: string): boolean {
  return part.length >= 2 && part.at(-1) === part.at(-2);
}

function hasFlag(word: string, flag: string | null, lexicon: CompoundLexicon): boolean {
  return flag === null || (lexicon.patternWords.get(flag)?.has(word) ?? false);
}

/** CHECKCOMPOUNDPATTERN: e.g. Dutch "auto"+"onderdeel" must be written "auto-onderdeel". */
function forbiddenBoundary(left: string, right: string, lexicon: CompoundLexicon): boolean {
  if (!left) return false;
  return lexicon.rules.forbiddenBoundaries.some(
    (b) =>
      left.endsWith(b.leftEnd) &&
      right.startsWith(b.rightStart) &&
      hasFlag(left, b.leftFlag, lexicon) &&
      hasFlag(right, b.rightFlag, lexicon),
  );
}

export function isCompound(word: string, lexicon: CompoundLexicon): boolean {
  const lower = word.toLowerCase();
  const min = lexicon.rules.compoundMin;
  if (lower.length < min * 2 || lower.length > MAX_LENGTH) return false;
  const failed = new Set<string>();

  const rest = (text: string, index: number, previous: string): boolean => {
    // What is allowed next depends on the previous part (duplicates, boundaries), so it is in the key.
    const key = `${index}:${previous}:${text}`;
    if (failed.has(key)) return false;
    const ok = split(text, index, previous);
    if (!ok) failed.add(key);
    return ok;
  };

  const split = (text: string, index: number, previous: string): boolean => {
    if (index > 0 && text.length >= min && lexicon.end.has(text)) {
      if (!(lexicon.rules.checkDup && text === previous) && !boundaryForbidden(previous, text)) return true;
    }
    if (index + 1 >= MAX_PARTS) return false;
    const parts = index === 0 ? lexicon.begin : lexicon.middle;
    for (let cut = min; cut <= text.length - min; cut++) {
      const part = text.slice(0, cut);
      if (!parts.has(part)) continue;
      if (lexicon.rules.checkDup && part === previous) continue;
      if (index > 0 && boundaryForbidden(previous, part)) continue;
      const remainder = text.slice(cut);
      if (rest(remainder, index + 1, part)) return true;
      // "nattåg": "natt" + "tåg" with the third t dropped (no previous part: the triple is intended).
      if (lexicon.rules.simplifiedTriple && endsWithDouble(part) && remainder[0] !== part.at(-1)) {
        if (rest(part.at(-1) + remainder, index + 1, '')) return true;
      }
    }
    return false;
  };

  // Boundary checks between two parts: real triple letters, and CHECKCOMPOUNDPATTERN.
  const boundaryForbidden = (left: string, right: string): boolean =>
    (lexicon.rules.checkTriple &&
      ((endsWithDouble(left) && right[0] === left.at(-1)) || (left.at(-1) === right[0] && right[0] === right[1]))) ||
    forbiddenBoundary(left, right, lexicon);

  return rest(lower, 0, '');
}
