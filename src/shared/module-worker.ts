/**
 * Starts a worker thread on a module that sits next to the caller with the same extension:
 * compiled (dist/*.js) it runs as it is; from TypeScript (tsx, vitest) the worker first registers
 * tsx's loader in its own thread (`--import tsx` in a worker's execArgv does not work on Node 20).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface ModuleWorkerEntry {
  url: URL;
  typescript: boolean;
}

/** `siblingModule('analysis-worker', import.meta.url)` → ./analysis-worker.ts or ./analysis-worker.js */
export function siblingModule(baseName: string, moduleUrl: string): ModuleWorkerEntry {
  const typescript = /\.[cm]?ts$/.test(new URL(moduleUrl).pathname);
  return { url: new URL(`./${baseName}.${typescript ? 'ts' : 'js'}`, moduleUrl), typescript };
}

const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ register }) => { register(); return import(workerData.entry); });`;

export function startModuleWorker(entry: ModuleWorkerEntry): Worker {
  if (!entry.typescript) return new Worker(entry.url);
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { tsxApi, entry: entry.url.href } });
}
