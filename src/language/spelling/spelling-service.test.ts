import { afterAll, describe, expect, it } from 'vitest';
import { checkSpellingOffThread, preloadSpellingOffThread, stopSpellingWorker } from './spelling-service.js';

afterAll(() => stopSpellingWorker());

describe('spelling off the main thread', () => {
  it('checks in a worker thread while the main event loop keeps running', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    await preloadSpellingOffThread(['en']);
    const issues = await checkSpellingOffThread('We recieved your mesage, thanks!', 'en');
    clearInterval(timer);
    expect(issues.map((issue) => issue.word)).toEqual(['recieved', 'mesage']);
    expect(issues[0]!.suggestions).toContain('received');
    // Building the dictionary took real time, and the main loop ticked through it.
    expect(ticks).toBeGreaterThan(Math.floor((Date.now() - started) / 20 / 4));
  }, 120_000);

  it('answers concurrent checks each with its own result', async () => {
    const [a, b] = await Promise.all([checkSpellingOffThread('helo', 'en'), checkSpellingOffThread('hello', 'en')]);
    expect(a.map((issue) => issue.word)).toEqual(['helo']);
    expect(b).toEqual([]);
  }, 60_000);
});
