/**
 * Analysis throughput: `npx tsx bench/analysis.bench.ts [items]`. Runs analyzeText alone (no database,
 * no I/O) on one core over realistic mixed sv/nl/en traffic from the sandbox generator, and prints
 * items per second plus how often language and intent agree with what the generator meant.
 */
import { availableParallelism } from 'node:os';
import { analyzeText } from '../src/analysis/analyze.js';
import type { Intent } from '../src/analysis/analysis.types.js';
import { generateTraffic, type TrafficContext, type TrafficLanguage } from '../src/channels/sandbox/sandbox-traffic.js';

const count = Number(process.argv[2] ?? 20_000);
const setups: { context: TrafficContext; languages: TrafficLanguage[] }[] = [
  { context: 'municipality', languages: ['sv', 'en'] },
  { context: 'company', languages: ['nl', 'en'] },
  { context: 'municipality', languages: ['en', 'sv'] },
  { context: 'company', languages: ['en', 'nl'] },
];
const events = setups.flatMap(({ context, languages }, i) =>
  generateTraffic({
    seed: `bench-${i}`,
    startIndex: 0,
    count: Math.ceil(count / setups.length),
    ourHandle: 'samtal',
    context,
    languages,
    from: new Date('2026-01-01T00:00:00Z'),
    to: new Date('2026-01-31T00:00:00Z'),
  }),
);

const GENERATOR_INTENT: Record<string, Intent> = { problem: 'problem_report', job: 'job_interest' };

// Warm up (JIT, lazy regexes) before timing.
for (const event of events.slice(0, 500)) analyzeText(event.text);

const started = process.hrtime.bigint();
const results = events.map((event) => analyzeText(event.text));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

let languageAgrees = 0;
let languageKnown = 0;
let intentAgrees = 0;
const confusion = new Map<string, number>();
events.forEach((event, i) => {
  const result = results[i]!;
  // The generator leaves the language out now and then, as platforms do; compare where it is known.
  if (event.language) languageKnown += 1;
  if (event.language && result.language === event.language) languageAgrees += 1;
  const meant = event.intent ? (GENERATOR_INTENT[event.intent] ?? event.intent) : 'other';
  if (result.intent === meant) intentAgrees += 1;
  else confusion.set(`${meant} → ${result.intent}`, (confusion.get(`${meant} → ${result.intent}`) ?? 0) + 1);
});

const pct = (n: number) => `${((100 * n) / events.length).toFixed(1)} %`;
const perSecond = events.length / seconds;
console.log(`analysis: ${events.length} items in ${seconds.toFixed(2)} s on one core`);
console.log(
  `  ${Math.round(perSecond).toLocaleString('en')} items/s per core (${(1e6 / perSecond).toFixed(0)} µs/item)`,
);
console.log(
  `  ≈ ${Math.round(perSecond * availableParallelism()).toLocaleString('en')} items/s on all ${availableParallelism()} cores (if run in parallel)`,
);
console.log(
  `  language agrees with the generator: ${((100 * languageAgrees) / languageKnown).toFixed(1)} % of ${languageKnown} items with a known language`,
);
console.log(`  intent agrees with the generator:   ${pct(intentAgrees)}`);
console.log('  most common intent disagreements:');
for (const [pair, n] of [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${pair}: ${n}`);
