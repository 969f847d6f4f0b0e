/**
 * Offensive or sensitive wording: curses, insults and slurs from the curated lists in
 * data/offensive-terms.ts, matched on whole words after lower-casing, stripping accents (not å/ä/ö:
 * "höra" is not "hora") and undoing simple obfuscation: "f*ck", "f u c k", "1d10t", "sh!t".
 */
import type { AnalysisLanguage } from './analysis.types.js';
import { NOT_OFFENSIVE, OFFENSIVE_TERMS } from './data/offensive-terms.js';

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** One entry as a pattern over the normalised text; a `*` in the text stands for any one letter. */
function body(entry: string): string {
  const words = entry.split(' ').map((word) => {
    const open = word.endsWith('*');
    const letters = [...(open ? word.slice(0, -1) : word)];
    const pattern = letters.map((c, i) => (i === 0 ? escape(c) : `[${escape(c)}*]`)).join('');
    return open ? `${pattern}[\\p{L}*]*` : pattern;
  });
  return words.join(' ');
}

function compile(entry: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}*])${body(entry)}(?![\\p{L}\\p{N}*])`, 'gu');
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const PATTERNS = {
  sv: OFFENSIVE_TERMS.sv.map(compile),
  nl: OFFENSIVE_TERMS.nl.map(compile),
  en: OFFENSIVE_TERMS.en.map(compile),
};
const EXCEPTIONS = NOT_OFFENSIVE.map((entry) => new RegExp(`^${body(entry)}$`, 'u'));

interface Normalised {
  text: string;
  /** For each character of `text`, the index of the original character it came from. */
  origin: number[];
}

/** Lower-case, strip accents except å/ä/ö, undo leetspeak inside words, join spaced-out letters. */
export function normaliseForMatching(input: string): Normalised {
  const tokens = [...input.matchAll(/[\p{L}\p{M}\p{N}*@$!]+/gu)];
  const out: string[] = [];
  const origin: number[] = [];
  let previousSingle = false;
  for (const token of tokens) {
    const raw = token[0].replace(/!+$/u, '');
    const hasLetter = /\p{L}/u.test(raw);
    const single = hasLetter && [...raw].length === 1;
    const gap = input.slice(token.index - 1, token.index);
    // "f u c k", "f.u.c.k": single letters separated by one space, dot or dash form one word.
    const glue = single && previousSingle && /^[ .\-_]$/u.test(gap);
    if (out.length && !glue) {
      out.push(' ');
      origin.push(token.index);
    }
    previousSingle = single;
    for (let i = 0; i < raw.length; i++) {
      const c = normaliseChar(raw[i]!, hasLetter);
      if (!c) continue;
      out.push(c);
      origin.push(token.index + i);
    }
  }
  return { text: out.join(''), origin };
}

function normaliseChar(c: string, inWord: boolean): string {
  const lower = c.toLowerCase();
  if (inWord && LEET[lower]) return LEET[lower];
  if ('åäö'.includes(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

function listsFor(language: AnalysisLanguage): RegExp[] {
  if (language === 'sv') return [...PATTERNS.sv, ...PATTERNS.en];
  if (language === 'nl') return [...PATTERNS.nl, ...PATTERNS.en];
  if (language === 'en') return PATTERNS.en;
  return [...PATTERNS.sv, ...PATTERNS.nl, ...PATTERNS.en];
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
