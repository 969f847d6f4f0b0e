/**
 * What goes wrong with the embedded PostgreSQL on real machines, and the errors that must name the
 * cause and the variable to change. (A full start, crash and restart: src/app/start.test.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../test-support/free-port.js';
import { EmbeddedPostgresError, removeStalePid, startEmbeddedPostgres } from './embedded.js';

const cleanup: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samtal-embedded-'));
  chmodSync(dir, 0o755);
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A long-running process whose command line contains `words` (to stand in for a postmaster). */
function fakeProcess(...words: string[]): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', ...words], { stdio: 'ignore' });
  cleanup.push(() => {
    child.kill('SIGKILL');
  });
  return child;
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((r) => child.once('exit', r));
  return child.pid!;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startEmbeddedPostgres', () => {
  it('names the port and SAMTAL_EMBEDDED_PG_PORT when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const { port } = blocker.address() as net.AddressInfo;

    const attempt = startEmbeddedPostgres({ dataDir: tempDataDir(), port });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(attempt).rejects.toThrow(new RegExp(`Port ${port} is already in use.*SAMTAL_EMBEDDED_PG_PORT`));
  });

  it('names the folder and SAMTAL_DATA_DIR when the pg folder is half-initialised, and deletes nothing', async () => {
    const dataDir = tempDataDir();
    const pgDir = path.join(dataDir, 'pg');
    mkdirSync(pgDir);
    writeFileSync(path.join(pgDir, 'PG_VERSION'), '18\n'); // initdb was interrupted right after this
    writeFileSync(path.join(pgDir, 'notes.txt'), 'something of value?');

    const attempt = startEmbeddedPostgres({ dataDir, port: await freePort() });
    await expect(attempt).rejects.toThrow(`${pgDir} exists but is not a complete PostgreSQL data folder`);
    await expect(attempt).rejects.toThrow(/SAMTAL_DATA_DIR/);
    expect(existsSync(path.join(pgDir, 'notes.txt'))).toBe(true);
  });
});

describe('removeStalePid', () => {
  const setup = (postmasterPid: number, ownerPid?: number) => {
    const databaseDir = path.join(tempDataDir(), 'pg');
    mkdirSync(databaseDir);
    writeFileSync(path.join(databaseDir, 'postmaster.pid'), `${postmasterPid}\n${databaseDir}\n`);
    if (ownerPid) writeFileSync(path.join(databaseDir, 'samtal-owner.pid'), `${ownerPid}\n`);
    return databaseDir;
  };

  it('removes a postmaster.pid whose process is gone', async () => {
    const databaseDir = setup(await deadPid());
    const notices: string[] = [];
    await removeStalePid(databaseDir, (m) => notices.push(m));
    expect(existsSync(path.join(databaseDir, 'postmaster.pid'))).toBe(false);
    expect(notices.join('\n')).toMatch(/stale .*postmaster\.pid/);
  });

  it('removes a postmaster.pid whose pid now belongs to an unrelated process', async () => {
    const unrelated = fakeProcess('just-some-program');
    const databaseDir = setup(unrelated.pid!);
    await removeStalePid(databaseDir, () => {});
    expect(existsSync(path.join(databaseDir, 'postmaster.pid'))).toBe(false);
    expect(alive(unrelated.pid!), 'an unrelated process is never signalled').toBe(true);
  });

  it('stops a PostgreSQL orphaned by a crashed Samtal', async () => {
    const databaseDir = path.join(tempDataDir(), 'pg');
    const orphan = fakeProcess('postgres', '-D', databaseDir);
    mkdirSync(databaseDir);
    writeFileSync(path.join(databaseDir, 'postmaster.pid'), `${orphan.pid}\n${databaseDir}\n`);
    writeFileSync(path.join(databaseDir, 'samtal-owner.pid'), `${await deadPid()}\n`);

    const notices: string[] = [];
    await removeStalePid(databaseDir, (m) => notices.push(m));
    expect(alive(orphan.pid!)).toBe(false);
    expect(existsSync(path.join(databaseDir, 'postmaster.pid'))).toBe(false);
    expect(notices.join('\n')).toContain(
      `Stopping PostgreSQL process ${orphan.pid}, left running by a Samtal that crashed`,
    );
  });

  it('refuses a PostgreSQL that a running Samtal still uses, naming the process and SAMTAL_DATA_DIR', async () => {
    const databaseDir = path.join(tempDataDir(), 'pg');
    const postmaster = fakeProcess('postgres', '-D', databaseDir);
    const owner = fakeProcess('samtal-owner');
    mkdirSync(databaseDir);
    writeFileSync(path.join(databaseDir, 'postmaster.pid'), `${postmaster.pid}\n`);
    writeFileSync(path.join(databaseDir, 'samtal-owner.pid'), `${owner.pid}\n`);

    await expect(removeStalePid(databaseDir, () => {})).rejects.toThrow(
      new RegExp(`in use by Samtal process ${owner.pid}.*SAMTAL_DATA_DIR`),
    );
    expect(alive(postmaster.pid!)).toBe(true);
    expect(existsSync(path.join(databaseDir, 'postmaster.pid'))).toBe(true);
  });
});
