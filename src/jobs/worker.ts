/**
 * The worker service: runs every registered job through graphile-worker and keeps a heartbeat row so
 * /api/health can tell whether workers are alive. `stop()` lets in-flight jobs finish.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Logger as WorkerLogger, run, type Runner, type TaskList } from 'graphile-worker';
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
  const workerId = `${os.hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
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
    logger: pinoBridge(log.child({ component: 'jobs' })),
    // Without batching, graphile-worker records a finished job fire-and-forget, so stop() could
    // resolve (and the process exit) before the job row is completed; the job would then stay
    // locked for hours and run again. A batcher (delay 0: no waiting) is flushed on shutdown.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  });

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
