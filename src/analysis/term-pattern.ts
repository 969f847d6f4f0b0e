/**
 * Word-list matching shared by the offensive-wording and intent modules: entries are lower-case words
 * or phrases, a trailing `*` accepts any ending, and texts are normalised first (lower case, accents
 * stripped except å/ä/ö, leetspeak undone inside words, spaced-out letters joined).
 */
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
export function termBody(entry: string): string {
  const words = entry.split(' ').map((word) => {
    const open = word.endsWith('*');
    const letters = [...(open ? word.slice(0, -1) : word)];
    const pattern = letters.map((c, i) => (i === 0 ? escape(c) : `[${escape(c)}*]`)).join('');
    return open ? `${pattern}[\\p{L}*]*` : pattern;
  });
  return words.join(' ');
}

export function compileTerm(entry: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}*])${termBody(entry)}(?![\\p{L}\\p{N}*])`, 'gu');
}

/**
 * A whole list as one alternation (longest entries first, so a phrase wins over its first word):
 * one scan of the text instead of one per entry.
 */
export function compileTermList(entries: readonly string[], anchored = false): RegExp {
  const bodies = [...entries].sort((a, b) => b.length - a.length).map(termBody);
  const start = anchored ? '^' : '(?<![\\p{L}\\p{N}*])';
  return new RegExp(`${start}(?:${bodies.join('|')})(?![\\p{L}\\p{N}*])`, anchored ? 'u' : 'gu');
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export interface Normalised {
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
