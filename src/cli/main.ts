#!/usr/bin/env node
/** The `samtal` command: start services, migrate, manage users, seed the demo. */
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config.js';
import { version } from '../http/version.js';
import { registerMigrateCommand } from './migrate.command.js';
import { registerStartCommand } from './start.command.js';
import { registerUserCommands } from './user.command.js';
import { registerDemoCommand } from './demo.command.js';
import { registerSecretsCommand } from './secrets.command.js';
import { registerAnalyzeCommand } from './analyze.command.js';
import { registerEvidenceCommand } from './evidence.command.js';
import { registerPublishingCommand } from './publishing.command.js';
import { CliError } from './cli-error.js';

const program = new Command()
  .name('samtal')
  .description('Samtal — the social media dialogue desk')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

registerStartCommand(program);
registerMigrateCommand(program);
registerUserCommands(program);
registerDemoCommand(program);
registerSecretsCommand(program);
registerAnalyzeCommand(program);
registerEvidenceCommand(program);
registerPublishingCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  if (error instanceof CliError) {
    process.stderr.write(`samtal: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`samtal: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
