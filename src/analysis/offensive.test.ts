import { describe, expect, it } from 'vitest';
import type { AnalysisLanguage } from './analysis.types.js';
import { findOffensiveTerms } from './offensive.js';

describe('findOffensiveTerms', () => {
  it.each<[string, AnalysisLanguage, string[]]>([
    ['Vilken jävla idiot som skrev det här', 'sv', ['jävla', 'idiot']],
    ['Idioter hela bunten!', 'sv', ['Idioter']],
    ['Fan, nu är det trasigt igen', 'sv', ['Fan']],
    ['din hora', 'sv', ['hora']],
    ['är du cp eller?', 'sv', ['cp']],
    ['JÄVLA skitkommun', 'sv', ['JÄVLA']],
    ['Kanker op met je pakket', 'nl', ['Kanker op']],
    ['wat een kankerzooi is dit', 'nl', ['kankerzooi']],
    ['Klootzakken zijn het', 'nl', ['Klootzakken']],
    ['tering, weer geen bus', 'nl', ['tering']],
    ['Wat een debiele app', 'nl', ['debiele']],
    ['This is fucking ridiculous', 'en', ['fucking']],
    ['what a f*ck up', 'en', ['f*ck']],
    ['f u c k you', 'en', ['f u c k']],
    ['you 1d10t', 'en', ['1d10t']],
    ['sh!t service', 'en', ['sh!t']],
    ['total moron', 'en', ['moron']],
    ['Fucking värdelöst', 'sv', ['Fucking']],
    ['What the fuck, kanker op', 'other', ['fuck', 'kanker op']],
  ])('%s (%s) → %j', (text, language, expected) => {
    expect(findOffensiveTerms(text, language)).toEqual(expected);
  });

  it.each<[string, AnalysisLanguage]>([
    ['Jag vill höra mer om det', 'sv'], // höra is not hora
    ['Fantastiskt bra jobbat!', 'sv'],
    ['Big fan of your work', 'en'], // "fan" is only a Swedish curse
    ['Mijn moeder heeft kanker, waar kan ik hulp vinden?', 'nl'],
    ['Steun het kankeronderzoek', 'nl'],
    ['Scunthorpe is lovely', 'en'],
    ['Shiitake mushrooms for dinner', 'en'],
    ['Vi har idiotsäkra instruktioner', 'sv'],
    ['I have a class at 10', 'en'],
    ['Kut is geen Zweeds woord', 'sv'], // "kut" only counts in Dutch
    ['Tack för hjälpen!', 'sv'],
    ['Ni ska sluta hämta soporna?', 'sv'], // "sluta" (stop) is not "slut"
  ])('%s (%s) → nothing', (text, language) => {
    expect(findOffensiveTerms(text, language)).toEqual([]);
  });
});
