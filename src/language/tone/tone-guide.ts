/**
 * A workspace's tone-of-voice guide for one channel and language: what the reply composer checks a
 * draft against. Stored as JSON, so the zod schema is the contract.
 */
import { z } from 'zod';

export const TONE_LANGUAGES = ['sv', 'nl', 'en'] as const;
export type ToneLanguage = (typeof TONE_LANGUAGES)[number];

/** A sign-off pattern comes from a settings form: reject one that is not a valid regular expression. */
function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const term = z.string().trim().min(1).max(100);

export const toneGuideSchema = z.object({
  language: z.enum(TONE_LANGUAGES),
  /** sv: du (informal) vs ni; nl: je/jij vs u; en: informal flags stiff, overly formal phrases. */
  formality: z.enum(['informal', 'formal', 'any']),
  preferredWords: z.array(z.object({ use: term, instead: z.array(term).min(1) })).max(200),
  avoidWords: z.array(z.object({ term, reason: z.string().trim().max(200).optional() })).max(200),
  /** 'sparingly' allows at most one emoji. */
  emoji: z.enum(['none', 'sparingly', 'allowed']),
  signOff: z.object({
    required: z.boolean(),
    /** Tested against the last non-empty line; without it any "/Name" or "– Name" line will do. */
    pattern: z.string().max(200).refine(isRegExp, 'Not a valid regular expression').optional(),
  }),
  /** In graphemes, so an emoji or a flag counts as one, as the networks count them. */
  maxLength: z.number().int().positive().optional(),
  maxSentenceWords: z.number().int().positive().optional(),
  exclamationMarks: z.number().int().min(0).optional(),
  /** When the item went wrong for the person, the reply should apologise. */
  apology: z.boolean().optional(),
});
export type ToneGuide = z.infer<typeof toneGuideSchema>;

const COMMON = {
  formality: 'informal',
  emoji: 'sparingly',
  signOff: { required: true },
  maxLength: 2000,
  maxSentenceWords: 25,
  exclamationMarks: 1,
  apology: true,
} as const;

const DEFAULTS: Record<ToneLanguage, ToneGuide> = {
  sv: {
    ...COMMON,
    language: 'sv',
    preferredWords: [
      { use: 'kund', instead: ['konsument*'] },
      { use: 'fråga', instead: ['ärende', 'ärendet'] },
      { use: 'få', instead: ['erhålla'] },
    ],
    avoidWords: [
      { term: 'handläggning*', reason: 'Myndighetsspråk' },
      { term: 'i enlighet med', reason: 'Kanslisvenska' },
      { term: 'vederbörande', reason: 'Kanslisvenska' },
    ],
  },
  nl: {
    ...COMMON,
    language: 'nl',
    preferredWords: [
      { use: 'bedankt', instead: ['dank u wel', 'hartelijk dank'] },
      { use: 'meteen', instead: ['per direct'] },
    ],
    avoidWords: [
      { term: 'conform', reason: 'Ambtelijk' },
      { term: 'middels', reason: 'Ambtelijk' },
      { term: 'inzake', reason: 'Ambtelijk' },
    ],
  },
  en: {
    ...COMMON,
    language: 'en',
    preferredWords: [
      { use: 'get', instead: ['obtain'] },
      { use: 'help', instead: ['assistance'] },
    ],
    avoidWords: [
      { term: 'per our policy', reason: 'Sounds defensive' },
      { term: 'at your earliest convenience', reason: 'Stiff' },
      { term: 'escalate', reason: 'Internal jargon' },
    ],
  },
};

/** A fresh copy, so a caller may edit it into the workspace's own guide. */
export function defaultToneGuide(language: ToneLanguage): ToneGuide {
  return structuredClone(DEFAULTS[language]);
}
