/** Runs the real `samtal publishing backfill-blackouts` as a child process against this file's test database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSamtal } from '../test-support/samtal-process.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeWorkspace } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const samtal = (...args: string[]) => runSamtal(args, { databaseUrl: t.database.url });

const windowsOf = async (workspaceId: string) =>
  (
    await t.db
      .selectFrom('blackout_windows')
      .select(['title', 'source'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('title')
      .execute()
  ).map((w) => `${w.title} (${w.source})`);

describe('samtal publishing backfill-blackouts', { timeout: 120_000 }, () => {
  it('gives workspaces made before blackout windows their defaults, once, and refuses an unknown slug', async () => {
    // Made straight in the database, like workspaces from before blackout windows: no windows at all.
    const nl = await makeWorkspace(t.db, { country: 'NL', timeZone: 'Europe/Amsterdam', defaultLanguage: 'nl' });
    const gb = await makeWorkspace(t.db, { country: 'GB', timeZone: 'Europe/London', defaultLanguage: 'en' });
    const se = await makeWorkspace(t.db, { country: 'SE' });

    const one = await samtal('publishing', 'backfill-blackouts', '--workspace', nl.slug);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(`${nl.slug}: added 1 default blackout window(s).\n`);
    expect(await windowsOf(nl.id)).toEqual(['Dodenherdenking (default)']);
    expect(await windowsOf(gb.id)).toEqual([]); // only the workspace asked for
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_label', 'data'])
      .where('workspace_id', '=', nl.id)
      .execute();
    expect(audit).toEqual([
      { action: 'blackout_window.defaults_added', actor_label: 'command line', data: { titles: ['Dodenherdenking'] } },
    ]);

    const again = await samtal('publishing', 'backfill-blackouts', '--workspace', nl.slug);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^${nl.slug}: added 0 default blackout windows`));
    expect(await windowsOf(nl.id)).toEqual(['Dodenherdenking (default)']);

    // Every workspace: GB gets its two; Sweden has no national moment of silence, so nothing there.
    const all = await samtal('publishing', 'backfill-blackouts');
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(
      `${gb.slug}: added 2 default blackout window(s).\nDefault blackout windows added to 1 workspace(s).\n`,
    );
    expect(await windowsOf(gb.id)).toEqual(['Armistice Day (default)', 'Remembrance Sunday (default)']);
    expect(await windowsOf(se.id)).toEqual([]);
    expect(await windowsOf(nl.id)).toEqual(['Dodenherdenking (default)']);

    const allAgain = await samtal('publishing', 'backfill-blackouts');
    expect(allAgain.code).toBe(0);
    expect(allAgain.stdout).toBe('Default blackout windows added to 0 workspace(s).\n');

    const unknown = await samtal('publishing', 'backfill-blackouts', '--workspace', 'no-such-ws');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('samtal: There is no workspace "no-such-ws".\n');
    expect(unknown.stdout).toBe('');
  });
});
