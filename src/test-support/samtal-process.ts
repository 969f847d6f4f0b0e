/**
 * Run `node bin/samtal.js …` as a real child process, the way a person or a supervisor does, and
 * watch its output, its HTTP port and its exit.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../shared/paths.js';

export interface SamtalProcess {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  stdout(): string;
  /** Resolves with the exit code (or the signal's name); rejects after timeoutMs. */
  exited(timeoutMs?: number): Promise<number | string>;
  /** SIGKILL if still running (cleanup). */
  kill(): void;
}

/**
 * A clean environment: only what Node needs plus the given variables, so the developer's own
 * DATABASE_URL or PORT never leaks into a test. The source runs (SAMTAL_FROM_SOURCE), not a stale dist/.
 */
export function spawnSamtal(args: string[], env: Record<string, string>): SamtalProcess {
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'samtal.js'), ...args], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      SAMTAL_FROM_SOURCE: '1',
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let all = '';
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    all += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    all += chunk.toString();
  });
  const exit = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return {
    child,
    output: () => all,
    stdout: () => out,
    exited(timeoutMs = 30_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`samtal ${args.join(' ')} did not exit within ${timeoutMs} ms. Output:\n${all}`)),
          timeoutMs,
        );
      });
      return Promise.race([exit, timeout]).finally(() => clearTimeout(timer));
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Poll until `probe` returns a value; fail with the process output when the deadline passes. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  options: { timeoutMs: number; process?: SamtalProcess },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    const proc = options.process;
    if (proc && (proc.child.exitCode !== null || proc.child.signalCode !== null)) {
      throw new Error(
        `samtal exited (${proc.child.exitCode ?? proc.child.signalCode}) while waiting for ${what}. Output:\n${proc.output()}`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${options.timeoutMs} ms waiting for ${what}.${proc ? ` Output:\n${proc.output()}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface HealthBody {
  status: string;
  database: { status: string };
  jobQueue: { status: string; workersSeen?: number };
}

/** GET /api/health on a port; undefined while nothing answers. */
export async function getHealth(port: number): Promise<{ status: number; body: HealthBody } | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return { status: res.status, body: (await res.json()) as HealthBody };
  } catch {
    return undefined;
  }
}

export interface SamtalRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run one `samtal …` command to its end against a database, with a test secret key. */
export function runSamtal(
  args: string[],
  options: { databaseUrl: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<SamtalRun> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    SAMTAL_SECRET_KEY: Buffer.alloc(32, 7).toString('base64'),
    LOG_LEVEL: 'warn',
    SAMTAL_FROM_SOURCE: '1', // the source under test, never a stale dist/ build
    ...options.env,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(projectRoot, 'bin', 'samtal.js'), ...args],
      { env, cwd: projectRoot, timeout: options.timeoutMs ?? 90_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}
