/**
 * The countable rules: emoji, length in graphemes, words per sentence, exclamation marks. Graphemes
 * and sentences come from Intl.Segmenter, so "👍🏽" or a flag is one character as people see it.
 */
import type { ToneGuide } from './tone-guide.js';
import type { ToneFinding } from './tone.types.js';

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

function graphemes(text: string, language: string): Intl.SegmentData[] {
  return [...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(text)];
}

export function graphemeCount(text: string, language = 'en'): number {
  return graphemes(text, language).length;
}

/** One per emoji as seen: a skin-tone or ZWJ sequence is one grapheme with pictographs in it. */
export function findEmoji(text: string, language = 'en'): Intl.SegmentData[] {
  return graphemes(text, language).filter((g) => PICTOGRAPHIC.test(g.segment));
}

export function checkEmoji(text: string, guide: ToneGuide): ToneFinding[] {
  const emoji = findEmoji(text, guide.language);
  const allowed = guide.emoji === 'none' ? 0 : guide.emoji === 'sparingly' ? 1 : Infinity;
  return emoji.slice(allowed).map((e) => ({
    rule: 'emoji',
    severity: 'warning',
    start: e.index,
    end: e.index + e.segment.length,
    message:
      allowed === 0
        ? { sv: 'Guiden säger inga emojier.', nl: 'De richtlijn zegt geen emoji.', en: 'The guide says no emoji.' }
        : {
            sv: 'Guiden säger högst en emoji.',
            nl: 'De richtlijn zegt hooguit één emoji.',
            en: 'The guide says one emoji at most.',
          },
  }));
}

export function checkLength(text: string, guide: ToneGuide): ToneFinding[] {
  if (guide.maxLength === undefined) return [];
  const count = graphemeCount(text, guide.language);
  if (count <= guide.maxLength) return [];
  const max = guide.maxLength;
  return [
    {
      rule: 'length',
      severity: 'warning',
      message: {
        sv: `${count} tecken, guiden säger högst ${max}.`,
        nl: `${count} tekens, de richtlijn zegt hooguit ${max}.`,
        en: `${count} characters; the guide says ${max} at most.`,
      },
    },
  ];
}

export function checkSentenceLength(text: string, guide: ToneGuide): ToneFinding[] {
  const max = guide.maxSentenceWords;
  if (max === undefined) return [];
  const words = new Intl.Segmenter(guide.language, { granularity: 'word' });
  const findings: ToneFinding[] = [];
  for (const sentence of new Intl.Segmenter(guide.language, { granularity: 'sentence' }).segment(text)) {
    const count = [...words.segment(sentence.segment)].filter((w) => w.isWordLike).length;
    if (count <= max) continue;
    const trimmed = sentence.segment.trimEnd();
    findings.push({
      rule: 'sentence_length',
      severity: 'info',
      start: sentence.index,
      end: sentence.index + trimmed.length,
      message: {
        sv: `Lång mening (${count} ord, högst ${max}): dela upp den.`,
        nl: `Lange zin (${count} woorden, hooguit ${max}): splits hem.`,
        en: `Long sentence (${count} words, ${max} at most): split it.`,
      },
    });
  }
  return findings;
}

export function checkExclamations(text: string, guide: ToneGuide): ToneFinding[] {
  const max = guide.exclamationMarks;
  if (max === undefined) return [];
  const marks = [...text.matchAll(/!/gu)];
  if (marks.length <= max) return [];
  const first = marks[max]!;
  return [
    {
      rule: 'exclamation',
      severity: 'warning',
      start: first.index,
      end: marks[marks.length - 1]!.index + 1,
      message: {
        sv: `${marks.length} utropstecken, guiden säger högst ${max}.`,
        nl: `${marks.length} uitroeptekens, de richtlijn zegt hooguit ${max}.`,
        en: `${marks.length} exclamation marks; the guide says ${max} at most.`,
      },
    },
  ];
}
