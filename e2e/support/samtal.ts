/**
 * The real Samtal, started in-process on a fresh test database and a free port: API, worker, live
 * events, demo data and sandbox traffic, exactly as `samtal start` runs them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningSamtal, startSamtal } from '../../src/app/runtime.js';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../../src/test-support/free-port.js';
import { createTestDatabase } from '../../src/test-support/test-database.js';

export interface TestSamtal {
  url: string;
  samtal: RunningSamtal;
  stop(): Promise<void>;
}

export async function startTestSamtal(env: Record<string, string> = {}): Promise<TestSamtal> {
  const database = await createTestDatabase();
  // startSamtal opens its own pool on the URL; the harness only needs the name to drop it afterwards.
  const url = database.url;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samtal-e2e-'));
  let samtal: RunningSamtal;
  try {
    const config = loadConfig({
      DATABASE_URL: url,
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SAMTAL_DEMO: 'true',
      SAMTAL_SANDBOX_RATE: '60',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      SAMTAL_SECRET_KEY: randomBytes(32).toString('base64'),
      SAMTAL_DATA_DIR: dataDir,
      ...env,
    });
    samtal = await startSamtal(config);
  } catch (error) {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  if (!samtal.url) throw new Error('Samtal started without the api service');
  return {
    url: samtal.url,
    samtal,
    async stop() {
      await samtal.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
