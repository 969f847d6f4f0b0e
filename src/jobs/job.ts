/**
 * Jobs are typed contracts: an id, a zod payload and a handler. They are enqueued with
 * `enqueue(executor, job, payload)` on the same transaction as the change that causes them, through
 * graphile-worker's SQL API, so a rolled-back change never runs its job.
 */
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../db/database.js';

export interface JobContext {
  jobId: string;
  attempt: number;
  /** Aborted when the worker shuts down; long handlers should stop early. */
  signal?: AbortSignal;
}

export interface JobDefinition<S extends z.ZodType, D> {
  id: string;
  payload: S;
  /** Attempts before the job is given up (graphile-worker backs off exponentially between them). */
  maxAttempts: number;
  /** Jobs in the same queue run one at a time, in order. */
  queue?: (payload: z.output<S>) => string | undefined;
  handler: (payload: z.output<S>, deps: D, ctx: JobContext) => Promise<void>;
}

export function defineJob<S extends z.ZodType, D>(definition: JobDefinition<S, D>): JobDefinition<S, D> {
  return definition;
}

export interface EnqueueOptions {
  runAt?: Date;
  /** Replaces a pending job with the same key (debounce / reschedule). */
  jobKey?: string;
  jobKeyMode?: 'replace' | 'preserve_run_at' | 'unsafe_dedupe';
  priority?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJob = JobDefinition<z.ZodType, any>;

export async function enqueue<S extends z.ZodType>(
  executor: Executor,
  job: JobDefinition<S, unknown> | AnyJob,
  payload: z.input<S>,
  options: EnqueueOptions = {},
): Promise<void> {
  const parsed = job.payload.parse(payload);
  const queue = job.queue?.(parsed as z.output<S>) ?? null;
  await sql`SELECT graphile_worker.add_job(
    identifier => ${job.id},
    payload => ${JSON.stringify(parsed)}::json,
    queue_name => ${queue},
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${job.maxAttempts}::int,
    job_key => ${options.jobKey ?? null},
    priority => ${options.priority ?? null}::int,
    job_key_mode => ${options.jobKeyMode ?? 'replace'}
  )`.execute(executor);
}
