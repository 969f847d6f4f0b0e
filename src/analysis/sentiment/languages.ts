/**
 * Per-language lexicon set-ups: the shipped lexicons plus a few hand-added everyday words the source
 * lexicons lack (they are adjective/lemma lists: no "tack", "bedankt", "usch"), negators, intensifiers
 * and simple suffix stripping so inflected forms ("fantastiskt", "slechte") find their lemma.
 */
import { readJsonAsset, readPackageJson } from './assets.js';
import { emojiTable } from './emoji-lexicon.js';
import type { EmojiLookup, LexiconLanguage } from './lexicon-scorer.js';

type Polarities = Record<string, number>;

/**
 * SentimentLex scores some very frequent senses that are neutral in everyday use ("vara" −2, "ha" +2,
 * "om" −2, "hel" +2 …); these function-like words are zeroed so they do not swamp real opinions.
 */
const SV_NOT_POLAR = (
  'vara ha om kunna få komma göra ta nu gå se också två hel hela känna lång tidig skriva ligga tro gälla ' +
  'börja stå hålla spela olik använda viss tänka öka nära lägga kalla ofta anse just fortsätta sitta ' +
  'sätta kvar grund ung skapa sluta bygga leva snar stor ny liten gammal hög viktig klar'
).split(' ');

const SV_EXTRA: Polarities = {
  tack: 1,
  tacksam: 1,
  grattis: 1,
  värdelös: -1.5,
  värdelöst: -1.5,
  usch: -1,
  skit: -1,
  jävla: -0.5,
  fan: -0.5,
  hata: -1.5,
  hatar: -1.5,
  bäst: 1,
  bästa: 1,
  sämst: -1.5,
  sämsta: -1.5,
  toppen: 1,
  kanon: 1,
  klaga: -0.5,
  besviken: -1,
  besvikna: -1,
  tyvärr: -0.5,
  krya: 0.5,
  ...Object.fromEntries(SV_NOT_POLAR.map((word) => [word, 0])),
};

const NL_EXTRA: Polarities = {
  bedankt: 1,
  dank: 1,
  dankjewel: 1,
  bedankje: 1,
  helaas: -0.8,
  klacht: -0.8,
  haat: -1.5,
  hekel: -1,
  waardeloze: -1.6,
  balen: -1,
  geholpen: 0.5,
  gefeliciteerd: 1,
  toppie: 1,
  // Pattern's "laat" (late) is negative, but "hoe laat …?" (what time …?) is a common neutral question.
  laat: -0.3,
};

const EN_EXTRA: Polarities = {
  refund: -0.3,
  unacceptable: -1.5,
  useless: -1.5,
};

const SV_SUFFIXES = [
  'arna',
  'erna',
  'orna',
  'aste',
  'are',
  'ast',
  'ade',
  'ande',
  'ar',
  'er',
  'or',
  'na',
  'en',
  'et',
  'a',
  'e',
  't',
  's',
];
const NL_SUFFIXES = ['ste', 'st', 'er', 'e', 's'];
const EN_SUFFIXES: string[] = [];

function makeLookup(lexicon: Polarities, extra: Polarities, suffixes: string[]) {
  const words = new Map<string, number>(Object.entries({ ...lexicon, ...extra }));
  return (token: string): number | undefined => {
    const exact = words.get(token);
    if (exact !== undefined) return exact || undefined; // 0 = known to be not polar
    for (const suffix of suffixes) {
      if (token.length - suffix.length >= 3 && token.endsWith(suffix)) {
        const stem = token.slice(0, -suffix.length);
        const value = words.get(stem) ?? (suffix === 't' ? undefined : words.get(stem + 'a'));
        if (value !== undefined) return value || undefined;
      }
    }
    return undefined;
  };
}

/** Swedish compounds like "jättebra", "superkul": a known intensifier prefix, then a known word. */
function withPrefixes(lookup: (t: string) => number | undefined, prefixes: Record<string, number>) {
  return (token: string): number | undefined => {
    const direct = lookup(token);
    if (direct !== undefined) return direct;
    for (const [prefix, boost] of Object.entries(prefixes)) {
      if (token.length > prefix.length + 2 && token.startsWith(prefix)) {
        const value = lookup(token.slice(prefix.length));
        if (value !== undefined) return value * boost;
      }
    }
    return undefined;
  };
}

let cache: { sv: LexiconLanguage; nl: LexiconLanguage; en: LexiconLanguage; emoji: EmojiLookup } | undefined;

export function lexiconLanguages() {
  if (cache) return cache;
  const afinn = readPackageJson<Polarities>('sentiment/languages/en/labels.json');
  // AFINN is −5…5 with 2–3 for a clearly polar word; our scale has 1 there.
  const english = Object.fromEntries(Object.entries(afinn).map(([w, v]) => [w, v / 2.5]));
  const emoji = emojiTable();
  cache = {
    sv: {
      lookup: withPrefixes(makeLookup(readJsonAsset('lexicon-sv.json'), SV_EXTRA, SV_SUFFIXES), {
        jätte: 1.5,
        super: 1.5,
        skit: 1.3,
        as: 1.3,
      }),
      negators: new Set(['inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga', 'knappast', 'utan', 'varken']),
      intensifiers: new Map([
        ['mycket', 1.5],
        ['väldigt', 1.5],
        ['otroligt', 1.6],
        ['riktigt', 1.4],
        ['extremt', 1.6],
        ['sjukt', 1.5],
        ['helt', 1.3],
        ['så', 1.3],
        ['verkligen', 1.4],
        ['ganska', 0.8],
        ['lite', 0.6],
        ['rätt', 0.9],
      ]),
      contrast: new Set(['men']),
    },
    nl: {
      lookup: makeLookup(readJsonAsset('lexicon-nl.json'), NL_EXTRA, NL_SUFFIXES),
      negators: new Set(['niet', 'geen', 'nooit', 'niets', 'niks', 'nauwelijks', 'zonder', 'noch', 'allerminst']),
      intensifiers: new Map([
        ['heel', 1.5],
        ['erg', 1.5],
        ['zeer', 1.5],
        ['echt', 1.3],
        ['ontzettend', 1.6],
        ['enorm', 1.5],
        ['zo', 1.3],
        ['hartstikke', 1.6],
        ['super', 1.5],
        ['te', 1.3],
        ['best', 0.9],
        ['nogal', 0.8],
        ['beetje', 0.6],
        ['vrij', 0.8],
      ]),
      contrast: new Set(['maar']),
    },
    en: {
      lookup: makeLookup(english, EN_EXTRA, EN_SUFFIXES),
      negators: new Set([
        'not',
        'no',
        'never',
        'none',
        'nobody',
        'nothing',
        'neither',
        'nor',
        'without',
        'hardly',
        'cannot',
        "don't",
        'dont',
        "doesn't",
        'doesnt',
        "didn't",
        'didnt',
        "isn't",
        'isnt',
        "wasn't",
        'wasnt',
        "aren't",
        "won't",
        'wont',
        "can't",
        'cant',
        "couldn't",
        "shouldn't",
        "wouldn't",
        "haven't",
        "hasn't",
        "ain't",
      ]),
      intensifiers: new Map([
        ['very', 1.5],
        ['really', 1.4],
        ['so', 1.3],
        ['extremely', 1.6],
        ['absolutely', 1.5],
        ['totally', 1.4],
        ['incredibly', 1.6],
        ['super', 1.4],
        ['quite', 0.9],
        ['pretty', 1.1],
        ['somewhat', 0.7],
        ['slightly', 0.6],
      ]),
      contrast: new Set(['but']),
    },
    emoji: (e: string) => emoji.get(e)?.score,
  };
  return cache;
}
