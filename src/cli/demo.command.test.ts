/** Runs the real `samtal demo seed` as a child process against this file's test database. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { projectRoot } from '../shared/paths.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeWorkspace } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

function samtal(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    DATABASE_URL: t.database.url,
    SAMTAL_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    LOG_LEVEL: 'warn',
    SAMTAL_FROM_SOURCE: '1',
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(projectRoot, 'bin', 'samtal.js'), ...args],
      { env, cwd: projectRoot, timeout: 90_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

describe('samtal demo seed', { timeout: 120_000 }, () => {
  it('refuses a database with workspaces, seeds with --force (existing slugs are kept) and prints the logins', async () => {
    await makeWorkspace(t.db, { slug: 'our-own', name: 'Our own' });
    const refused = await samtal('demo', 'seed');
    expect(refused.code).toBe(0);
    expect(refused.stdout).toMatch(/already has workspaces.*--force/);

    const forced = await samtal('demo', 'seed', '--force');
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/admin@ekeby\.demo\s+Anna Lindqvist\s+admin\s+samtal-demo/);
    expect(forced.stdout).toContain('responder@vandijk.demo');
    expect((await t.login('moderator@vandijk.demo', DEMO_PASSWORD)).csrfToken).toBeTruthy();

    const again = await samtal('demo', 'seed', '--force');
    expect(again.stdout).toContain('nothing was added');
    const slugs = (await t.db.selectFrom('workspaces').select('slug').orderBy('slug').execute()).map((w) => w.slug);
    expect(slugs).toEqual(['ekeby', 'our-own', 'vandijk']);
  });
});
