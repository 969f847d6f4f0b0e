import { describe, expect, it } from 'vitest';
import type { AnalysisLanguage } from './analysis.types.js';
import { detectLanguage } from './language.js';

/** Real-looking social media texts, short ones first: the hard case for statistical detectors. */
const TABLE: [string, AnalysisLanguage][] = [
  ['tack!', 'sv'],
  ['Tack så mycket 🙏', 'sv'],
  ['hej', 'sv'],
  ['Hejsan!', 'sv'],
  ['Grymt jobbat!', 'sv'],
  ['varför då?', 'sv'],
  ['bedankt!', 'nl'],
  ['dank je wel', 'nl'],
  ['hoi', 'nl'],
  ['Top, bedankt 👍', 'nl'],
  ['waarom niet?', 'nl'],
  ['Goedemorgen @gemeente', 'nl'],
  ['thanks!', 'en'],
  ['Thank you so much', 'en'],
  ['hello', 'en'],
  ['why not?', 'en'],
  ['Great job @cityhall', 'en'],
  ['Hur gör jag för att söka bygglov? Hittar inget på hemsidan.', 'sv'],
  ['Soptunnan har inte tömts på tre veckor, helt oacceptabelt. Vad betalar vi skatt för?', 'sv'],
  ['Appen fungerar inte sedan uppdateringen igår, jag kan inte logga in.', 'sv'],
  ['Vilken fin utställning på biblioteket, tack för en trevlig eftermiddag!', 'sv'],
  ['Finns det lediga tjänster inom äldreomsorgen? Jag vill gärna jobba hos er.', 'sv'],
  ['När öppnar badhuset igen efter renoveringen?', 'sv'],
  ['Hoe kan ik mijn abonnement opzeggen? Ik kan het nergens vinden.', 'nl'],
  ['De app werkt al twee dagen niet, ik krijg steeds een foutmelding.', 'nl'],
  ['Heel erg teleurgesteld in jullie klantenservice, niemand belt terug.', 'nl'],
  ['Wat een leuke actie, echt top gedaan!', 'nl'],
  ['Hebben jullie nog vacatures voor de zomer? Ik wil graag solliciteren.', 'nl'],
  ['Wanneer wordt mijn pakket eindelijk bezorgd?', 'nl'],
  ['How do I apply for a parking permit? The form keeps crashing.', 'en'],
  ['My order arrived broken and nobody answers my emails. Very disappointed.', 'en'],
  ['Love the new update, the app is so much faster now!', 'en'],
  ['Are you hiring? I would love to work with your team.', 'en'],
  ['When will the road works on Main Street be finished?', 'en'],
  ['Earn money fast with bitcoin, click the link in my bio!!!', 'en'],
  ['Hvorfor virker appen ikke? Jeg har prøvet flere gange.', 'other'],
  ['Tak for hjælpen, det var meget venligt af jer.', 'other'],
  ['Hvordan søker jeg om parkeringstillatelse i kommunen?', 'other'],
  ['Warum funktioniert die App seit gestern nicht mehr?', 'other'],
  ['Vielen Dank für die schnelle Antwort!', 'other'],
  ['danke', 'other'],
  ['Merci beaucoup pour votre aide', 'other'],
  ['¿Cuándo abre la biblioteca mañana?', 'other'],
  ['Kiitos paljon avusta!', 'other'],
  ['👍👍👍', 'other'],
  ['https://example.com', 'other'],
];

describe('detectLanguage', () => {
  it.each(TABLE)('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('covers at least 40 texts with every outcome', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TABLE.map(([, lang]) => lang))).toEqual(new Set(['sv', 'nl', 'en', 'other']));
  });
});
