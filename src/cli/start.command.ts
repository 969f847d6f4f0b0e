import type { Command } from 'commander';
import { loadConfig, SERVICES } from '../config/config.js';
import { createLogger, startSamtal } from '../app/runtime.js';
import { CliError } from './cli-error.js';

export function registerStartCommand(program: Command) {
  program
    .command('start')
    .description('Start Samtal: the API and web app, the job worker, or both (default)')
    .option('--services <list>', `comma-separated services to run: ${SERVICES.join(', ')}`)
    .action(async (options: { services?: string }) => {
      const env = { ...process.env };
      if (options.services) env.SAMTAL_SERVICES = options.services;
      const config = loadConfig(env);
      const log = createLogger(config);
      const running = await startSamtal(config, log).catch((error: Error) => {
        throw new CliError(`could not start: ${error.message}`);
      });
      if (running.url) process.stdout.write(`\nSamtal is running at ${running.url}\n`);

      let signals = 0;
      const shutdown = (signal: string) => {
        signals += 1;
        if (signals > 1) {
          log.warn('second signal: exiting now');
          process.exit(130);
        }
        log.info({ signal }, 'shutting down: finishing in-flight requests and jobs');
        running.stop().then(
          () => process.exit(0),
          (error: Error) => {
            log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
    });
}
