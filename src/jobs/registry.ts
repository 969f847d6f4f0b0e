/** Every job this codebase defines. A worker process runs all of them. */
import type { AnyJob } from './job.js';

export const allJobs: AnyJob[] = [];

/** Recurring schedules (graphile-worker crontab syntax). */
export const crontab = '';
