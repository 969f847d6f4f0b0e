/**
 * Builds the compact lexicons this module ships (word → polarity) from the shared data:
 *   npx tsx src/analysis/sentiment/build-lexicons.ts [../shared/data]
 * Swedish: Språkbanken SentimentLex (CC-BY, Nusko, Tahmasebi & Mogren 2016), strength −3…3 → /2.
 * Dutch: Pattern nl-sentiment.xml (PDDL, De Smedt & Daelemans), polarity averaged over a word's senses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath } from './assets.js';
import { parseCsv } from './csv.js';
import { writeFormattedJson } from './write-json.js';

const dataDir = process.argv[2] ?? '../shared/data';

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function buildSwedish(): Record<string, number> {
  const rows = parseCsv(readFileSync(join(dataDir, 'lexicons/sv-sentimentlex.csv'), 'utf8'));
  const header = rows[0]!;
  const wordAt = header.indexOf('word');
  const strengthAt = header.indexOf('strength');
  const sums = new Map<string, number[]>();
  for (const row of rows.slice(1)) {
    const word = row[wordAt]?.trim().toLowerCase();
    const strength = Number(row[strengthAt]);
    if (!word || !Number.isFinite(strength) || strength === 0) continue;
    sums.set(word, [...(sums.get(word) ?? []), strength / 2]);
  }
  return average(sums, 0);
}

function buildDutch(): Record<string, number> {
  const xml = readFileSync(join(dataDir, 'lexicons/nl-sentiment.xml'), 'utf8');
  const senses = new Map<string, number[]>();
  for (const match of xml.matchAll(/<word\s([^>]*?)\/?>/g)) {
    const attributes = Object.fromEntries([...match[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const form = attributes.form?.toLowerCase();
    const polarity = Number(attributes.polarity);
    if (!form || !Number.isFinite(polarity)) continue;
    senses.set(form, [...(senses.get(form) ?? []), polarity * 2]);
  }
  // Weak averages (|p| < 0.2 on the −1…1 scale) are mostly descriptive words ("Amsterdams"): noise.
  return average(senses, 0.4);
}

function average(values: Map<string, number[]>, minimum: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [word, list] of [...values].sort(([a], [b]) => a.localeCompare(b))) {
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    if (Math.abs(mean) >= minimum && mean !== 0) out[word] = round(mean);
  }
  return out;
}

for (const [name, lexicon] of [
  ['lexicon-sv.json', buildSwedish()],
  ['lexicon-nl.json', buildDutch()],
] as const) {
  const path = assetPath('tokenize.ts').replace(/tokenize\.ts$/, name);
  await writeFormattedJson(path, lexicon);
  console.log(`${name}: ${Object.keys(lexicon).length} words`);
}
