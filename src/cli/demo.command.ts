import type { Command } from 'commander';
import { createContext, createLogger, openConfiguredDatabase } from '../app/runtime.js';
import { loadConfig } from '../config/config.js';
import { migrate } from '../db/migrate.js';
import { seedDemo } from '../demo/seed-demo.js';

/** `samtal demo seed [--force]`: the demo workspaces, accounts and sandbox channels. */
export function registerDemoCommand(program: Command) {
  const demo = program.command('demo').description('Demo workspaces with simulated social media traffic');
  demo
    .command('seed')
    .description('Create the demo workspaces and print their logins (only on an empty database, unless --force)')
    .option('--force', 'seed even when other workspaces exist; demo workspaces that exist already are skipped')
    .action(async (options: { force?: boolean }) => {
      const config = loadConfig();
      const log = createLogger({ logLevel: 'warn' });
      const { database, embedded } = await openConfiguredDatabase(config, log);
      try {
        await migrate(database.pool);
        const ctx = createContext(config, database, log, null);
        const result = await seedDemo(ctx, {
          force: options.force ?? false,
          print: (text) => process.stdout.write(text),
        });
        if (!result.seeded) {
          process.stdout.write(
            options.force
              ? 'The demo workspaces exist already; nothing was added.\n'
              : 'The database already has workspaces, so no demo was added. Use "samtal demo seed --force" to add it anyway.\n',
          );
        }
      } finally {
        await database.close();
        await embedded?.stop();
      }
    });
}
