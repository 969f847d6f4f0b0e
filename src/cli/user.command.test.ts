/** Runs the real `samtal` executable as a child process against this file's test database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSamtal } from '../test-support/samtal-process.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const samtal = (...args: string[]) => runSamtal(args, { databaseUrl: t.database.url });

const userByEmail = (email: string) =>
  t.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

describe('samtal user', { timeout: 120_000 }, () => {
  it('creates a user in a workspace who can then log in with the given password', async () => {
    const ws = await makeWorkspace(t.db);
    const run = await samtal(
      'user',
      'create',
      '--email',
      'Cli.Admin@Example.test',
      '--name',
      'Cli Admin',
      '--password',
      'cli password 123',
      '--workspace',
      ws.slug,
      '--roles',
      'responder,admin',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Created user cli.admin@example.test');
    expect(run.stdout).not.toContain('cli password 123');
    const client = await t.login('cli.admin@example.test', 'cli password 123');
    const me = (await client.get('/api/auth/me')).json();
    expect(me.workspaces).toEqual([expect.objectContaining({ id: ws.id, roles: ['admin', 'responder'] })]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('workspace_id', '=', ws.id).execute();
    expect(audit.map((a) => [a.action, a.actor_label])).toEqual([['member.added', 'command line']]);
  });

  it('generates and prints a strong password when none is given', async () => {
    const run = await samtal('user', 'create', '--email', 'generated@example.test', '--name', 'Generated');
    expect(run.code).toBe(0);
    const password = /^Password: (\S+)$/m.exec(run.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect((await t.login('generated@example.test', password!)).csrfToken).toBeTruthy();
  });

  it('exits with 2 and one readable line on bad input, without touching the database', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['user', 'create', '--email', 'not-an-address', '--name', 'X'],
        /^samtal: --email must be an e-mail address\.\n$/,
      ],
      [['user', 'create', '--email', 'x@example.test'], /^samtal: --name is required\.\n$/],
      [
        ['user', 'create', '--email', 'x@example.test', '--name', 'X', '--workspace', 'some-ws', '--roles', 'boss'],
        /^samtal: --roles may only contain the roles admin, /,
      ],
      [['user', 'create', '--email', 'x@example.test', '--name', 'X', '--colour', 'blue'], /unknown option '--colour'/],
    ];
    const runs = await Promise.all(cases.map(([args]) => samtal(...args)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]![0].join(' ')).toBe(2);
      expect(run.stderr, cases[i]![0].join(' ')).toMatch(cases[i]![1]);
    });
    expect(await userByEmail('x@example.test')).toBeUndefined();
  });

  it('exits with 1 and a message for an unknown workspace or user, or an address that is taken', async () => {
    const unknownWorkspace = await samtal(
      'user',
      'create',
      '--email',
      'nowhere@example.test',
      '--name',
      'N',
      '--workspace',
      'no-such-ws',
      '--roles',
      'viewer',
    );
    expect(unknownWorkspace.code).toBe(1);
    expect(unknownWorkspace.stderr).toBe('samtal: The workspace "no-such-ws" was not found.\n');
    expect(await userByEmail('nowhere@example.test')).toBeUndefined();

    const unknownUser = await samtal('user', 'reset-password', '--email', 'ghost@example.test');
    expect(unknownUser.code).toBe(1);
    expect(unknownUser.stderr).toBe('samtal: The user ghost@example.test was not found.\n');

    const existing = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer']);
    const taken = await samtal('user', 'create', '--email', existing.email, '--name', 'Again');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already exists/);
  });

  it('resets a password, ending every session of the user', async () => {
    const ws = await makeWorkspace(t.db);
    const user = await makeMember(t.db, ws.id, ['viewer']);
    const session = await t.login(user.email);
    const run = await samtal('user', 'reset-password', '--email', user.email);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 session(s) ended');
    const password = /^Password: (\S+)$/m.exec(run.stdout)![1]!;
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect((await t.login(user.email, password)).csrfToken).toBeTruthy();
  });

  it('adds a user to a workspace, changes their roles, and lists members', async () => {
    const ws = await makeWorkspace(t.db);
    await makeMember(t.db, ws.id, ['admin'], { email: 'boss@example.test', name: 'Boss' });
    const user = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['viewer'], {
      email: 'joiner@example.test',
      name: 'Joiner',
    });
    const added = await samtal(
      'user',
      'add-to-workspace',
      '--email',
      user.email,
      '--workspace',
      ws.slug,
      '--roles',
      'analyst',
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(`Added joiner@example.test to ${ws.slug}: analyst.\n`);
    const changed = await samtal(
      'user',
      'add-to-workspace',
      '--email',
      user.email,
      '--workspace',
      ws.slug,
      '--roles',
      'manager,analyst',
    );
    expect(changed.stdout).toBe(`Changed the roles of joiner@example.test in ${ws.slug}: manager, analyst.\n`);
    const list = await samtal('user', 'list', '--workspace', ws.slug);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe('boss@example.test\tBoss\tadmin\njoiner@example.test\tJoiner\tmanager,analyst\n');
    const all = await samtal('user', 'list');
    expect(all.stdout).toMatch(new RegExp(`^joiner@example\\.test\\tJoiner\\t.*${ws.slug}: manager,analyst`, 'm'));
  });
});
