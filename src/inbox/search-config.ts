/** The Postgres text search configuration for a workspace or item language (as in items.search). */
export function searchConfigFor(language: string | null | undefined): string {
  switch (language) {
    case 'sv':
      return 'swedish';
    case 'nl':
      return 'dutch';
    case 'en':
      return 'english';
    default:
      return 'simple';
  }
}

/**
 * Postgres' Swedish stemmer leaves definite singulars alone (fakturan, huset, äpplet), so searching
 * "fakturan" would miss "faktura" and "skola" would miss "skolan". For a plain query (no quotes or
 * operators) each word gets its base forms as alternatives, and words of five letters or more also
 * match as a prefix of their stem (written `word:*`); one list of alternatives per word, all words
 * required. Returns null when there is nothing to add.
 */
export function searchWordVariants(language: string | null | undefined, text: string): string[][] | null {
  if (language !== 'sv' || /["-]|\bor\b/i.test(text)) return null;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > 8) return null;
  let added = false;
  const groups = words.map((word) => {
    const forms = new Set([word]);
    if (word.length > 4 && word.endsWith('an')) forms.add(word.slice(0, -1)); // skolan → skola
    if (word.length > 4 && word.endsWith('et')) {
      forms.add(word.slice(0, -2)); // huset → hus
      forms.add(word.slice(0, -1)); // äpplet → äpple
    }
    if (word.length >= 5) forms.add(`${word}:*`);
    if (forms.size > 1) added = true;
    return [...forms];
  });
  return added ? groups : null;
}
