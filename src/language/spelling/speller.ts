// One speller per language, built lazily on first use and cached: reading and expanding a
// dictionary takes seconds (Swedish most), so it must happen once per process, not per check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { affForNspell, convertInput, parseCompoundRules } from './affix-rules.js';
import { isCompound } from './compound-check.js';
import { matchesCompoundPattern } from './compound-pattern.js';
import { buildCompoundLexicon, type CompoundLexicon } from './compound-lexicon.js';

export const SPELLING_LANGUAGES = ['sv', 'nl', 'en'] as const;
export type SpellingLanguage = (typeof SPELLING_LANGUAGES)[number];

export interface Speller {
  language: SpellingLanguage;
  nspell: nspell;
  /** Null for a language whose dictionary does not compound (English). */
  compounds: CompoundLexicon | null;
  workspaceWords: Set<string>;
  loadMs: number;
}

const require = createRequire(import.meta.url);
const spellers = new Map<SpellingLanguage, Speller>();

function readDictionary(language: SpellingLanguage): { aff: string; dic: string } {
  // The packages' own entry points read the files with top-level await; we need them synchronously.
  const folder = dirname(require.resolve(`dictionary-${language}`));
  return {
    aff: readFileSync(join(folder, 'index.aff'), 'utf8'),
    dic: readFileSync(join(folder, 'index.dic'), 'utf8'),
  };
}

export function getSpeller(language: SpellingLanguage): Speller {
  const cached = spellers.get(language);
  if (cached) return cached;
  const started = performance.now();
  const { aff, dic } = readDictionary(language);
  const rules = parseCompoundRules(aff);
  const compounds = rules.begin || rules.any ? buildCompoundLexicon(dic, rules) : null;
  const speller: Speller = {
    language,
    nspell: nspell({ aff: affForNspell(aff), dic }),
    compounds,
    workspaceWords: new Set(),
    loadMs: 0,
  };
  if (compounds && rules.onlyInCompound)
    allowStandalone(speller.nspell, compounds.alsoStandalone, rules.onlyInCompound);
  speller.loadMs = performance.now() - started;
  spellers.set(language, speller);
  return speller;
}

/** Drops the ONLYINCOMPOUND flag from nspell's single entry for words that are also inflections. */
function allowStandalone(instance: nspell, words: readonly string[], onlyInCompound: string): void {
  const data = (instance as unknown as { data: Record<string, string[] | undefined> }).data;
  for (const word of words) {
    const flags = data[word];
    if (flags?.includes(onlyInCompound)) data[word] = flags.filter((flag) => flag !== onlyInCompound);
  }
}

/** Is one word (no spaces, no hyphens) spelled correctly? */
export function isKnownWord(speller: Speller, word: string): boolean {
  const lower = word.toLowerCase();
  if (speller.workspaceWords.has(lower)) return true;
  const compounds = speller.compounds;
  if (compounds === null) return speller.nspell.correct(word);
  const converted = convertInput(lower, compounds.rules);
  if (!compounds.compoundOnly.has(converted) && speller.nspell.correct(word)) return true;
  return isCompound(converted, compounds) || matchesCompoundPattern(converted, compounds);
}

/** Organisation names, place names, product names a workspace uses: accepted from now on. */
export function addWorkspaceWords(language: SpellingLanguage, words: readonly string[]): void {
  const speller = getSpeller(language);
  for (const word of words) {
    for (const part of word.split(/\s+/)) {
      if (!part) continue;
      speller.workspaceWords.add(part.toLowerCase());
      speller.nspell.add(part);
    }
  }
}
