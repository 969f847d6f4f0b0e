import type { Command } from 'commander';
import { createContext, createLogger, openConfiguredDatabase } from '../app/runtime.js';
import { resealChannelCredentials } from '../channels/reseal-credentials.js';
import { loadConfig } from '../config/config.js';
import { migrate } from '../db/migrate.js';
import { resealWebhookSecrets } from '../notifications/reseal-webhook-secrets.js';
import { CliError } from './cli-error.js';

/** `samtal secrets reseal`: finish a key rotation by re-sealing stored secrets with the current key. */
export function registerSecretsCommand(program: Command) {
  const secrets = program.command('secrets').description('Secrets at rest (channel tokens, webhook secrets)');
  secrets
    .command('reseal')
    .description(
      'Re-seal all stored channel credentials and webhook secrets with SAMTAL_SECRET_KEY (after moving the old key to SAMTAL_PREVIOUS_SECRET_KEYS)',
    )
    .action(async () => {
      const config = loadConfig();
      const log = createLogger({ logLevel: 'warn' });
      const { database, embedded } = await openConfiguredDatabase(config, log);
      try {
        await migrate(database.pool);
        const ctx = createContext(config, database, log, null);
        const report = await resealChannelCredentials(ctx);
        const webhooks = await resealWebhookSecrets(ctx);
        process.stdout.write(
          `Re-sealed ${report.resealed} channel credential(s); ${report.alreadyCurrent} already used the current key.\n` +
            `Re-sealed ${webhooks.resealed} webhook secret(s); ${webhooks.alreadyCurrent} already used the current key.\n`,
        );
        const problems: string[] = [];
        if (report.unreadable.length) {
          problems.push(
            `${report.unreadable.length} channel(s) have credentials no configured key can open (${report.unreadable.join(', ')}); ` +
              'add the key they were sealed with to SAMTAL_PREVIOUS_SECRET_KEYS, or reconnect those channels.',
          );
        }
        if (webhooks.unreadable.length) {
          problems.push(
            `${webhooks.unreadable.length} workspace(s) have a webhook secret no configured key can open (${webhooks.unreadable.join(', ')}); ` +
              'add the key it was sealed with to SAMTAL_PREVIOUS_SECRET_KEYS, or set a new webhook secret in the inbox settings.',
          );
        }
        if (problems.length) throw new CliError(problems.join('\n'));
      } finally {
        await database.close();
        await embedded?.stop();
      }
    });
}
