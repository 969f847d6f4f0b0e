/**
 * Emoji polarity from the Emoji Sentiment Ranking (Kralj Novak, Smailović, Sluban & Mozetič 2015,
 * shipped in the `sentiment` npm package's build/ folder), read at run time from the installed package:
 * per emoji the share of negative / neutral / positive tweets it appeared in. Newer emoji (2016+: 🥰,
 * 🤩, 🥺 …) are missing there, so a few common ones are hand-scored below.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseCsv } from './csv.js';

export interface EmojiSentiment {
  /** Polarity on the lexicon scale (about −2…2). */
  score: number;
  negative: number;
  neutral: number;
  positive: number;
}

/** Hand-scored emoji missing from the 2015 ranking, and emoji the tokeniser makes of emoticons. */
const EXTRA: Record<string, number> = {
  '🙂': 0.8,
  '🙁': -1,
  '🥰': 1.5,
  '🤩': 1.5,
  '🤣': 0.8,
  '🥳': 1.5,
  '🫶': 1.5,
  '🤗': 1,
  '💯': 1,
  '🥺': -0.5,
  '🥲': -0.3,
  '🙃': 0,
  '🤔': 0,
  '🤮': -1.5,
  '🤢': -1.5,
  '🖕': -2,
  '🤬': -2,
  '😢': -1,
  '😥': -1,
  '😟': -1,
  '🙄': -1,
  '🔥': 1,
};

const PRIOR = 5;

let table: Map<string, EmojiSentiment> | undefined;

export function emojiTable(): Map<string, EmojiSentiment> {
  if (table) return table;
  table = new Map();
  const require = createRequire(import.meta.url);
  const path = require.resolve('sentiment/build/Emoji_Sentiment_Data_v1.0.csv');
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const at = (name: string) => header?.indexOf(name) ?? -1;
  const [emojiAt, negAt, neuAt, posAt] = [at('Emoji'), at('Negative'), at('Neutral'), at('Positive')];
  for (const row of rows) {
    const emoji = row[emojiAt]?.replace(/\uFE0F/g, '');
    const [neg, neu, pos] = [row[negAt], row[neuAt], row[posAt]].map(Number) as [number, number, number];
    if (!emoji || ![neg, neu, pos].every(Number.isFinite)) continue;
    // Smoothed towards an even split so rare emoji do not get extreme scores.
    const total = neg + neu + pos + PRIOR;
    const [negative, neutral, positive] = [neg, neu, pos].map((n) => (n + PRIOR / 3) / total) as [
      number,
      number,
      number,
    ];
    table.set(emoji, { score: 2 * (positive - negative), negative, neutral, positive });
  }
  for (const [emoji, score] of Object.entries(EXTRA)) {
    const positive = Math.max(0, score) / 2;
    const negative = Math.max(0, -score) / 2;
    table.set(emoji, { score, negative, neutral: 1 - positive - negative, positive });
  }
  return table;
}
