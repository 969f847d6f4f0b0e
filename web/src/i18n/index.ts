/**
 * i18next setup. The language is, in order: the one the user chose (saved on their account and
 * mirrored in localStorage so the login page uses it too), the browser's, English.
 */
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../api/types';
import en from './en';
import nl from './nl';
import sv from './sv';

const STORAGE_KEY = 'samtal.language';

export const resources = { en: { translation: en }, sv: { translation: sv }, nl: { translation: nl } } as const;

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true, // sv-SE → sv, nl-BE → nl
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: STORAGE_KEY, caches: [] },
    returnNull: false,
  });

function syncHtmlLang(lng: string) {
  document.documentElement.lang = currentLanguage(lng);
}
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

export function currentLanguage(lng = i18n.resolvedLanguage ?? i18n.language): Language {
  const short = (lng ?? 'en').slice(0, 2) as Language;
  return LANGUAGES.includes(short) ? short : 'en';
}

/**
 * The locale for dates and numbers. English readers in Sweden and the Netherlands expect a 24-hour
 * clock and day-month order, so English formats as en-GB.
 */
export function formatLocale(lng = i18n.resolvedLanguage ?? i18n.language): string {
  return { en: 'en-GB', sv: 'sv-SE', nl: 'nl-NL' }[currentLanguage(lng)];
}

/** The browser's preferred language among ours, else English. */
export function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const short = tag.slice(0, 2).toLowerCase() as Language;
    if (LANGUAGES.includes(short)) return short;
  }
  return 'en';
}

/** Apply the account's language choice (null: follow the browser). */
export async function applyLanguage(language: Language | null) {
  if (language) localStorage.setItem(STORAGE_KEY, language);
  else localStorage.removeItem(STORAGE_KEY);
  const next = language ?? browserLanguage();
  if (currentLanguage() !== next) await i18n.changeLanguage(next);
}

export default i18n;
