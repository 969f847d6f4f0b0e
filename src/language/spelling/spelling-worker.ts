/**
 * Worker-thread entry of the spelling service: builds the spellers (seconds of CPU for Swedish) and
 * answers checks here, so the api's event loop never blocks on a dictionary.
 */
import { parentPort } from 'node:worker_threads';
import { checkSpelling, preloadSpelling, type SpellingLanguage } from './spelling.js';

export type SpellingRequest =
  | { id: number; op: 'check'; text: string; language: SpellingLanguage }
  | { id: number; op: 'preload'; languages: SpellingLanguage[] };

export type SpellingResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

parentPort?.on('message', (request: SpellingRequest) => {
  try {
    const result =
      request.op === 'check' ? checkSpelling(request.text, request.language) : preloadSpelling(request.languages);
    parentPort!.postMessage({ id: request.id, ok: true, result: result ?? null } satisfies SpellingResponse);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, ok: false, error: String(error) } satisfies SpellingResponse);
  }
});
