import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { createLogger, openConfiguredDatabase } from '../app/runtime.js';
import { migrate } from '../db/migrate.js';
import { CliError } from './cli-error.js';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations and exit')
    .action(async () => {
      const config = loadConfig();
      const log = createLogger({ logLevel: 'warn' });
      const { database, embedded } = await openConfiguredDatabase(config, log).catch((error: unknown) => {
        throw new CliError(`cannot reach the database: ${error instanceof Error ? error.message : String(error)}`);
      });
      try {
        const applied = await migrate(database.pool);
        process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
      } catch (error) {
        throw new CliError(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await database.close();
        await embedded?.stop();
      }
    });
}
