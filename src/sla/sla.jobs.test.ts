import { parseCrontab } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { allJobs, crontab } from '../jobs/registry.js';
import { slaWatchJob } from './sla.jobs.js';

describe('the sla:watch schedule', () => {
  it('is a registered job that the worker crontab runs every minute', () => {
    expect(allJobs).toContain(slaWatchJob);
    const items = parseCrontab(crontab);
    const watch = items.find((item) => item.task === slaWatchJob.id);
    expect(watch).toBeDefined();
    // Every minute of every hour.
    expect(watch!.match).toBeTypeOf('function');
    const minutes = [0, 1, 17, 59].map((minute) =>
      (watch!.match as (digest: object) => boolean)({ min: minute, hour: 3, date: 24, month: 11, dow: 2 }),
    );
    expect(minutes).toEqual([true, true, true, true]);
    expect(watch!.options.backfillPeriod).toBe(0);
  });
});
