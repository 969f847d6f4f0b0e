/**
 * THE NEWCOMER TEST: `samtal start` on a machine with nothing configured — no DATABASE_URL, no
 * secret key — must bring up an embedded PostgreSQL, migrate, seed the demo, print working demo
 * logins, answer /api/health, stop cleanly on SIGTERM, and survive being killed with -9.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../shared/paths.js';
import { freePort } from '../test-support/free-port.js';
import { getHealth, spawnSamtal, type SamtalProcess, waitUntil } from '../test-support/samtal-process.js';

const STARTUP_MS = 150_000; // the first start runs initdb

let dataDir: string;
let env: Record<string, string>;
let port: number;
let demoLogin: { email: string; password: string } | undefined;
const processes: SamtalProcess[] = [];
const pidFile = () => path.join(dataDir, 'pg', 'postmaster.pid');

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'samtal-newcomer-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the 'postgres' OS user and must reach it
  port = await freePort();
  // NODE_ENV empty = unset: a newcomer's development defaults. No DATABASE_URL, no SAMTAL_SECRET_KEY.
  env = {
    SAMTAL_DATA_DIR: dataDir,
    PORT: String(port),
    SAMTAL_EMBEDDED_PG_PORT: String(await freePort()),
    NODE_ENV: '',
  };
});

afterAll(async () => {
  for (const p of processes) p.kill();
  // A PostgreSQL orphaned by the kill -9 below must not outlive a failed test.
  if (existsSync(pidFile())) {
    const pid = Number(readFileSync(pidFile(), 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 'SIGQUIT');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

function start(): SamtalProcess {
  const proc = spawnSamtal(['start'], env);
  processes.push(proc);
  return proc;
}

const healthy = (proc: SamtalProcess) =>
  waitUntil(
    'GET /api/health to answer 200',
    async () => {
      const health = await getHealth(port);
      return health?.status === 200 ? health : undefined;
    },
    { timeoutMs: STARTUP_MS, process: proc },
  );

async function stopWithSigterm(proc: SamtalProcess) {
  proc.child.kill('SIGTERM');
  expect(await proc.exited(60_000)).toBe(0);
  expect(existsSync(pidFile()), 'PostgreSQL was stopped with Samtal').toBe(false);
}

async function logIn(credentials: { email: string; password: string }): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  return res.status;
}

/** The first demo login row: e-mail … password (the table's last column). */
function firstDemoLogin(stdout: string): { email: string; password: string } {
  const row = stdout.split('\n').find((line) => /\S+@\S+\.demo\b/.test(line));
  expect(row, `a demo login in the output:\n${stdout}`).toBeDefined();
  const email = row!.match(/(\S+@\S+\.demo)\b/)![1]!;
  const password = row!.trim().split(/\s+/).at(-1)!;
  return { email, password };
}

describe('npm start for a newcomer', () => {
  it(
    'comes up with nothing configured, prints demo logins that work, and stops cleanly',
    async () => {
      const first = start();
      const health = await healthy(first);
      expect(health.body).toMatchObject({ database: { status: 'up' }, jobQueue: { status: 'up' } });

      const stdout = first.stdout();
      expect(stdout).toContain(`Samtal is running at http://127.0.0.1:${port}`);
      demoLogin = firstDemoLogin(stdout);
      expect(await logIn(demoLogin), `logging in as ${demoLogin.email} with the printed password`).toBe(200);

      if (existsSync(path.join(projectRoot, 'web', 'dist', 'index.html'))) {
        const page = await fetch(`http://127.0.0.1:${port}/`);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toContain('text/html');
      }
      // The development secret key was generated into the data dir, not required from the newcomer.
      expect(existsSync(path.join(dataDir, 'secret.key'))).toBe(true);

      await stopWithSigterm(first);
    },
    STARTUP_MS + 60_000,
  );

  it(
    'starts again after being killed with -9 (stale postmaster.pid, orphaned PostgreSQL)',
    async () => {
      const second = start();
      await healthy(second);
      second.child.kill('SIGKILL');
      expect(await second.exited()).toBe('SIGKILL');
      expect(existsSync(pidFile()), 'the crash left postmaster.pid behind').toBe(true);

      const third = start();
      const health = await healthy(third);
      expect(health.body.database.status).toBe('up');
      expect(third.output()).toContain('left running by a Samtal that crashed');
      // Nothing was lost: the demo account from the first start still logs in.
      expect(demoLogin, 'the first test ran').toBeDefined();
      expect(await logIn(demoLogin!)).toBe(200);

      await stopWithSigterm(third);
    },
    2 * STARTUP_MS,
  );
});
