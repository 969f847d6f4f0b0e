/** Every job this codebase defines. A worker process runs all of them. */
import { performActionJob, syncChannelJob } from '../channels/channel.jobs.js';
import { REFRESH_PROFILES_CRONTAB, refreshProfileJob, refreshProfilesJob } from '../channels/channel-profile.js';
import { ENSURE_POLLING_CRONTAB, ensurePollingJob } from '../channels/ensure-polling.js';
import { processMetaDeliveryJob } from '../channels/meta/meta.jobs.js';
import { sandboxGenerateJob } from '../channels/sandbox/sandbox.jobs.js';
import { deliverWebhookJob } from '../notifications/notifications.jobs.js';
import { PURGE_RETENTION_CRONTAB, purgeRetentionJob } from '../privacy/privacy.jobs.js';
import { SLA_WATCH_CRONTAB, slaWatchJob } from '../sla/sla.jobs.js';
import { publishVariantJob } from '../publishing/sending/publish-variant.job.js';
import { UNLOCK_DEAD_WORKERS_CRONTAB, unlockDeadWorkersJob } from '../publishing/sending/unlock-dead-workers.job.js';
import type { AnyJob } from './job.js';

export const allJobs: AnyJob[] = [
  syncChannelJob,
  performActionJob,
  sandboxGenerateJob,
  ensurePollingJob,
  slaWatchJob,
  deliverWebhookJob,
  refreshProfileJob,
  refreshProfilesJob,
  processMetaDeliveryJob,
  purgeRetentionJob,
  publishVariantJob,
  unlockDeadWorkersJob,
];

/** Recurring schedules (graphile-worker crontab syntax). */
export const crontab = [
  ENSURE_POLLING_CRONTAB,
  SLA_WATCH_CRONTAB,
  REFRESH_PROFILES_CRONTAB,
  PURGE_RETENTION_CRONTAB,
  UNLOCK_DEAD_WORKERS_CRONTAB,
].join('\n');
