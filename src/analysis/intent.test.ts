import { describe, expect, it } from 'vitest';
import type { AnalysisLanguage, Intent, SentimentResult } from './analysis.types.js';
import { classifyIntent } from './intent.js';
import { findOffensiveTerms } from './offensive.js';

const NEUTRAL: SentimentResult = { label: 'neutral', score: 0 };
const NEGATIVE: SentimentResult = { label: 'negative', score: -0.6 };
const POSITIVE: SentimentResult = { label: 'positive', score: 0.6 };

function classify(text: string, language: AnalysisLanguage, sentiment = NEUTRAL): Intent {
  return classifyIntent(text, language, { sentiment, offensiveTerms: findOffensiveTerms(text, language) });
}

describe('classifyIntent (neutral sentiment: keywords and punctuation alone)', () => {
  it.each<[string, AnalysisLanguage, Intent]>([
    ['Hur gör jag för att söka bygglov?', 'sv', 'question'],
    ['När öppnar simhallen igen', 'sv', 'question'],
    ['Kan jag betala med kort på återvinningscentralen?', 'sv', 'question'],
    ['Hoe kan ik mijn bestelling annuleren?', 'nl', 'question'],
    ['Wanneer gaan jullie weer open?', 'nl', 'question'],
    ['How do I reset my password?', 'en', 'question'],
    ['Jag vill lämna ett klagomål, mycket missnöjd med bemötandet.', 'sv', 'complaint'],
    ['Ik heb een klacht: heel erg teleurgesteld in de service.', 'nl', 'complaint'],
    ['Still waiting for my refund, this is unacceptable.', 'en', 'complaint'],
    ['E-tjänsten fungerar inte, jag får bara ett felmeddelande.', 'sv', 'problem_report'],
    ['Gungan på lekplatsen är trasig.', 'sv', 'problem_report'],
    ['De app werkt niet en mijn fiets is kapot.', 'nl', 'problem_report'],
    ["The login page doesn't work, it's broken since this morning.", 'en', 'problem_report'],
    ['Stämmer det att biblioteket ska läggas ner? Läste det på Facebook.', 'sv', 'misunderstanding'],
    ['Is het waar dat jullie winkel sluit? Ik hoorde het van een buurman.', 'nl', 'misunderstanding'],
    ['Is it true that you are closing the pool? Someone said so.', 'en', 'misunderstanding'],
    ['Förslag: fler papperskorgar i parken.', 'sv', 'idea'],
    ['Tip: een ophaalservice voor reparaties zou fijn zijn.', 'nl', 'idea'],
    ['Suggestion: it would be nice to have the calendar in English.', 'en', 'idea'],
    ['Stort tack, bra jobbat!', 'sv', 'praise'],
    ['Top service, bedankt!', 'nl', 'praise'],
    ['Great job, thank you so much!', 'en', 'praise'],
    ['Finns det lediga tjänster? Jag vill gärna jobba hos er.', 'sv', 'job_interest'],
    ['Is er een vacature? Ik wil graag solliciteren.', 'nl', 'job_interest'],
    ['Are you hiring? I would love an internship.', 'en', 'job_interest'],
    ['Tjäna 5000 kr om dagen med bitcoin! Klicka på länken i min bio', 'sv', 'spam'],
    ['Verdien €500 per dag met crypto, stuur me een DM', 'nl', 'spam'],
    ['Earn money fast with crypto: https://get-rich.xyz', 'en', 'spam'],
    ['Ni är inkompetenta allihop, avgå!', 'sv', 'abuse'],
    ['Jullie zijn een stel idioten, oplichters!', 'nl', 'abuse'],
    ['You are fucking morons', 'en', 'abuse'],
    ['din jävla hora', 'sv', 'abuse'],
    ['Jag ska döda er alla', 'sv', 'threat'],
    ['Jag ska spränga kommunhuset', 'sv', 'threat'],
    ['Ik maak je af', 'nl', 'threat'],
    ['I will kill you', 'en', 'threat'],
    ['There is a bomb in your office', 'en', 'threat'],
    ['Okej', 'sv', 'other'],
    ['Vi ses på lördag', 'sv', 'other'],
  ])('%s (%s) → %s', (text, language, expected) => {
    expect(classify(text, language)).toBe(expected);
  });
});

describe('priorities and signals', () => {
  it('a threat wins over abuse and everything else', () => {
    expect(classify('Fucking idiots, I will kill you. How do I reach the mayor?', 'en')).toBe('threat');
    expect(classify('Jävla idioter, jag ska döda er', 'sv')).toBe('threat');
  });

  it('abuse wins over a complaint or a question', () => {
    expect(classify('Why is the bus late again, you idiots?', 'en')).toBe('abuse');
    expect(classify('Hoe lang duurt dit nog, klootzakken?', 'nl')).toBe('abuse');
  });

  it('a curse at a situation is not abuse of a person', () => {
    expect(classify('Tering, er is weer een storing en de app werkt niet', 'nl')).toBe('problem_report');
    expect(classify('Fan, appen fungerar inte igen', 'sv')).toBe('problem_report');
  });

  it('English threats count in Swedish and Dutch posts too', () => {
    expect(classify('Ni ska få betala. I will kill you.', 'sv')).toBe('threat');
  });

  it('negative sentiment without a question leans to complaint', () => {
    expect(classify('Det här var inte roligt alls', 'sv', NEGATIVE)).toBe('complaint');
    expect(classify('Det här var inte roligt alls', 'sv', NEUTRAL)).toBe('other');
  });

  it('positive sentiment leans to praise', () => {
    expect(classify('Det blev en dag att minnas', 'sv', POSITIVE)).toBe('praise');
  });

  it('a customer asking about bitcoin is a question, not spam', () => {
    expect(classify('Kan jag betala med bitcoin?', 'sv')).toBe('question');
  });
});
