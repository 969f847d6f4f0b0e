import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDatabase, type EmptyDatabase } from '../test-support/empty-database.js';
import { type DatabaseHandle, openDatabase } from './database.js';
import { migrate, type MigrationFile, readMigrationFiles } from './migrate.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function emptyDatabase(): Promise<{ empty: EmptyDatabase; open: () => DatabaseHandle }> {
  const empty = await createEmptyDatabase();
  cleanup.push(() => empty.drop());
  const open = () => {
    const handle = openDatabase(empty.url, { max: 4 });
    cleanup.push(() => handle.close());
    return handle;
  };
  return { empty, open };
}

const tables = async (handle: DatabaseHandle, schema: string) =>
  (
    await handle.pool.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    )
  ).rows.map((r) => r.table_name);

describe('migrate', () => {
  it('builds the whole schema on an empty database, then has nothing left to do', async () => {
    const { open } = await emptyDatabase();
    const handle = open();
    expect(await tables(handle, 'public')).toEqual([]);

    const files = readMigrationFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(await migrate(handle.pool)).toEqual(files.map((f) => f.name));

    const created = await tables(handle, 'public');
    for (const table of [
      'workspaces',
      'users',
      'memberships',
      'audit_log',
      'channels',
      'items',
      'conversations',
      'authors',
      'item_versions',
      'routing_rules',
      'worker_heartbeats',
    ]) {
      expect(created).toContain(table);
    }
    // graphile-worker's own schema is part of the migration too.
    const { rows } = await handle.pool.query(
      "SELECT 1 FROM information_schema.schemata WHERE schema_name = 'graphile_worker'",
    );
    expect(rows).toHaveLength(1);

    expect(await migrate(handle.pool)).toEqual([]);
    const recorded = await handle.pool.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(recorded.rows.map((r) => r.name)).toEqual(files.map((f) => f.name));
  });

  it('applies only the migrations added since the last run', async () => {
    const { open } = await emptyDatabase();
    const handle = open();
    const first: MigrationFile = { name: '0001_one.sql', sql: 'CREATE TABLE one (id int);', checksum: 'a' };
    const second: MigrationFile = { name: '0002_two.sql', sql: 'CREATE TABLE two (id int);', checksum: 'b' };
    expect(await migrate(handle.pool, [first])).toEqual(['0001_one.sql']);
    expect(await migrate(handle.pool, [first, second])).toEqual(['0002_two.sql']);
    expect(await tables(handle, 'public')).toEqual(['one', 'schema_migrations', 'two']);
  });

  it('refuses a migration that was changed after it was applied', async () => {
    const { open } = await emptyDatabase();
    const handle = open();
    const original: MigrationFile = { name: '0001_one.sql', sql: 'CREATE TABLE one (id int);', checksum: 'original' };
    await migrate(handle.pool, [original]);
    const edited = { ...original, sql: 'CREATE TABLE one (id bigint);', checksum: 'edited' };
    await expect(migrate(handle.pool, [edited])).rejects.toThrow(/0001_one\.sql was changed after it was applied/);
  });

  it('rolls a failing migration back and names it', async () => {
    const { open } = await emptyDatabase();
    const handle = open();
    const broken: MigrationFile = {
      name: '0001_broken.sql',
      sql: 'CREATE TABLE half (id int); SELECT * FROM no_such_table;',
      checksum: 'x',
    };
    await expect(migrate(handle.pool, [broken])).rejects.toThrow(/Migration 0001_broken\.sql failed: .*no_such_table/);
    expect(await tables(handle, 'public')).toEqual(['schema_migrations']);
    // Nothing was recorded, and the lock was released: a fixed file applies.
    const fixed = { ...broken, sql: 'CREATE TABLE half (id int);', checksum: 'y' };
    expect(await migrate(handle.pool, [fixed])).toEqual(['0001_broken.sql']);
  });

  it('lets two processes migrate the same empty database at once', async () => {
    const { open } = await emptyDatabase();
    // Two pools, like two processes (api and worker) starting together.
    const [a, b] = [open(), open()];
    const results = await Promise.all([migrate(a.pool), migrate(b.pool)]);
    const names = readMigrationFiles().map((f) => f.name);
    // Exactly one of them applied each migration; neither failed.
    expect(results.flat().sort()).toEqual(names);
    const recorded = await a.pool.query('SELECT name FROM schema_migrations');
    expect(recorded.rowCount).toBe(names.length);
  });
});
