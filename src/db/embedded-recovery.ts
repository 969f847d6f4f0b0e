/**
 * Recovery after a crash: the embedded PostgreSQL leaves a postmaster.pid behind, and after a
 * kill -9 of Samtal the PostgreSQL process itself keeps running (an orphan holding the folder and
 * the port). Both are cleared without ever signalling an unrelated process.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** A problem with the embedded PostgreSQL that the person starting Samtal can fix. */
export class EmbeddedPostgresError extends Error {}

/** Which Samtal process runs the cluster, to tell a live owner from a crashed one. */
export const OWNER_FILE = 'samtal-owner.pid';

/**
 * A postmaster.pid whose process is gone is stale: remove it. One whose PostgreSQL still runs
 * although the Samtal process that started it is gone (killed with -9, out of memory) is an orphan:
 * stop it, so that this start can take over. A PostgreSQL whose Samtal is alive is in use.
 */
export async function removeStalePid(databaseDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const command = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? processCommand(pid) : null;
  // Alive, and (as far as we can tell) the postmaster of this very folder; not a recycled pid.
  const running =
    command !== null && (command === '' || (command.includes('postgres') && command.includes(databaseDir)));
  if (!running) {
    log(`Removing stale ${pidFile} left by a crash`);
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = readOwner(databaseDir);
  if (owner !== null && owner !== process.pid && isAlive(owner) && /node|samtal|^$/.test(processCommand(owner) ?? '')) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${databaseDir} is in use by Samtal process ${owner}. Stop that process, or set SAMTAL_DATA_DIR to another folder. ` +
        '(To run the API and workers as separate processes, give them one shared DATABASE_URL.)',
    );
  }
  log(`Stopping PostgreSQL process ${pid}, left running by a Samtal that crashed`);
  if (!(await terminate(pid))) {
    throw new EmbeddedPostgresError(
      `PostgreSQL process ${pid} (left by a crash) does not stop. Stop it yourself, or set SAMTAL_DATA_DIR to another folder.`,
    );
  }
  rmSync(pidFile, { force: true }); // gone after a clean shutdown; after SIGQUIT it may remain
}

async function terminate(pid: number): Promise<boolean> {
  for (const [signal, waitMs] of [
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return true; // already gone
    }
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return !isAlive(pid);
}

function readOwner(databaseDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(databaseDir, OWNER_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process; '' when it cannot be read (then we assume the worst), null when gone. */
function processCommand(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    // No /proc (macOS): ask ps.
  }
  try {
    return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim() || null;
  } catch (error) {
    return (error as { status?: number }).status === 1 ? null : '';
  }
}
