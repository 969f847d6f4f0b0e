import type { Command } from 'commander';
import { createContext, createLogger, openConfiguredDatabase } from '../app/runtime.js';
import { resealChannelCredentials } from '../channels/reseal-credentials.js';
import { loadConfig } from '../config/config.js';
import { migrate } from '../db/migrate.js';
import { CliError } from './cli-error.js';

/** `samtal secrets reseal`: finish a key rotation by re-sealing stored secrets with the current key. */
export function registerSecretsCommand(program: Command) {
  const secrets = program.command('secrets').description('Secrets at rest (channel tokens)');
  secrets
    .command('reseal')
    .description(
      'Re-seal all stored channel credentials with SAMTAL_SECRET_KEY (after moving the old key to SAMTAL_PREVIOUS_SECRET_KEYS)',
    )
    .action(async () => {
      const config = loadConfig();
      const log = createLogger({ logLevel: 'warn' });
      const { database, embedded } = await openConfiguredDatabase(config, log);
      try {
        await migrate(database.pool);
        const report = await resealChannelCredentials(createContext(config, database, log, null));
        process.stdout.write(
          `Re-sealed ${report.resealed} channel credential(s); ${report.alreadyCurrent} already used the current key.\n`,
        );
        if (report.unreadable.length) {
          throw new CliError(
            `${report.unreadable.length} channel(s) have credentials no configured key can open (${report.unreadable.join(', ')}); ` +
              'add the key they were sealed with to SAMTAL_PREVIOUS_SECRET_KEYS, or reconnect those channels.',
          );
        }
      } finally {
        await database.close();
        await embedded?.stop();
      }
    });
}
