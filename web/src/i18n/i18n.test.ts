import { describe, expect, it } from 'vitest';
import en from './en';
import nl from './nl';
import sv from './sv';

/**
 * Keys whose text is rightly the same in every language: proper nouns (product, network and
 * language names) and words Swedish and Dutch share with English.
 */
const SAME_AS_ENGLISH = new Set([
  'app.name',
  'languages.en',
  'languages.sv',
  'languages.nl',
  'channels.kind.bluesky',
  'channels.kind.mastodon',
  'channels.kind.facebook',
  'channels.kind.instagram',
  'channels.ingest.webhook', // the technical term is used as is in Swedish and Dutch
  'roles.moderator', // "Moderator" in Swedish and Dutch too
  'team.statusLabel', // "Status" in Swedish and Dutch too
]);

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object') for (const [k, v] of flatten(child, path)) out.set(k, v);
    else out.set(path, child);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const english = flatten(en);
const translations = { sv: flatten(sv), nl: flatten(nl) };

describe('translations', () => {
  it('English has texts and every one is a non-empty string', () => {
    expect(english.size).toBeGreaterThan(100);
    for (const [key, text] of english) expect(typeof text === 'string' && text.trim() !== '', `en: ${key}`).toBe(true);
  });

  for (const [language, messages] of Object.entries(translations)) {
    describe(language, () => {
      it('has exactly the keys of English', () => {
        expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has no empty text', () => {
        const empty = [...messages]
          .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
          .map(([key]) => key);
        expect(empty).toEqual([]);
      });

      it('translates every text except the allowed proper nouns', () => {
        const untranslated = [...messages]
          .filter(([key, text]) => text === english.get(key) && !SAME_AS_ENGLISH.has(key))
          .map(([key]) => key);
        expect(untranslated).toEqual([]);
      });

      it('keeps the same {{placeholders}} as English', () => {
        const wrong = [...english]
          .filter(
            ([key, text]) =>
              JSON.stringify(placeholders(String(text))) !==
              JSON.stringify(placeholders(String(messages.get(key) ?? ''))),
          )
          .map(([key]) => key);
        expect(wrong).toEqual([]);
      });
    });
  }

  it('the allowlist names only keys that exist', () => {
    for (const key of SAME_AS_ENGLISH) expect(english.has(key), key).toBe(true);
  });
});
