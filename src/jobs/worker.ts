/**
 * The worker service: runs every registered job through graphile-worker and keeps a heartbeat row so
 * /api/health can tell whether workers are alive. `stop()` lets in-flight jobs finish.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import os from 'node:os';
import { Logger as WorkerLogger, run, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/database.js';
import type { AnyJob } from './job.js';

export interface WorkerService {
  id: string;
  stop(): Promise<void>;
}

export interface StartWorkerOptions<D> {
  database: DatabaseHandle;
  jobs: AnyJob[];
  deps: D;
  concurrency: number;
  log: Logger;
  /** graphile-worker's poll interval, ms; LISTEN/NOTIFY wakes it sooner for new jobs. */
  pollInterval?: number;
  /** Schedules in graphile-worker crontab syntax. */
  crontab?: string;
}

export async function startWorker<D>(options: StartWorkerOptions<D>): Promise<WorkerService> {
  const { database, jobs, deps, log } = options;
  // The heartbeat carries graphile-worker's own worker ids (after a space), so the jobs a killed
  // process had locked can be freed (unlockDeadWorkers) instead of waiting graphile's 4 hours.
  const graphileIds: string[] = [];
  const events: WorkerEvents = new EventEmitter();
  events.on('pool:create', ({ workerPool }) => graphileIds.push(workerPool.id)); // locks jobs when concurrency > 1
  events.on('worker:create', ({ worker }) => graphileIds.push(worker.workerId));
  let workerId = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const taskList: TaskList = {};
  for (const job of jobs) {
    taskList[job.id] = async (rawPayload, helpers) => {
      const payload = job.payload.safeParse(rawPayload);
      if (!payload.success) {
        // A payload that does not parse will never parse: fail loudly, the job row keeps the error.
        throw new Error(`Invalid payload for job ${job.id}: ${payload.error.message}`);
      }
      await job.handler(payload.data, deps, {
        jobId: helpers.job.id,
        attempt: helpers.job.attempts,
        signal: helpers.abortSignal,
      });
    };
  }

  const runner: Runner = await run({
    pgPool: database.pool,
    taskList,
    concurrency: options.concurrency,
    pollInterval: options.pollInterval ?? 1000,
    noHandleSignals: true,
    crontab: options.crontab ?? '',
    events,
    logger: pinoBridge(log.child({ component: 'jobs' })),
    // Without batching, graphile-worker records a finished job fire-and-forget, so stop() could
    // resolve (and the process exit) before the job row is completed; the job would then stay
    // locked for hours and run again. A batcher (delay 0: no waiting) is flushed on shutdown.
    // The local queue fetches (and locks) a batch of due jobs in one query instead of one query per
    // job: what lets 10,000 posts due in one minute go out on time. A killed process's batch is
    // freed by unlockDeadWorkers (the pool id is in the heartbeat).
    preset: {
      worker: {
        completeJobBatchDelay: 0,
        failJobBatchDelay: 0,
        localQueue: { size: Math.max(2, options.concurrency) },
      },
    },
  });

  workerId = `${workerId} ${graphileIds.join(',')}`;
  const beat = async () => {
    await database.pool
      .query(
        `INSERT INTO worker_heartbeats (worker_id, hostname, pid, started_at, seen_at) VALUES ($1, $2, $3, now(), now())
         ON CONFLICT (worker_id) DO UPDATE SET seen_at = now()`,
        [workerId, os.hostname(), process.pid],
      )
      .catch((error: Error) => log.warn({ err: error }, 'worker heartbeat failed'));
  };
  await beat();
  await unlockDeadWorkers(database).catch((error: Error) => log.warn({ err: error }, 'unlocking dead workers failed'));
  const timer = setInterval(beat, 10_000);
  timer.unref();

  return {
    id: workerId,
    async stop() {
      clearInterval(timer);
      await runner.stop();
      await database.pool.query('DELETE FROM worker_heartbeats WHERE worker_id = $1', [workerId]).catch(() => {});
    },
  };
}

const STALE_HEARTBEAT_SECONDS = 30;

/**
 * Frees the jobs of dead worker processes: a heartbeat older than 30 s, or one of this host whose
 * process is gone (a SIGKILLed worker restarted by its supervisor). Returns the graphile ids freed.
 */
export async function unlockDeadWorkers(database: Pick<DatabaseHandle, 'pool'>): Promise<string[]> {
  const { rows } = await database.pool.query<{ worker_id: string; hostname: string; pid: number; stale: boolean }>(
    `SELECT worker_id, hostname, pid, seen_at < now() - make_interval(secs => $1) AS stale FROM worker_heartbeats`,
    [STALE_HEARTBEAT_SECONDS],
  );
  const dead = rows.filter((r) => r.stale || (r.hostname === os.hostname() && !processAlive(r.pid)));
  const graphileIds = dead.flatMap((r) => (r.worker_id.split(' ')[1] ?? '').split(',').filter(Boolean));
  if (dead.length === 0) return [];
  if (graphileIds.length)
    await database.pool.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [graphileIds]);
  await database.pool.query('DELETE FROM worker_heartbeats WHERE worker_id = ANY($1::text[])', [
    dead.map((r) => r.worker_id),
  ]);
  return graphileIds;
}

function processAlive(pid: number) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function pinoBridge(log: Logger) {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...(meta ?? {}) };
    if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else if (level === 'info')
      log.debug(fields, message); // one line per job is too chatty at info
    else log.debug(fields, message);
  });
}
