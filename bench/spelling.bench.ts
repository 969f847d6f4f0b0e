/**
 * Spelling benchmark: dictionary load time per language (once per process, cached after), words
 * checked per second on ordinary replies, and the cost of suggestions for misspelled long words.
 *
 *   npx tsx bench/spelling.bench.ts [rounds]
 */
import { checkSpelling, type SpellingLanguage } from '../src/language/spelling/spelling.js';
import { getSpeller } from '../src/language/spelling/speller.js';
import { tokenise } from '../src/language/spelling/tokenise.js';

const ROUNDS = Number(process.argv[2] ?? 200);

const SAMPLES: Record<SpellingLanguage, { text: string; misspelled: string[] }> = {
  sv: {
    text:
      'Hej! Tack för att du hörde av dig om sophämtningen. Avfallshämtningen i ditt område är flyttad till ' +
      'torsdag på grund av helgdagen, och sophämtningsschemat för våren finns på vår webbplats. ' +
      'Förskoleplatserna fördelas av kommunens barn- och utbildningsförvaltning. @kundtjanst #sopor',
    misspelled: ['kommunstyrelsesammanträdenaa', 'sophämtningsschemaa', 'snöröjningg', 'xyzzyqqxyzzyqq'],
  },
  nl: {
    text:
      'Bedankt voor je bericht over de afvalinzameling. De vuilniswagen komt deze week op donderdag, en de ' +
      'fietsenwinkel aan de markt is weer open. Meer informatie vind je op onze website. @gemeente #afval',
    misspelled: ['bezorgingg', 'afvalinzamelingsschemaa', 'fietts'],
  },
  en: {
    text:
      'Thanks for getting in touch about the delivery. The waste collection in your area moves to Thursday ' +
      'because of the bank holiday, and the spring schedule is on our website. @council #bins',
    misspelled: ['recieve', 'accomodationn', 'xyzzyqqxyzzyqq'],
  },
};

for (const language of ['sv', 'nl', 'en'] as const) {
  const speller = getSpeller(language);
  const { text, misspelled } = SAMPLES[language];
  const words = tokenise(text).length;
  checkSpelling(text, language); // warm-up
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) checkSpelling(text, language);
  const seconds = (performance.now() - started) / 1000;
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  console.log(
    `${language}: dictionary loaded in ${Math.round(speller.loadMs)} ms; ` +
      `${Math.round((words * ROUNDS) / seconds).toLocaleString('en')} words/s checked; heap ${heapMb} MB`,
  );
  for (const word of misspelled) {
    const t = performance.now();
    const [issue] = checkSpelling(word, language);
    console.log(
      `  ${word}: suggestions in ${Math.round(performance.now() - t)} ms → ${issue?.suggestions.join(', ') || '(none)'}`,
    );
  }
}
