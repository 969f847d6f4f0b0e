import { describe, expect, it } from 'vitest';
import { escapeHtml, visitorLanguages } from './faq-page.js';

describe('visitor languages', () => {
  it('puts ?lang= first, then Accept-Language by quality, keeping only sv, nl and en', () => {
    expect(visitorLanguages('EN', 'sv-SE,sv;q=0.9,nl;q=0.8')).toEqual(['en', 'sv', 'nl']);
    expect(visitorLanguages(undefined, 'de-DE, nl;q=0.5, en;q=0.7')).toEqual(['en', 'nl']);
    expect(visitorLanguages('fr', 'sv;q=0, en')).toEqual(['en']);
    expect(visitorLanguages(undefined, undefined)).toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
