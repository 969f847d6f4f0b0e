/**
 * Formal vs informal address. Swedish: du/dig/din vs ni/er/era (lower-case "er" is also a common
 * word part and pronoun, so it counts only after a preposition or capitalised mid-sentence); Dutch:
 * je/jij/jou/jouw/jullie vs u/uw; English has no T-V distinction, so an informal guide flags stiff
 * phrases instead. Mixing both forms in one reply is always a warning.
 */
import { findTerms } from './find-terms.js';
import type { ToneGuide } from './tone-guide.js';
import type { ToneFinding } from './tone.types.js';

interface Form {
  formal: boolean;
  found: string;
  start: number;
  end: number;
}

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const SV_INFORMAL = new RegExp(`${W}(?:du|dig|din|ditt|dina)${E}`, 'giu');
const SV_FORMAL = new RegExp(`${W}(?:ni|era|ert|eder|edra)${E}`, 'giu');
const SV_ER_AFTER_PREPOSITION = new RegExp(`${W}(?:för|till|med|åt|av|hos|på|om|från) (er)${E}`, 'giu');
const SV_ER_CAPITAL = new RegExp(`(?<=[\\p{L}\\p{N},;:] )Er${E}`, 'gu');
const NL_INFORMAL = new RegExp(`${W}(?:je|jij|jou|jouw|jullie)${E}`, 'giu');
const NL_FORMAL = new RegExp(`${W}(?:u|uw)${E}`, 'giu');
const EN_STIFF = [
  'dear sir or madam',
  'we regret to inform you',
  'please be advised',
  'hereby',
  'herewith',
  'pursuant to',
  'kindly',
  'we acknowledge receipt',
];

function collect(text: string, pattern: RegExp, formal: boolean, group = 0): Form[] {
  return [...text.matchAll(pattern)].map((m) => {
    const found = m[group]!;
    const start = m.index + m[0].length - found.length;
    return { formal, found, start, end: start + found.length };
  });
}

function formsIn(text: string, language: ToneGuide['language']): Form[] {
  if (language === 'sv') {
    const forms = [
      ...collect(text, SV_INFORMAL, false),
      ...collect(text, SV_FORMAL, true),
      ...collect(text, SV_ER_AFTER_PREPOSITION, true, 1),
      ...collect(text, SV_ER_CAPITAL, true),
    ];
    const unique = new Map(forms.map((f) => [f.start, f]));
    return [...unique.values()].sort((a, b) => a.start - b.start);
  }
  if (language === 'nl') {
    return [...collect(text, NL_INFORMAL, false), ...collect(text, NL_FORMAL, true)].sort((a, b) => a.start - b.start);
  }
  return [];
}

const WRONG_FORM = {
  sv: {
    formal: {
      sv: 'Ni-form: guiden säger du.',
      nl: "Zweedse 'ni'-vorm: de richtlijn zegt 'du'.",
      en: "Formal 'ni': the guide says 'du'.",
    },
    informal: {
      sv: 'Du-form: guiden säger ni.',
      nl: "Zweedse 'du'-vorm: de richtlijn zegt 'ni'.",
      en: "Informal 'du': the guide says 'ni'.",
    },
  },
  nl: {
    formal: {
      sv: "U-form: riktlinjen säger 'je'.",
      nl: 'U-vorm: de richtlijn zegt je.',
      en: "Formal 'u': the guide says 'je'.",
    },
    informal: {
      sv: "Je-form: riktlinjen säger 'u'.",
      nl: 'Je-vorm: de richtlijn zegt u.',
      en: "Informal 'je': the guide says 'u'.",
    },
  },
};

const MIXED = {
  sv: {
    sv: 'Blandar du och ni i samma svar.',
    nl: "Mengt 'du' en 'ni' in één antwoord.",
    en: "Mixes 'du' and 'ni' in one reply.",
  },
  nl: {
    sv: "Blandar 'je' och 'u' i samma svar.",
    nl: 'Mengt je en u in één antwoord.',
    en: "Mixes 'je' and 'u' in one reply.",
  },
};

const SV_SWAP: Record<string, string> = {
  ni: 'du',
  er: 'dig',
  era: 'dina',
  ert: 'ditt',
  eder: 'dig',
  edra: 'dina',
  du: 'ni',
  dig: 'er',
  din: 'er',
  ditt: 'ert',
  dina: 'era',
};
const NL_SWAP: Record<string, string> = { u: 'je', uw: 'je', je: 'u', jij: 'u', jou: 'u', jouw: 'uw', jullie: 'u' };

function swap(language: 'sv' | 'nl', found: string): string | undefined {
  const word = (language === 'sv' ? SV_SWAP : NL_SWAP)[found.toLowerCase()];
  if (!word) return undefined;
  return found[0] === found[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

export function checkFormality(text: string, guide: ToneGuide): ToneFinding[] {
  const language = guide.language;
  if (language === 'en') {
    if (guide.formality !== 'informal') return [];
    return findTerms(text, EN_STIFF).map((hit) => ({
      rule: 'formality',
      severity: 'info',
      start: hit.start,
      end: hit.end,
      message: {
        sv: `"${hit.found}" låter stelt för en informell ton.`,
        nl: `"${hit.found}" klinkt stijf voor een informele toon.`,
        en: `"${hit.found}" sounds stiff for an informal tone.`,
      },
    }));
  }
  const forms = formsIn(text, language);
  const findings: ToneFinding[] = [];
  if (guide.formality !== 'any') {
    const wrongIsFormal = guide.formality === 'informal';
    for (const form of forms.filter((f) => f.formal === wrongIsFormal)) {
      const suggestion = swap(language, form.found);
      findings.push({
        rule: 'formality',
        severity: 'warning',
        start: form.start,
        end: form.end,
        message: WRONG_FORM[language][wrongIsFormal ? 'formal' : 'informal'],
        ...(suggestion ? { suggestion } : {}),
      });
    }
  }
  const first = forms[0];
  const other = forms.find((f) => first && f.formal !== first.formal);
  if (other) {
    findings.push({
      rule: 'formality',
      severity: 'warning',
      start: other.start,
      end: other.end,
      message: MIXED[language],
    });
  }
  return findings;
}
