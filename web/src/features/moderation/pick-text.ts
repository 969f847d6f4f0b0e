/** The text of a {sv,nl,en} map in the wanted language, else English, else whatever is there. */
import type { Language } from '../../api/types';

export function pickText(map: Partial<Record<Language, string>> | null | undefined, language: Language): string {
  if (!map) return '';
  return map[language]?.trim() || map.en?.trim() || Object.values(map).find((v) => v?.trim()) || '';
}
