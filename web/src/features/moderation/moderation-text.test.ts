import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { authorText, reasonText } from './moderation-text';
import en from './i18n/en';

/** English texts by key, with {{placeholders}} filled in, as i18next would. */
const t = ((key: string, options?: Record<string, unknown>) => {
  const path = key.replace(/^moderation\./, '').split('.');
  let text: unknown = en;
  for (const part of path) text = (text as Record<string, unknown> | undefined)?.[part];
  if (typeof text !== 'string') return (options?.defaultValue as string | undefined) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name] ?? ''));
}) as unknown as TFunction;

describe('reasonText', () => {
  it('names analysis codes in words, and unknown codes as such', () => {
    expect(reasonText(t, { source: 'analysis', code: 'threat' })).toBe('Threat');
    expect(reasonText(t, { source: 'analysis', code: 'personal_data' })).toBe('Personal data in public');
    expect(reasonText(t, { source: 'analysis', code: 'brand_new' })).toBe('Other reason (brand_new)');
  });

  it('names a rule with what it matched, and a flag with who and their note', () => {
    expect(reasonText(t, { source: 'rule', ruleName: 'Hotord', matched: ['döda', 'du bor'] })).toBe(
      'Rule “Hotord” (döda, du bor)',
    );
    expect(reasonText(t, { source: 'flag', userName: 'Sara', note: 'Kolla' })).toBe('Flagged by Sara: “Kolla”');
    expect(reasonText(t, { source: 'flag' })).toBe('Flagged by a colleague');
  });
});

describe('authorText', () => {
  it('shows name and handle, or whatever is known', () => {
    expect(authorText('arg.granne', 'Arg Granne', '?')).toBe('Arg Granne (@arg.granne)');
    expect(authorText('@arg.granne', null, '?')).toBe('@arg.granne');
    expect(authorText(null, null, 'Unknown')).toBe('Unknown');
  });
});
