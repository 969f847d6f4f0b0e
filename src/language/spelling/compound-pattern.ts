// COMPOUNDRULE matching, anchored and on whole dictionary words. nspell builds these as unanchored
// regexes from unescaped words, which is how Swedish "0*" came to match every string.
import type { CompoundPattern } from './affix-rules.js';
import type { CompoundLexicon } from './compound-lexicon.js';

const MAX_LENGTH = 60;

function matches(word: string, pattern: CompoundPattern, words: CompoundLexicon['patternWords']): boolean {
  const failed = new Set<number>();
  // State: position in the pattern and in the word, packed into one number for the memo.
  const step = (token: number, at: number, parts: number): boolean => {
    if (token === pattern.length) return at === word.length && parts >= 2;
    const key = (token * (MAX_LENGTH + 1) + at) * 8 + Math.min(parts, 7);
    if (failed.has(key)) return false;
    const { flag, count } = pattern[token] ?? { flag: '', count: '' };
    let ok = count !== '' && step(token + 1, at, parts);
    const candidates = words.get(flag);
    for (let end = at + 1; !ok && candidates && end <= word.length; end++) {
      if (!candidates.has(word.slice(at, end))) continue;
      ok = step(count === '*' ? token : token + 1, end, parts + 1);
    }
    if (!ok) failed.add(key);
    return ok;
  };
  return step(0, 0, 0);
}

export function matchesCompoundPattern(word: string, lexicon: CompoundLexicon): boolean {
  if (word.length > MAX_LENGTH) return false;
  return lexicon.rules.patterns.some((pattern) => matches(word, pattern, lexicon.patternWords));
}
