/**
 * Tokeniser for social text in Swedish, Dutch and English. Lower-cases words, keeps emoji and
 * emoticons as tokens (they carry much of the sentiment in social posts), keeps `! ? . , ; :` (they
 * end a negation's reach), and drops
 * URLs, e-mail addresses and @mentions entirely: a link or a user name says nothing about the
 * writer's mood.
 */
const URL_RE = /(?:https?:\/\/|www\.)\S+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const MENTION_RE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;

/** Emoticons written with punctuation, mapped to the emoji that mean the same. */
const EMOTICONS: Record<string, string> = {
  ':)': '🙂',
  ':-)': '🙂',
  '=)': '🙂',
  ':]': '🙂',
  ':d': '😄',
  ':-d': '😄',
  xd: '😆',
  ';)': '😉',
  ';-)': '😉',
  ':p': '😛',
  ':-p': '😛',
  ':(': '🙁',
  ':-(': '🙁',
  ';(': '😢',
  ":'(": '😢',
  ':/': '😕',
  ':-/': '😕',
  '<3': '❤',
};

// Order matters: emoticons before words so ":D" is not read as the word "d".
const TOKEN_RE =
  /(?:[:;=][-']?[()\][dDpP/]|<3|\b[xX][dD]\b)|\p{Extended_Pictographic}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[!?.,;:]/gu;

/** Punctuation that ends a clause: negation does not reach across it ("doesn't work, super annoying"). */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['!', '?', '.', ',', ';', ':']);

/** Removes URLs, e-mail addresses and @mentions; exported so tests can check what is ignored. */
export function stripNoise(text: string): string {
  return text.replace(URL_RE, ' ').replace(EMAIL_RE, ' ').replace(MENTION_RE, '$1 ');
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of stripNoise(text).matchAll(TOKEN_RE)) {
    const raw = match[0];
    const lower = raw.toLowerCase();
    tokens.push(EMOTICONS[lower] ?? lower);
  }
  return tokens;
}

const EMOJI_RE = /^\p{Extended_Pictographic}$/u;

export function isEmoji(token: string): boolean {
  return EMOJI_RE.test(token);
}

const EMOJI_AND_EMOTICONS_RE =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|[:;=][-']?[()\][dDpP/]|<3|\b[xX][dD]\b/gu;

/** The text without emoji and emoticons (and without URLs and mentions, which are dropped anyway). */
export function stripEmoji(text: string): string {
  return stripNoise(text).replace(EMOJI_AND_EMOTICONS_RE, ' ');
}

export function hasEmoji(text: string): boolean {
  return tokenize(text).some(isEmoji);
}
