import type { App } from '../http/app.js';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { checkHealth } from './check-health.js';

const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded', 'down']),
  database: z.object({
    status: z.enum(['up', 'down']),
    latencyMs: z.number().optional(),
    error: z.string().optional(),
  }),
  jobQueue: z.object({
    status: z.enum(['up', 'down']),
    pendingJobs: z.number().optional(),
    failedJobs: z.number().optional(),
    workersSeen: z.number().optional(),
    error: z.string().optional(),
  }),
  version: z.string(),
});

export function healthRoutes(db: Db, version: string) {
  return async (app: App) => {
    app.get(
      '/api/health',
      {
        config: { access: 'public' },
        schema: {
          summary: 'State of the database and the job queue; 503 when either is down',
          tags: ['health'],
          response: { 200: HealthResponse, 503: HealthResponse },
        },
      },
      async (_request, reply) => {
        const health = await checkHealth(db);
        return reply.status(health.status === 'down' ? 503 : 200).send({ ...health, version });
      },
    );
  };
}
