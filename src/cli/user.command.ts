/**
 * `samtal user …`: manage accounts from the server's command line (first admin, lost passwords).
 * Input is checked before the database is opened; bad input exits with 2, an unknown user or
 * workspace (or another refusal) with 1. The work itself lives in src/users/*.
 */
import { type Command, CommanderError } from 'commander';
import type { z } from 'zod';
import { createLogger, openConfiguredDatabase } from '../app/runtime.js';
import { loadConfig } from '../config/config.js';
import type { Db } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { AppError } from '../http/errors.js';
import { addUserToWorkspace } from '../users/add-user-to-workspace.js';
import { createUser } from '../users/create-user.js';
import { generatePassword } from '../users/generate-password.js';
import { listUsers } from '../users/list-users.js';
import { resetPassword } from '../users/reset-password.js';
import { Email, Password, PersonName, RoleListText, WorkspaceSlug } from '../users/user-input.js';
import { CliError } from './cli-error.js';

const BAD_INPUT = 2;

export function registerUserCommands(program: Command) {
  const user = program
    .command('user')
    .description('Create users, reset passwords, give access to workspaces')
    // Commander's own complaints (unknown or incomplete options) count as bad input too.
    .exitOverride((error) => {
      throw error.exitCode === 0 ? error : new CommanderError(BAD_INPUT, error.code, error.message);
    });

  user
    .command('create')
    .description('Create a user; prints a generated password when --password is left out')
    .option('--email <email>', 'e-mail address (the login)')
    .option('--name <name>', 'full name')
    .option('--password <password>', 'password (at least 10 characters); generated when left out')
    .option('--workspace <slug>', 'also make the user a member of this workspace')
    .option('--roles <roles>', 'comma-separated roles in that workspace, e.g. admin,responder')
    .action(
      async (options: { email?: string; name?: string; password?: string; workspace?: string; roles?: string }) => {
        const email = parse(Email, options.email, '--email');
        const name = parse(PersonName, options.name, '--name');
        const password = options.password === undefined ? null : parse(Password, options.password, '--password');
        if ((options.workspace === undefined) !== (options.roles === undefined)) {
          throw new CliError('--workspace and --roles go together: give both or neither.', BAD_INPUT);
        }
        const workspace =
          options.workspace === undefined
            ? undefined
            : {
                slug: parse(WorkspaceSlug, options.workspace, '--workspace'),
                roles: parse(RoleListText, options.roles, '--roles'),
              };
        const chosen = password ?? generatePassword();
        const created = await withDatabase((db) => createUser(db, { email, name, password: chosen, workspace }));
        print(`Created user ${created.user.email} (${created.user.name}).`);
        if (created.workspace) print(`Member of ${created.workspace.slug} as ${created.roles.join(', ')}.`);
        if (!password) print(`Password: ${chosen}`);
      },
    );

  user
    .command('reset-password')
    .description(
      "Set a new password and end the user's sessions; prints a generated password when --password is left out",
    )
    .option('--email <email>', 'e-mail address of the user')
    .option('--password <password>', 'new password (at least 10 characters); generated when left out')
    .action(async (options: { email?: string; password?: string }) => {
      const email = parse(Email, options.email, '--email');
      const password = options.password === undefined ? null : parse(Password, options.password, '--password');
      const chosen = password ?? generatePassword();
      const result = await withDatabase((db) => resetPassword(db, email, chosen));
      print(`New password set for ${result.user.email}; ${result.endedSessions} session(s) ended.`);
      if (!password) print(`Password: ${chosen}`);
    });

  user
    .command('add-to-workspace')
    .description('Give a user exactly these roles in a workspace (adding them when not yet a member)')
    .option('--email <email>', 'e-mail address of the user')
    .option('--workspace <slug>', 'short name of the workspace')
    .option('--roles <roles>', 'comma-separated roles, e.g. manager,responder')
    .action(async (options: { email?: string; workspace?: string; roles?: string }) => {
      const email = parse(Email, options.email, '--email');
      const workspaceSlug = parse(WorkspaceSlug, options.workspace, '--workspace');
      const roles = parse(RoleListText, options.roles, '--roles');
      const result = await withDatabase((db) => addUserToWorkspace(db, { email, workspaceSlug, roles }));
      const verb = result.previousRoles
        ? `Changed the roles of ${result.user.email} in`
        : `Added ${result.user.email} to`;
      print(`${verb} ${result.workspace.slug}: ${result.roles.join(', ')}.`);
    });

  user
    .command('list')
    .description('List users and their workspaces (or the members of one workspace)')
    .option('--workspace <slug>', 'only the members of this workspace, with their roles')
    .action(async (options: { workspace?: string }) => {
      const slug = options.workspace === undefined ? undefined : parse(WorkspaceSlug, options.workspace, '--workspace');
      const users = await withDatabase((db) => listUsers(db, slug));
      if (users.length === 0) print(slug ? `${slug} has no members.` : 'There are no users yet.');
      for (const u of users) {
        print(
          [u.email, u.name, u.access.join('; ') || '(no workspace)', u.disabled ? 'disabled' : ''].join('\t').trimEnd(),
        );
      }
    });
}

function parse<T extends z.ZodType>(schema: T, value: string | undefined, option: string): z.output<T> {
  if (value === undefined) throw new CliError(`${option} is required.`, BAD_INPUT);
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(`${option} ${result.error.issues[0]?.message ?? 'is invalid'}.`, BAD_INPUT);
  return result.data;
}

/** Open the configured database (migrated first, like `samtal migrate`), run, close. */
async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { database, embedded } = await openConfiguredDatabase(config, createLogger({ logLevel: 'warn' }));
  try {
    await migrate(database.pool);
    return await work(database.db);
  } catch (error) {
    // Refusals from the use cases become one readable line; 400s are bad input.
    if (error instanceof AppError) throw new CliError(error.message, error.statusCode === 400 ? BAD_INPUT : 1);
    throw error;
  } finally {
    await database.close();
    await embedded?.stop();
  }
}

const print = (line: string) => process.stdout.write(`${line}\n`);
