import type { Command } from 'commander';
import { loadConfig, SERVICES } from '../config/config.js';
import { createLogger, startSamtal, type RunningSamtal } from '../app/runtime.js';
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

      // Signals are handled from the first moment: a SIGTERM while starting (a quick deploy, a
      // test) still ends in a clean stop and exit code 0, not in Node's default exit 143.
      let running: RunningSamtal | null = null;
      let stopRequested = false;
      let signals = 0;
      const stopAndExit = (samtal: RunningSamtal) =>
        samtal.stop().then(
          () => process.exit(0),
          (error: Error) => {
            log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      const shutdown = (signal: string) => {
        signals += 1;
        if (signals > 1) {
          log.warn('second signal: exiting now');
          process.exit(130);
        }
        log.info({ signal }, 'shutting down: finishing in-flight requests and jobs');
        stopRequested = true;
        if (running) void stopAndExit(running);
      };
      process.on('SIGINT', () => shutdown('SIGINT'));
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGHUP', () => shutdown('SIGHUP')); // terminal closed: still stop PostgreSQL cleanly

      try {
        running = await startSamtal(config, log);
      } catch (error) {
        if (stopRequested) process.exit(0); // asked to stop while starting: not a failure
        throw new CliError(`could not start: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (stopRequested) return void stopAndExit(running);
      if (running.url) process.stdout.write(`\nSamtal is running at ${running.url}\n`);
    });
}
