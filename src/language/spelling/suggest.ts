// Bounded suggestions. nspell's own suggest() falls back to a second edit round that took 0.5–2 s for
// a long unknown word, and it cannot see our compounds. We try one edit (the REP table's typical
// confusions first), check candidates with the compound-aware isKnownWord, and stop at a time budget.
import { isKnownWord, type Speller } from './speller.js';

export const MAX_SUGGESTIONS = 5;
/** Work caps keep results deterministic; the time budget is the safety net on a busy machine. */
const MAX_FIRST_ROUND_CHECKS = 1500;
const MAX_SECOND_ROUND_CHECKS = 20_000;
// Generous: checks run in the spelling worker thread, and a loaded CI machine must still reach the caps.
const BUDGET_MS = 300;

/** nspell keeps the parsed REP and TRY lines on the instance; its type declarations omit them. */
interface NspellInternals {
  replacementTable?: Array<[string, string]>;
  flags?: { TRY?: unknown };
}
const internals = (speller: Speller) => speller.nspell as unknown as NspellInternals;
const MAX_WORD_LENGTH = 40;

function* candidates(word: string, speller: Speller): Generator<string> {
  for (const [from, to] of internals(speller).replacementTable ?? []) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) {
      yield word.slice(0, at) + to + word.slice(at + from.length);
    }
  }
  for (let i = 0; i < word.length - 1; i++) {
    yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  const letters = tryLetters(speller);
  for (let i = 0; i < word.length; i++) {
    for (const c of letters) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
  }
  for (let i = 0; i <= word.length; i++) {
    for (const c of letters) yield word.slice(0, i) + c + word.slice(i);
  }
}

const letterCache = new WeakMap<Speller, string[]>();
function tryLetters(speller: Speller): string[] {
  let letters = letterCache.get(speller);
  if (!letters) {
    const declared: unknown = internals(speller).flags?.TRY;
    const list = Array.isArray(declared) ? declared.map(String) : [...'etaoinshrdlcumwfgypbvkjxqz'];
    letters = list.filter((c) => /^\p{Ll}$/u.test(c));
    letterCache.set(speller, letters);
  }
  return letters;
}

function matchCase(original: string, suggestion: string): string {
  const first = original[0] ?? '';
  return first !== first.toLowerCase() ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}

/** Cheap edits for a second round: a dropped, swapped or doubled letter ("accomodationn"). */
function* cheapEdits(word: string): Generator<string> {
  for (let i = 0; i < word.length; i++) {
    yield word.slice(0, i) + word.slice(i + 1);
    yield word.slice(0, i + 1) + word[i] + word.slice(i + 1);
    if (i < word.length - 1) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
}

/** Two edits away, dictionary words only (no compound search), within its own time budget. */
function secondRound(speller: Speller, firstRound: readonly string[], deadline: number): string[] {
  const found = new Set<string>();
  let checked = 0;
  for (const candidate of firstRound) {
    for (const next of cheapEdits(candidate)) {
      if (++checked > MAX_SECOND_ROUND_CHECKS || (checked % 256 === 0 && performance.now() > deadline)) {
        return [...found];
      }
      if (speller.nspell.correct(next) && isKnownWord(speller, next)) found.add(next);
      if (found.size >= MAX_SUGGESTIONS) return [...found];
    }
  }
  return [...found];
}

export function suggestFor(speller: Speller, word: string): string[] {
  if (word.length > MAX_WORD_LENGTH) return [];
  const lower = word.toLowerCase();
  const deadline = performance.now() + BUDGET_MS;
  const whole: string[] = [];
  const compounds: string[] = [];
  const seen = new Set<string>([lower]);
  const firstRound: string[] = [];
  let checked = 0;
  for (const candidate of candidates(lower, speller)) {
    if (seen.has(candidate) || !candidate) continue;
    seen.add(candidate);
    firstRound.push(candidate);
    // Checking the clock on every candidate costs more than the check itself.
    if (++checked > MAX_FIRST_ROUND_CHECKS || (checked % 64 === 0 && performance.now() > deadline)) break;
    if (!isKnownWord(speller, candidate)) continue;
    // Words the dictionary lists come before generated compounds.
    const listed = speller.nspell.correct(candidate);
    (listed ? whole : compounds).push(candidate);
    if (whole.length >= MAX_SUGGESTIONS) break;
  }
  if (whole.length === 0 && compounds.length === 0) {
    whole.push(...secondRound(speller, firstRound, performance.now() + BUDGET_MS));
  }
  return [...whole, ...compounds].slice(0, MAX_SUGGESTIONS).map((s) => matchCase(word, s));
}
