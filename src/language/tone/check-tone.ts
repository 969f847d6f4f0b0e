/**
 * The live tone-of-voice check of a draft reply against the channel's guide. Pure and fast, so the
 * composer can run it on every keystroke; findings carry offsets for highlighting and a short
 * explanation in sv, nl and en.
 */
import { findTerms } from './find-terms.js';
import { checkFormality } from './formality.js';
import { checkEmoji, checkExclamations, checkLength, checkSentenceLength } from './measures.js';
import type { ToneGuide, ToneLanguage } from './tone-guide.js';
import type { ToneContext, ToneFinding } from './tone.types.js';

export { defaultToneGuide, toneGuideSchema, type ToneGuide, type ToneLanguage } from './tone-guide.js';
export type { ToneContext, ToneFinding, ToneRule, Trilingual } from './tone.types.js';

const APOLOGIES: Record<ToneLanguage, string[]> = {
  sv: ['ursäkt*', 'förlåt*', 'beklagar', 'beklaga'],
  nl: ['excuses', 'excuus', 'sorry', 'het spijt ons', 'het spijt me', 'spijt ons', 'spijt me'],
  en: ['sorry', 'apologise*', 'apologize*', 'apologies'],
};

const GREETING: Record<ToneLanguage, string> = { sv: 'Hej', nl: 'Hoi', en: 'Hi' };

/** "/Anna", "– Anna", "—Anna": a name after a slash or dash on its own line. */
const DEFAULT_SIGN_OFF = /^\s*[/\p{Pd}]\s*\p{L}/u;

function checkAvoidWords(text: string, guide: ToneGuide): ToneFinding[] {
  const reasons = new Map(guide.avoidWords.map((w) => [w.term, w.reason]));
  return findTerms(text, [...reasons.keys()]).map((hit) => {
    const reason = reasons.get(hit.entry);
    const why = reason ? `: ${reason}` : '.';
    return {
      rule: 'avoid_word',
      severity: 'warning',
      start: hit.start,
      end: hit.end,
      message: {
        sv: `Guiden säger: undvik "${hit.found}"${why}`,
        nl: `De richtlijn zegt: vermijd "${hit.found}"${why}`,
        en: `The guide says: avoid "${hit.found}"${why}`,
      },
    };
  });
}

function checkPreferredWords(text: string, guide: ToneGuide): ToneFinding[] {
  const preferred = new Map<string, string>();
  for (const word of guide.preferredWords) for (const instead of word.instead) preferred.set(instead, word.use);
  return findTerms(text, [...preferred.keys()]).map((hit) => {
    const use = preferred.get(hit.entry)!;
    return {
      rule: 'preferred_word',
      severity: 'info',
      start: hit.start,
      end: hit.end,
      message: {
        sv: `Skriv hellre "${use}" än "${hit.found}".`,
        nl: `Schrijf liever "${use}" dan "${hit.found}".`,
        en: `Prefer "${use}" to "${hit.found}".`,
      },
      suggestion: use,
    };
  });
}

function checkSignOff(text: string, guide: ToneGuide): ToneFinding[] {
  if (!guide.signOff.required) return [];
  const lines = text.split(/\r?\n/u).filter((line) => line.trim() !== '');
  const last = lines.at(-1) ?? '';
  // A custom pattern may span the last lines ("/Anna\nEkeby kommun"), so it also gets the last three.
  const ok = guide.signOff.pattern
    ? [last, lines.slice(-3).join('\n')].some((tail) => new RegExp(guide.signOff.pattern!, 'u').test(tail))
    : lines.length > 1 && DEFAULT_SIGN_OFF.test(last);
  if (ok) return [];
  return [
    {
      rule: 'sign_off',
      severity: 'warning',
      message: {
        sv: 'Signatur saknas i slutet, t.ex. "/Anna".',
        nl: 'Ondertekening ontbreekt aan het eind, bijv. "/Anna".',
        en: 'Sign-off missing at the end, e.g. "/Anna".',
      },
    },
  ];
}

function checkApology(text: string, guide: ToneGuide, context: ToneContext): ToneFinding[] {
  if (!context.shouldApologise || guide.apology === false) return [];
  if (findTerms(text, APOLOGIES[guide.language]).length > 0) return [];
  return [
    {
      rule: 'apology',
      severity: 'warning',
      message: {
        sv: 'Något gick fel för personen: be om ursäkt, t.ex. "Vi beklagar".',
        nl: 'Er ging iets mis voor deze persoon: bied excuses aan, bijv. "Het spijt ons".',
        en: 'Something went wrong for this person: apologise, e.g. "We\'re sorry".',
      },
    },
  ];
}

/** Addressing the person by name is friendlier; only for names that look like names, not handles. */
function checkGreetingName(text: string, guide: ToneGuide, context: ToneContext): ToneFinding[] {
  const firstName = context.authorName?.trim().split(/\s+/u)[0] ?? '';
  if (!/^\p{L}[\p{L}'-]+$/u.test(firstName)) return [];
  if (findTerms(text, [firstName]).length > 0) return [];
  return [
    {
      rule: 'greeting_name',
      severity: 'info',
      message: {
        sv: `Tilltala gärna ${firstName} med namn.`,
        nl: `Spreek ${firstName} gerust aan met naam.`,
        en: `Consider addressing ${firstName} by name.`,
      },
      suggestion: `${GREETING[guide.language]} ${firstName}`,
    },
  ];
}

export function checkTone(text: string, guide: ToneGuide, context: ToneContext = {}): ToneFinding[] {
  const findings = [
    ...checkFormality(text, guide),
    ...checkAvoidWords(text, guide),
    ...checkPreferredWords(text, guide),
    ...checkEmoji(text, guide),
    ...checkSignOff(text, guide),
    ...checkLength(text, guide),
    ...checkSentenceLength(text, guide),
    ...checkExclamations(text, guide),
    ...checkApology(text, guide, context),
    ...checkGreetingName(text, guide, context),
  ];
  // Passages in reading order, then the findings about the reply as a whole.
  return findings.sort((a, b) => (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER));
}
