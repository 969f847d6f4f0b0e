/**
 * Offensive or sensitive wording: curses, insults and slurs from the curated lists in
 * data/offensive-terms.ts, matched on whole words after lower-casing, stripping accents (not å/ä/ö:
 * "höra" is not "hora") and undoing simple obfuscation: "f*ck", "f u c k", "1d10t", "sh!t".
 */
import type { AnalysisLanguage } from './analysis.types.js';
import { NOT_OFFENSIVE, OFFENSIVE_TERMS } from './data/offensive-terms.js';
import { compileTermList, normaliseForMatching, termBody } from './term-pattern.js';

const PATTERNS = {
  sv: compileTermList(OFFENSIVE_TERMS.sv),
  nl: compileTermList(OFFENSIVE_TERMS.nl),
  en: compileTermList(OFFENSIVE_TERMS.en),
};
const EXCEPTIONS = NOT_OFFENSIVE.map((entry) => new RegExp(`^${termBody(entry)}$`, 'u'));

function listsFor(language: AnalysisLanguage): RegExp[] {
  if (language === 'sv') return [PATTERNS.sv, PATTERNS.en];
  if (language === 'nl') return [PATTERNS.nl, PATTERNS.en];
  if (language === 'en') return [PATTERNS.en];
  return [PATTERNS.sv, PATTERNS.nl, PATTERNS.en];
}

/** The offensive terms in the text, as written there (deduplicated, in order of appearance). */
export function findOffensiveTerms(text: string, language: AnalysisLanguage): string[] {
  const { text: normal, origin } = normaliseForMatching(text);
  const hits: { start: number; end: number }[] = [];
  for (const pattern of listsFor(language)) {
    for (const m of normal.matchAll(pattern)) {
      if (EXCEPTIONS.some((e) => e.test(m[0]))) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (hits.some((h) => start < h.end && h.start < end)) continue;
      hits.push({ start, end });
    }
  }
  const terms = hits
    .sort((a, b) => a.start - b.start)
    .map((h) => text.slice(origin[h.start], origin[h.end - 1]! + 1).replace(/\s+/gu, ' '));
  return [...new Set(terms)];
}
