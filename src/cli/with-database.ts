/**
 * What maintenance commands share: the configured database (embedded or DATABASE_URL), migrated,
 * closed afterwards whatever happens; and `--workspace <slug>` turned into a workspace id, or an
 * exit 1 that names the unknown slug.
 */
import { createLogger, openConfiguredDatabase } from '../app/runtime.js';
import { loadConfig } from '../config/config.js';
import type { Db } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { findWorkspaceBySlug } from '../workspaces/workspaces.repository.js';
import { CliError } from './cli-error.js';

export async function withMigratedDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { database, embedded } = await openConfiguredDatabase(config, createLogger({ logLevel: 'warn' }));
  try {
    await migrate(database.pool);
    return await work(database.db);
  } finally {
    await database.close();
    await embedded?.stop();
  }
}

/** The id of the workspace named by `--workspace`, undefined when the option is absent. */
export async function workspaceIdOf(db: Db, slug: string | undefined): Promise<string | undefined> {
  if (slug === undefined) return undefined;
  const workspace = await findWorkspaceBySlug(db, slug);
  if (!workspace) throw new CliError(`There is no workspace "${slug}".`, 1);
  return workspace.id;
}
