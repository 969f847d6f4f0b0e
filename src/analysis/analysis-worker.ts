/** Worker thread of the analysis pool (analysis-pool.ts): analyses the texts it is sent, nothing else. */
import { parentPort } from 'node:worker_threads';
import { analyzeBatch } from './analyze.js';

interface Request {
  id: number;
  texts: string[];
}

parentPort!.on('message', ({ id, texts }: Request) => {
  try {
    parentPort!.postMessage({ id, analyses: analyzeBatch(texts) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
