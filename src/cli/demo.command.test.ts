/** Runs the real `samtal demo seed` as a child process against this file's test database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { runSamtal } from '../test-support/samtal-process.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeWorkspace } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const samtal = (...args: string[]) => runSamtal(args, { databaseUrl: t.database.url });

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
