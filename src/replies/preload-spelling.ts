/**
 * The Swedish spell checker takes seconds of CPU to build. The api builds all of them once, in the
 * spelling worker thread, shortly after it starts listening, so neither the first compose check nor
 * the event loop waits for it. Tests load them on first use.
 */
import type { Logger } from 'pino';
import { preloadSpellingOffThread } from '../language/spelling/spelling-service.js';

export function preloadSpellingSoon(log: Logger, delayMs = 1000): void {
  if (process.env.VITEST || process.env.NODE_ENV === 'test') return;
  setTimeout(() => {
    const started = performance.now();
    preloadSpellingOffThread().then(
      () => log.info({ ms: Math.round(performance.now() - started) }, 'spell checkers ready'),
      (error: unknown) =>
        log.warn({ err: error }, 'spell checkers could not be preloaded; the first check will build them'),
    );
  }, delayMs).unref();
}
