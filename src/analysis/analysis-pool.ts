/**
 * Text analysis on worker threads, so a big ingestion batch uses the spare cores while the main
 * thread talks to the database. A batch is split into one slice per worker; workers start through
 * src/shared/module-worker.ts, so compiled and TypeScript runs both work.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { type ModuleWorkerEntry, siblingModule, startModuleWorker } from '../shared/module-worker.js';
import type { Analysis } from './analysis.types.js';

export interface AnalysisPool {
  readonly size: number;
  analyze(texts: readonly string[]): Promise<Analysis[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (analyses: Analysis[]) => void;
  reject: (error: Error) => void;
}

interface Reply {
  id: number;
  analyses?: Analysis[];
  error?: string;
}

/** Below this many texts a slice is not worth a message round trip to another worker. */
const MIN_SLICE = 25;

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

export function workerEntry(moduleUrl: string = import.meta.url): ModuleWorkerEntry {
  return siblingModule('analysis-worker', moduleUrl);
}

export function createAnalysisPool(size: number = defaultPoolSize()): AnalysisPool {
  const entry = workerEntry();
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closed = false;
  const workers = Array.from({ length: size }, () => {
    const worker = startModuleWorker(entry);
    worker.on('message', ({ id, analyses, error }: Reply) => {
      const request = pending.get(id);
      if (!request) return;
      pending.delete(id);
      if (pending.size === 0) for (const w of workers) w.unref();
      if (error !== undefined) request.reject(new Error(`Analysis failed: ${error}`));
      else request.resolve(analyses!);
    });
    worker.on('error', (error) => failAll(error));
    worker.on('exit', (code) => {
      if (!closed) failAll(new Error(`An analysis worker stopped (exit code ${code})`));
    });
    worker.unref();
    return worker;
  });

  function failAll(error: Error) {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  }

  function send(worker: Worker, texts: string[]): Promise<Analysis[]> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      // Work in flight keeps the process alive; an idle pool does not.
      worker.ref();
      worker.postMessage({ id, texts });
    });
  }

  return {
    size,
    async analyze(texts) {
      if (closed) throw new Error('The analysis pool is closed');
      if (texts.length === 0) return [];
      const slices = Math.max(1, Math.min(size, Math.floor(texts.length / MIN_SLICE)));
      const per = Math.ceil(texts.length / slices);
      const parts = await Promise.all(
        Array.from({ length: slices }, (_, i) => send(workers[i]!, texts.slice(i * per, (i + 1) * per))),
      );
      return parts.flat();
    },
    async close() {
      closed = true;
      failAll(new Error('The analysis pool is closed'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
