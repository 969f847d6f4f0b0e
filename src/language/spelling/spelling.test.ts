import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkspaceWords, checkSpelling, preloadSpelling, type SpellingLanguage } from './spelling.js';
import { getSpeller } from './speller.js';

const flagged = (text: string, language: SpellingLanguage) => checkSpelling(text, language).map((i) => i.word);

beforeAll(() => {
  // Loading takes seconds; do it once here so single tests measure checking, not loading.
  preloadSpelling();
}, 120_000);

describe('Swedish', () => {
  it('accepts simple words, also with a sentence-initial capital', () => {
    expect(flagged('Tack för hjälpen, kommunen svarar. Hjälp finns.', 'sv')).toEqual([]);
  });

  it('accepts compounds the dictionary does not list as a whole', () => {
    const compounds = ['avfallshämtningen', 'sophämtningsschema', 'snöröjningsbilen', 'biblioteksbesöket'];
    const speller = getSpeller('sv');
    // Proof that these come from our compound check, not from the word list.
    for (const word of compounds) expect(speller.nspell.correct(word)).toBe(false);
    expect(flagged(compounds.join(' '), 'sv')).toEqual([]);
    expect(flagged('förskoleplats kommunstyrelsen', 'sv')).toEqual([]);
  });

  it('follows SIMPLIFIEDTRIPLE: "natt"+"tåg" is "nattåg", and three t are wrong', () => {
    expect(flagged('nattåg', 'sv')).toEqual([]);
    expect(flagged('natttåg', 'sv')).toEqual(['natttåg']);
  });

  it('flags misspellings — the accept-everything bug is gone', () => {
    expect(flagged('kommunnen hjälpp trafikn sjukhuz xyzzyqq snöröjningg', 'sv')).toEqual([
      'kommunnen',
      'hjälpp',
      'trafikn',
      'sjukhuz',
      'xyzzyqq',
      'snöröjningg',
    ]);
  });

  it('accepts number words built by COMPOUNDRULE, anchored (not everything)', () => {
    expect(flagged('trehundratjugonio åttiosjuåringen', 'sv')).toEqual([]);
    expect(flagged('trehundratjugonioo', 'sv')).toEqual(['trehundratjugonioo']);
  });

  it('does not accept parts that only exist inside compounds ("ränte-" as in "räntehöjning")', () => {
    expect(flagged('räntehöjning', 'sv')).toEqual([]);
    expect(flagged('ränte', 'sv')).toEqual(['ränte']);
    // "åring" is compound-only in the dictionary, and so are its inflections.
    expect(flagged('åringen tvååringen', 'sv')).toEqual(['åringen']);
  });

  it('gives at most five suggestions, the right one among them, with the original case', () => {
    const [issue] = checkSpelling('Sjukhuz', 'sv');
    expect(issue?.suggestions).toContain('Sjukhus');
    const [snow] = checkSpelling('snöröjningg', 'sv');
    expect(snow?.suggestions[0]).toBe('snöröjning');
    for (const i of checkSpelling('hjälpp trafikn sophämtningsschemaa', 'sv')) {
      expect(i.suggestions.length).toBeLessThanOrEqual(5);
    }
  });

  it('suggests quickly even for a long misspelled compound', () => {
    const started = performance.now();
    const [issue] = checkSpelling('kommunstyrelsesammanträdenaa', 'sv');
    expect(issue?.suggestions).toContain('kommunstyrelsesammanträdena');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('Dutch', () => {
  it('accepts words and compounds, flags misspellings', () => {
    expect(flagged('Bedankt voor de fietsenwinkel', 'nl')).toEqual([]);
    expect(flagged('fietts bezorgingg', 'nl')).toEqual(['fietts', 'bezorgingg']);
    expect(checkSpelling('bezorgingg', 'nl')[0]?.suggestions).toContain('bezorging');
  });

  it('follows CHECKCOMPOUNDPATTERN: vowel clashes need a hyphen ("auto-onderdeel", not "autoonderdeel")', () => {
    expect(flagged('autoonderdeel zeeegel', 'nl')).toEqual(['autoonderdeel', 'zeeegel']);
    expect(flagged('auto-onderdeel zee-egel', 'nl')).toEqual([]);
  });

  it('reads "ij" as the dictionary\'s "ĳ" in compounds, and handles number compounds', () => {
    expect(flagged('wijkagent prijsverhoging vijfhonderd achtjarig', 'nl')).toEqual([]);
    const [issue] = checkSpelling('wijkagentt', 'nl');
    expect(issue?.suggestions).toContain('wijkagent');
  });
});

describe('English', () => {
  it('accepts words, flags "recieve" and suggests "receive"', () => {
    expect(flagged("Thanks for the delivery, don't worry about the council's team", 'en')).toEqual([]);
    const issues = checkSpelling('I did not recieve it', 'en');
    expect(issues).toEqual([{ word: 'recieve', start: 10, end: 17, suggestions: expect.arrayContaining(['receive']) }]);
  });
});

describe('suggestions two edits away', () => {
  it('finds "accommodation" for "accomodationn" (a missing and an extra letter)', () => {
    expect(checkSpelling('accomodationn', 'en')[0]?.suggestions).toContain('accommodation');
  });
});

describe('what is not checked', () => {
  it('skips mentions, hashtags, URLs, e-mail addresses, numbers, acronyms and emoji', () => {
    const text = '@sjukhuz #xyzzyqq https://exempel.se/trafikn www.hjälpp.nu anna@kommunnen.se 112 60-talet SMHI 🎉';
    expect(checkSpelling(text, 'sv')).toEqual([]);
  });

  it('reports positions of the misspelled part of a hyphenated word', () => {
    const text = 'Se e-post och kommun-sjukhuz';
    const issues = checkSpelling(text, 'sv');
    expect(issues.map((i) => [i.word, text.slice(i.start, i.end)])).toEqual([['sjukhuz', 'sjukhuz']]);
  });

  it('stays fast on pasted junk and long texts', () => {
    const junk = 'a'.repeat(500) + ' ' + 'kommunensophämtning'.repeat(20);
    const started = performance.now();
    expect(flagged(junk, 'sv')).toHaveLength(2);
    const reply = 'Tack för ditt meddelande om avfallshämtningen, vi återkommer. '.repeat(200);
    expect(flagged(reply, 'sv')).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('accepts workspace words such as organisation names once added', () => {
    expect(flagged('Samtalkommunen', 'en')).toEqual(['Samtalkommunen']);
    addWorkspaceWords('en', ['Samtalkommunen']);
    expect(flagged('Samtalkommunen', 'en')).toEqual([]);
  });
});
