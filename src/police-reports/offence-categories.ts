/**
 * Offence categories a police report can name, with their names in sv/nl/en and the provision of
 * the jurisdiction's penal code: the Swedish Brottsbalken (BrB) or the Dutch Wetboek van Strafrecht (Sr).
 */
import type { PageLanguage } from '../shared/html.js';

export const OFFENCE_CATEGORIES = [
  'unlawful_threat',
  'harassment',
  'hate_speech',
  'defamation',
  'privacy_violation',
  'incitement',
  'other',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];
export type Jurisdiction = 'SE' | 'NL';

type Names = Record<PageLanguage, string>;
interface Offence {
  name: Names;
  law: string;
}

const SE: Record<OffenceCategory, Offence> = {
  unlawful_threat: {
    name: { sv: 'Olaga hot', nl: 'Bedreiging (olaga hot)', en: 'Unlawful threat' },
    law: 'BrB 4 kap. 5 §',
  },
  harassment: { name: { sv: 'Ofredande', nl: 'Lastigvallen (ofredande)', en: 'Harassment' }, law: 'BrB 4 kap. 7 §' },
  hate_speech: {
    name: {
      sv: 'Hets mot folkgrupp',
      nl: 'Haatzaaien tegen een bevolkingsgroep (hets mot folkgrupp)',
      en: 'Agitation against a population group',
    },
    law: 'BrB 16 kap. 8 §',
  },
  defamation: { name: { sv: 'Förtal', nl: 'Smaad (förtal)', en: 'Defamation' }, law: 'BrB 5 kap. 1 §' },
  privacy_violation: {
    name: {
      sv: 'Olaga integritetsintrång',
      nl: 'Onrechtmatige inbreuk op de privacy (olaga integritetsintrång)',
      en: 'Unlawful violation of privacy',
    },
    law: 'BrB 4 kap. 6 c §',
  },
  incitement: { name: { sv: 'Uppvigling', nl: 'Opruiing (uppvigling)', en: 'Incitement' }, law: 'BrB 16 kap. 5 §' },
  other: { name: { sv: 'Annat brott', nl: 'Ander strafbaar feit', en: 'Other offence' }, law: '' },
};

const NL: Record<OffenceCategory, Offence> = {
  unlawful_threat: { name: { sv: 'Olaga hot (bedreiging)', nl: 'Bedreiging', en: 'Threat' }, law: 'art. 285 Sr' },
  harassment: { name: { sv: 'Förföljelse (belaging)', nl: 'Belaging', en: 'Stalking' }, law: 'art. 285b Sr' },
  hate_speech: {
    name: {
      sv: 'Grupparumekränkning / hatpropaganda (groepsbelediging / haatzaaien)',
      nl: 'Groepsbelediging / haatzaaien',
      en: 'Group defamation / incitement to hatred',
    },
    law: 'art. 137c/137d Sr',
  },
  defamation: {
    name: { sv: 'Förtal (smaad / laster)', nl: 'Smaad / laster', en: 'Defamation' },
    law: 'art. 261/262 Sr',
  },
  privacy_violation: {
    name: { sv: 'Doxning (doxing)', nl: 'Doxing', en: 'Doxing' },
    law: 'art. 285d Sr',
  },
  incitement: { name: { sv: 'Uppvigling (opruiing)', nl: 'Opruiing', en: 'Incitement' }, law: 'art. 131 Sr' },
  other: { name: { sv: 'Annat brott', nl: 'Ander strafbaar feit', en: 'Other offence' }, law: '' },
};

export interface OffenceCategoryLabel {
  key: OffenceCategory;
  label: string;
  law: string;
}

export function offenceCategory(
  jurisdiction: Jurisdiction,
  key: OffenceCategory,
  language: PageLanguage,
): OffenceCategoryLabel {
  const offence = (jurisdiction === 'NL' ? NL : SE)[key];
  return { key, label: offence.name[language], law: offence.law };
}

/** "Olaga hot (BrB 4 kap. 5 §)": the name with its provision, as the report heads it. */
export function offenceLabel(jurisdiction: Jurisdiction, key: OffenceCategory, language: PageLanguage): string {
  const { label, law } = offenceCategory(jurisdiction, key, language);
  return law ? `${label} (${law})` : label;
}

export function offenceCategories(jurisdiction: Jurisdiction, language: PageLanguage): OffenceCategoryLabel[] {
  return OFFENCE_CATEGORIES.map((key) => offenceCategory(jurisdiction, key, language));
}

/** The jurisdiction a workspace reports to by default: its country's, Sweden otherwise. */
export function defaultJurisdiction(country: string): Jurisdiction {
  return country.toUpperCase() === 'NL' ? 'NL' : 'SE';
}
