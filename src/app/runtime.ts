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
import { LiveHub } from '../live/live-hub.js';
import { SecretBox } from '../shared/secret-box.js';
import type { AppContext } from './context.js';
import { registerAdapters } from './adapters.js';
import { seedDemoIfEmpty } from './demo-hook.js';

export interface RunningSamtal {
  ctx: AppContext;
  url: string | null;
  stop(): Promise<void>;
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'samtal' }, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] });
}

/** Open the configured database, starting the embedded one when DATABASE_URL is unset. */
export async function openConfiguredDatabase(config: Config, log: Logger): Promise<{ database: DatabaseHandle; embedded: EmbeddedDatabase | null }> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log.info({ dataDir: config.dataDir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      log: (m) => log.debug({ component: 'postgres' }, m),
    });
    url = embedded.url;
  }
  return { database: openDatabase(url, { max: 20 }), embedded };
}

export function createContext(config: Config, database: DatabaseHandle, log: Logger, live: LiveHub | null): AppContext {
  return {
    config,
    database,
    db: database.db,
    log,
    secrets: new SecretBox(config.secretKeys),
    channels: registerAdapters(new ChannelRegistry(), { db: database.db }),
    live,
  };
}

export async function startSamtal(config: Config, log = createLogger(config)): Promise<RunningSamtal> {
  const { database, embedded } = await openConfiguredDatabase(config, log);
  try {
    const applied = await migrate(database.pool);
    if (applied.length) log.info({ applied }, 'migrations applied');

    const runsApi = config.services.includes('api');
    const live = runsApi ? new LiveHub(database.url, log.child({ component: 'live' })) : null;
    await live?.start();
    const ctx = createContext(config, database, log, live);

    if (config.demo) await seedDemoIfEmpty(ctx);

    let worker: WorkerService | null = null;
    if (config.services.includes('worker')) {
      worker = await startWorker({ database, jobs: allJobs, deps: ctx, concurrency: config.workerConcurrency, log, crontab });
      log.info({ workerId: worker.id }, 'worker started');
    }

    let url: string | null = null;
    const app = runsApi ? await buildApp(ctx) : null;
    if (app) {
      url = await app.listen({ port: config.port, host: config.host });
      log.info({ url }, 'Samtal is listening');
    }

    let stopping: Promise<void> | null = null;
    return {
      ctx,
      url,
      stop() {
        stopping ??= (async () => {
          await app?.close(); // stops accepting, waits for in-flight requests
          await worker?.stop(); // waits for in-flight jobs
          await live?.stop();
          await database.close();
          await embedded?.stop();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await database.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}
