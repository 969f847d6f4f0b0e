/** Small helpers for the server-rendered public pages (FAQ, guidelines) and rendered evidence: all text is escaped. */

export type PageLanguage = 'sv' | 'nl' | 'en';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Paragraphs at blank lines, line breaks kept; the text itself is escaped. */
export function htmlParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The visitor's languages in order of preference: ?lang= first, then Accept-Language by q. */
export function visitorLanguages(queryLang: string | undefined, acceptLanguage: string | undefined): PageLanguage[] {
  const wanted: string[] = [];
  if (queryLang) wanted.push(queryLang.toLowerCase());
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: (tag ?? '').split('-')[0]!.toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.lang && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  wanted.push(...ranked.map((entry) => entry.lang));
  return [...new Set(wanted)].filter((l): l is PageLanguage => l === 'sv' || l === 'nl' || l === 'en');
}
