import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'text,label\n"Hej, ""du""\nrad två",pos\r\nenkel,neg\n';
    expect(parseCsv(text)).toEqual([
      ['text', 'label'],
      ['Hej, "du"\nrad två', 'pos'],
      ['enkel', 'neg'],
    ]);
  });
});
