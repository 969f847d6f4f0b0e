import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const KEY = Buffer.alloc(32, 1).toString('base64');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samtal-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The message loadConfig throws, or a failure when it does not throw. */
function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}

describe('loadConfig', () => {
  it('starts with sensible defaults from an empty environment', () => {
    const dataDir = tempDir();
    const config = loadConfig({ SAMTAL_DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir,
      embeddedPgPort: 54329,
      services: ['api', 'worker'],
      publicUrl: 'http://127.0.0.1:3000',
      secureCookies: false,
      demo: true,
      sandboxRatePerMinute: 6,
      sessionIdleMinutes: 720,
      sessionMaxHours: 168,
      workerConcurrency: 20,
      bodyLimit: 1_048_576,
      logLevel: 'info',
      production: false,
    });
    expect(config.secretKeys).toHaveLength(1);
    expect(config.secretKeys[0]).toHaveLength(32);
  });

  it('reads and converts every variable', () => {
    const previous = Buffer.alloc(32, 2).toString('base64');
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db.internal:5432/samtal',
      SAMTAL_DATA_DIR: tempDir(),
      SAMTAL_EMBEDDED_PG_PORT: '6000',
      SAMTAL_SECRET_KEY: KEY,
      SAMTAL_PREVIOUS_SECRET_KEYS: ` ${previous} ,`,
      SAMTAL_SERVICES: 'worker',
      SAMTAL_PUBLIC_URL: 'https://samtal.example.se',
      SAMTAL_DEMO: 'no',
      SAMTAL_SANDBOX_RATE: '0',
      SAMTAL_SESSION_IDLE_MINUTES: '30',
      SAMTAL_SESSION_MAX_HOURS: '12',
      SAMTAL_WORKER_CONCURRENCY: '9',
      SAMTAL_BODY_LIMIT: '2048',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db.internal:5432/samtal',
      embeddedPgPort: 6000,
      services: ['worker'],
      publicUrl: 'https://samtal.example.se',
      secureCookies: true,
      demo: false,
      sandboxRatePerMinute: 0,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      workerConcurrency: 9,
      bodyLimit: 2048,
      logLevel: 'warn',
      production: true,
    });
    expect(config.secretKeys.map((k) => k.toString('base64'))).toEqual([KEY, previous]);
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ SAMTAL_DATA_DIR: tempDir(), PORT: '', DATABASE_URL: '' });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names every bad variable in one error', () => {
    const message = configError({
      SAMTAL_DATA_DIR: tempDir(),
      PORT: 'abc',
      DATABASE_URL: 'mysql://localhost/samtal',
      SAMTAL_SERVICES: 'api,mailer',
      SAMTAL_SECRET_KEY: 'too-short',
      SAMTAL_DEMO: 'maybe',
      LOG_LEVEL: 'loud',
    });
    for (const name of ['PORT', 'DATABASE_URL', 'SAMTAL_SERVICES', 'SAMTAL_SECRET_KEY', 'SAMTAL_DEMO', 'LOG_LEVEL']) {
      expect(message).toContain(`  ${name}:`);
    }
    expect(message).not.toContain('HOST');
  });

  it('refuses a port out of range', () => {
    expect(configError({ SAMTAL_DATA_DIR: tempDir(), PORT: '70000' })).toMatch(/PORT:/);
  });

  it('requires SAMTAL_SECRET_KEY in production and writes no key file', () => {
    const dataDir = tempDir();
    const message = configError({ NODE_ENV: 'production', SAMTAL_DATA_DIR: dataDir });
    expect(message).toContain('SAMTAL_SECRET_KEY: required when NODE_ENV=production');
    expect(() => statSync(path.join(dataDir, 'secret.key'))).toThrow();
  });

  it('reports the missing production key together with other bad variables', () => {
    const message = configError({ NODE_ENV: 'production', SAMTAL_DATA_DIR: tempDir(), PORT: 'abc' });
    expect(message).toContain('PORT');
    expect(message).toContain('SAMTAL_SECRET_KEY');
  });

  it('generates a development key once, private to the owner, and reuses it', () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const first = loadConfig({ SAMTAL_DATA_DIR: dataDir });
    const file = path.join(dataDir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadConfig({ SAMTAL_DATA_DIR: dataDir });
    expect(second.secretKeys[0]!.equals(first.secretKeys[0]!)).toBe(true);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(first.secretKeys[0]!)).toBe(true);
    // A different data dir gets its own key.
    expect(loadConfig({ SAMTAL_DATA_DIR: tempDir() }).secretKeys[0]!.equals(first.secretKeys[0]!)).toBe(false);
  });

  it('prefers SAMTAL_SECRET_KEY over a generated key', () => {
    const dataDir = tempDir();
    loadConfig({ SAMTAL_DATA_DIR: dataDir });
    const config = loadConfig({ SAMTAL_DATA_DIR: dataDir, SAMTAL_SECRET_KEY: KEY });
    expect(config.secretKeys[0]!.toString('base64')).toBe(KEY);
  });

  it('names the damaged key file instead of using a broken key', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'secret.key'), 'not a key\n');
    const message = configError({ SAMTAL_DATA_DIR: dataDir });
    expect(message).toContain(path.join(dataDir, 'secret.key'));
    expect(message).toContain('SAMTAL_SECRET_KEY');
  });
});
