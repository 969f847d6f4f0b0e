/**
 * Finds guide words and phrases in a draft with the analysis module's term matching (whole words,
 * case- and accent-insensitive, `*` for any ending), with offsets into the original text.
 */
import { compileTermList, normaliseForMatching, termBody } from '../../analysis/term-pattern.js';

export interface TermHit {
  /** The list entry that matched. */
  entry: string;
  /** As written in the text. */
  found: string;
  start: number;
  end: number;
}

/** Guide terms are typed by people: normalise them like texts ("E-post" → "e post"). */
function normaliseEntry(entry: string): string {
  return normaliseForMatching(entry).text;
}

export function findTerms(text: string, entries: readonly string[]): TermHit[] {
  const byNormal = new Map<string, string>();
  for (const entry of entries) {
    const normal = normaliseEntry(entry);
    if (normal && !byNormal.has(normal)) byNormal.set(normal, entry);
  }
  if (byNormal.size === 0) return [];
  const { text: normal, origin } = normaliseForMatching(text);
  const pattern = compileTermList([...byNormal.keys()]);
  const matchers = [...byNormal].map(([n, entry]) => ({ entry, exact: new RegExp(`^(?:${termBody(n)})$`, 'u') }));
  const hits: TermHit[] = [];
  for (const m of normal.matchAll(pattern)) {
    const start = origin[m.index]!;
    const end = origin[m.index + m[0].length - 1]! + 1;
    const entry = matchers.find((x) => x.exact.test(m[0]))?.entry ?? m[0];
    hits.push({ entry, found: text.slice(start, end), start, end });
  }
  return hits;
}
