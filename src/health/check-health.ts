import { sql } from 'kysely';
import type { Db } from '../db/database.js';

export interface Health {
  status: 'ok' | 'degraded' | 'down';
  database: { status: 'up' | 'down'; latencyMs?: number; error?: string };
  jobQueue: { status: 'up' | 'down'; pendingJobs?: number; failedJobs?: number; workersSeen?: number; error?: string };
}

export interface HealthOptions {
  /** A load balancer must get an answer, not a hanging request: each probe gives up after this. */
  timeoutMs?: number;
}

/**
 * The database is up when it answers a query in time. The job queue is up when its schema answers;
 * "degraded" means no worker has sent a heartbeat in the last 30 seconds, so jobs pile up but
 * nothing is lost.
 */
export async function checkHealth(db: Db, options: HealthOptions = {}): Promise<Health> {
  const timeoutMs = options.timeoutMs ?? 3_000;
  const started = performance.now();
  try {
    await withTimeout(sql`SELECT 1`.execute(db), timeoutMs, 'the database');
  } catch (error) {
    const message = (error as Error).message;
    return {
      status: 'down',
      database: { status: 'down', error: message },
      jobQueue: { status: 'down', error: 'database unreachable' },
    };
  }
  const database = { status: 'up' as const, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  try {
    const { rows } = await withTimeout(
      sql<{ pending: string; failed: string; workers: string }>`
      SELECT
        (SELECT count(*) FROM graphile_worker.jobs WHERE attempts < max_attempts) AS pending,
        (SELECT count(*) FROM graphile_worker.jobs WHERE attempts >= max_attempts) AS failed,
        (SELECT count(*) FROM worker_heartbeats WHERE seen_at > now() - interval '30 seconds') AS workers`.execute(db),
      timeoutMs,
      'the job queue',
    );
    const row = rows[0]!;
    const jobQueue = {
      status: 'up' as const,
      pendingJobs: Number(row.pending),
      failedJobs: Number(row.failed),
      workersSeen: Number(row.workers),
    };
    return { status: jobQueue.workersSeen > 0 ? 'ok' : 'degraded', database, jobQueue };
  } catch (error) {
    return { status: 'down', database, jobQueue: { status: 'down', error: (error as Error).message } };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  // The losing query keeps running until the server answers; its rejection must not go unhandled.
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
