/** Reads the labelled Swedish dev set (text,label with pos/neu/neg) into our label names. */
import { readFileSync } from 'node:fs';
import type { Sentiment } from '../analysis.types.js';
import { parseCsv } from './csv.js';

export interface LabelledText {
  text: string;
  label: Sentiment;
}

const LABELS: Record<string, Sentiment> = { pos: 'positive', neu: 'neutral', neg: 'negative' };

export const DEFAULT_SV_DEV_SET = '../shared/data/sv-social-sentiment-dev.csv';

/** Rows without a known label or text are reported in `skipped`, not silently dropped. */
export function loadLabelledCsv(path: string): { rows: LabelledText[]; skipped: number } {
  const [header, ...records] = parseCsv(readFileSync(path, 'utf8'));
  const textAt = header?.indexOf('text') ?? -1;
  const labelAt = header?.indexOf('label') ?? -1;
  if (textAt < 0 || labelAt < 0) throw new Error(`${path}: expected columns text,label`);
  const rows: LabelledText[] = [];
  let skipped = 0;
  for (const record of records) {
    const label = LABELS[record[labelAt]?.trim() ?? ''];
    const text = record[textAt]?.trim() ?? '';
    if (label && text) rows.push({ text, label });
    else if (record.some((field) => field.trim() !== '')) skipped++;
  }
  return { rows, skipped };
}
