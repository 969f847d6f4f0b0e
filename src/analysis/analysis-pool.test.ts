import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalysisPool, workerEntry } from './analysis-pool.js';
import { analyzeBatch } from './analyze.js';

describe('analysis pool', () => {
  const pool = createAnalysisPool(2);
  afterAll(() => pool.close());

  it('gives the same analyses as analyzeBatch, in order, across workers', async () => {
    const texts = Array.from({ length: 120 }, (_, i) =>
      i % 3 === 0
        ? `Varför är soptunnan inte tömd? Ring mig på 070-123 45 67 (${i})`
        : i % 3 === 1
          ? `Thank you so much, the new library is wonderful! #${i}`
          : `Het is een schande dat de weg nog steeds kapot is ${i}`,
    );
    const analyses = await pool.analyze(texts);
    expect(analyses).toEqual(analyzeBatch(texts));
    expect(new Set(analyses.map((a) => a.language))).toEqual(new Set(['sv', 'en', 'nl']));
  });

  it('handles an empty and a small batch', async () => {
    expect(await pool.analyze([])).toEqual([]);
    expect(await pool.analyze(['Hej!'])).toEqual(analyzeBatch(['Hej!']));
  });

  it('loads the worker next to the module with the same extension (tsx only for TypeScript)', () => {
    const ts = workerEntry(pathToFileURL('/app/src/analysis/analysis-pool.ts').href);
    expect(ts.url.pathname).toBe('/app/src/analysis/analysis-worker.ts');
    expect(ts.typescript).toBe(true);
    const js = workerEntry(pathToFileURL('/app/dist/analysis/analysis-pool.js').href);
    expect(js.url.pathname).toBe('/app/dist/analysis/analysis-worker.js');
    expect(js.typescript).toBe(false);
  });

  it('refuses work after close', async () => {
    const other = createAnalysisPool(1);
    await other.close();
    await expect(other.analyze(['Hej'])).rejects.toThrow(/closed/);
  });
});
