/**
 * "Official announcements should link to the website": a heuristic, not a classifier. A post that
 * reads like a notice (closures, changed opening hours, "important", "from Monday …") and carries no
 * link gets a warning; people reading it will want the details on the website.
 */
/** Whole words or phrases: \b is ASCII-only and would miss 'öppettider'. */
const words = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

const ANNOUNCEMENT_WORDS: Record<'sv' | 'nl' | 'en', RegExp> = {
  sv: words(
    'meddelande|information|viktigt|observera|stängt|stängd|stänger|öppettider|kungörelse|från och med|inställd|inställt|driftstörning|avbrott|ändrade',
  ),
  nl: words(
    'mededeling|aankondiging|belangrijk|let op|gesloten|sluiten|openingstijden|bekendmaking|vanaf|geannuleerd|storing|onderbreking|gewijzigde',
  ),
  en: words(
    'announcement|notice|important|please note|closed|closing|opening hours|from (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|cancelled|canceled|disruption|outage|changed',
  ),
};
const LINK = /(https?:\/\/\S+|\bwww\.\S+|\b[a-z0-9-]+\.(se|nl|com|org|eu|be|uk|net)(\/\S*)?\b)/iu;

export function isAnnouncement(text: string, language: 'sv' | 'nl' | 'en'): boolean {
  return ANNOUNCEMENT_WORDS[language].test(text);
}

export function hasLink(text: string): boolean {
  return LINK.test(text);
}

export function announcementNeedsLink(text: string, language: 'sv' | 'nl' | 'en'): boolean {
  return isAnnouncement(text, language) && !hasLink(text);
}
