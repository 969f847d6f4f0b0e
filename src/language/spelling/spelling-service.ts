/**
 * Spelling off the main thread. One worker per process holds the dictionaries (~350 MB for all
 * three languages) and answers checks in order; the worker is unref'd so it never keeps a process
 * alive. Runs from compiled dist/*.js as well as from TypeScript under tsx or vitest.
 */
import type { Worker } from 'node:worker_threads';
import { siblingModule, startModuleWorker } from '../../shared/module-worker.js';
import type { SpellingIssue, SpellingLanguage } from './spelling.js';
import type { SpellingRequest, SpellingResponse } from './spelling-worker.js';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function getWorker(): Worker {
  if (worker) return worker;
  const created = startModuleWorker(siblingModule('spelling-worker', import.meta.url));
  created.unref();
  created.on('message', (message: SpellingResponse) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(new Error(message.error));
  });
  created.on('error', (error) => {
    worker = null;
    failAll(error);
  });
  created.on('exit', (code) => {
    worker = null;
    failAll(new Error(`The spelling worker stopped (exit code ${code})`));
  });
  worker = created;
  return created;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function call<T>(request: WithoutId<SpellingRequest>): Promise<T> {
  const id = nextId++;
  const target = getWorker();
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    // While a request waits the worker must keep the process alive; idle, it must not.
    target.ref();
    target.postMessage({ ...request, id } as SpellingRequest);
  }).finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}

export function checkSpellingOffThread(text: string, language: SpellingLanguage): Promise<SpellingIssue[]> {
  return call<SpellingIssue[]>({ op: 'check', text, language });
}

/** Builds the dictionaries in the worker; resolves when they are ready. */
export function preloadSpellingOffThread(languages: SpellingLanguage[] = ['sv', 'nl', 'en']): Promise<void> {
  return call<void>({ op: 'preload', languages });
}

export async function stopSpellingWorker(): Promise<void> {
  const current = worker;
  worker = null;
  if (current) await current.terminate();
}
