/**
 * Starting and stopping Samtal: database (embedded or DATABASE_URL), migrations, demo data, and the
 * services this process runs (api, worker). Stopping lets in-flight requests and jobs finish.
 */
import pino, { type Logger } from 'pino';
import { ChannelRegistry } from '../channels/channel-registry.js';
import type { Config } from '../config/config.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { buildApp } from '../http/app.js';
import { allJobs, crontab } from '../jobs/registry.js';
import { startWorker, type WorkerService } from '../jobs/worker.js';
import { startChannelStreams } from '../channels/channel-streams.js';
import { LiveHub } from '../live/live-hub.js';
import { preloadSpellingSoon } from '../replies/preload-spelling.js';
import { SecretBox } from '../shared/secret-box.js';
import type { AppContext } from './context.js';
import { registerAdapters } from './adapters.js';
import { seedDemoIfEmpty } from './demo-hook.js';
import { closeHeadlessBrowser } from '../shared/headless-browser.js';

export interface RunningSamtal {
  ctx: AppContext;
  url: string | null;
  stop(): Promise<void>;
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'samtal' },
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
  });
}

/** Open the configured database, starting the embedded one when DATABASE_URL is unset. */
export async function openConfiguredDatabase(
  config: Config,
  log: Logger,
): Promise<{ database: DatabaseHandle; embedded: EmbeddedDatabase | null }> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log.info({ dataDir: config.dataDir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      log: (m) => log.debug({ component: 'postgres' }, m),
      notice: (m) => log.warn({ component: 'postgres' }, m),
    });
    url = embedded.url;
  }
  // Room for every parallel job plus the web server, the live hub and graphile-worker's own queries.
  return { database: openDatabase(url, { max: Math.max(20, config.workerConcurrency + 10) }), embedded };
}

export function createContext(config: Config, database: DatabaseHandle, log: Logger, live: LiveHub | null): AppContext {
  return {
    config,
    database,
    db: database.db,
    log,
    secrets: new SecretBox(config.secretKeys),
    channels: registerAdapters(new ChannelRegistry(), { db: database.db, config }),
    live,
  };
}

export async function startSamtal(config: Config, log = createLogger(config)): Promise<RunningSamtal> {
  // Everything started so far, stopped in reverse order: by stop(), or when a later step fails
  // (a worker left running would hold its connections and keep the process alive forever).
  const stoppers: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    let firstError: unknown = null;
    for (const stopOne of stoppers.splice(0).reverse()) {
      await stopOne().catch((error: unknown) => {
        firstError ??= error;
        log.error({ err: error }, 'error while stopping');
      });
    }
    if (firstError) throw firstError;
  };

  try {
    const { database, embedded } = await openConfiguredDatabase(config, log);
    if (embedded) stoppers.push(() => embedded.stop());
    stoppers.push(() => database.close());
    stoppers.push(() => closeHeadlessBrowser()); // started on first evidence capture or report, if any

    const applied = await migrate(database.pool);
    if (applied.length) log.info({ applied }, 'migrations applied');

    const runsApi = config.services.includes('api');
    const live = runsApi ? new LiveHub(database.url, log.child({ component: 'live' })) : null;
    if (live) {
      await live.start();
      stoppers.push(() => live.stop());
    }
    const ctx = createContext(config, database, log, live);

    if (config.demo) await seedDemoIfEmpty(ctx);

    if (config.services.includes('worker')) {
      const worker: WorkerService = await startWorker({
        database,
        jobs: allJobs,
        deps: ctx,
        concurrency: config.workerConcurrency,
        log,
        crontab,
        // Jobs that become due by time (a scheduled post) wake no one: poll often enough that a post
        // goes out within a fraction of a second of its due time. New jobs still arrive by NOTIFY.
        pollInterval: 250,
      });
      stoppers.push(() => worker.stop()); // waits for in-flight jobs
      log.info({ workerId: worker.id }, 'worker started');
      const streams = startChannelStreams({ ...ctx, log: log.child({ component: 'streams' }) });
      stoppers.push(async () => streams.stop());
    }

    let url: string | null = null;
    if (runsApi) {
      const app = await buildApp(ctx);
      stoppers.push(() => app.close()); // stops accepting, waits for in-flight requests
      url = await app.listen({ port: config.port, host: config.host });
      log.info({ url }, 'Samtal is listening');
      preloadSpellingSoon(log); // the composer's spelling check, built off the first request
    }

    let stopping: Promise<void> | null = null;
    return {
      ctx,
      url,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll().catch(() => {});
    throw error;
  }
}
