/** The whole jobs path: a real graphile-worker runs the registered jobs against the test database. */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allJobs } from '../jobs/registry.js';
import { startWorker, type WorkerService } from '../jobs/worker.js';
import type { LiveEvent } from '../live/live-events.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeSandboxChannel, pendingJobs, waitFor } from './channel-fixtures.js';
import * as repo from './channels.repository.js';
import { injectSandboxEvents } from './sandbox/sandbox-network.js';
import { listRecordedActions } from './sandbox/sandbox.repository.js';

let t: TestApp;
let worker: WorkerService;
beforeAll(async () => {
  t = await createTestApp({ live: true });
  worker = await startWorker({
    database: t.database,
    jobs: allJobs,
    deps: t.ctx,
    concurrency: 3,
    log: pino({ level: 'silent' }),
    pollInterval: 200,
  });
});
afterAll(async () => {
  await worker?.stop();
  await t?.close();
});

describe('the sandbox channel through the job queue', () => {
  it('delivers feed events and generated traffic as items, announced live', async () => {
    const events: LiveEvent[] = [];
    const f = await makeSandboxChannel(t, { ratePerMinute: 600, languages: ['sv', 'en'] });
    t.ctx.live!.subscribe(f.workspaceId, (e) => events.push(e));
    await injectSandboxEvents(t.db, { workspaceId: f.workspaceId, channelId: f.channelId }, [
      { text: 'Hej från testet' },
    ]);

    // The poll chain picks up the injected event; the generator adds traffic every few seconds. The
    // deadline is generous because CI runs this beside other suites on two cores.
    await waitFor(async () => (await repo.countInboundItems(t.db, f.channelId)) >= 10, 90_000);
    const items = (await f.as.viewer.get(`${f.url}/items?limit=100`)).json().items as Array<{
      id: string;
      text: string;
      language: string | null;
    }>;
    expect(items.map((i) => i.text)).toContain('Hej från testet');
    expect(new Set(items.map((i) => i.text)).size).toBeGreaterThan(5);
    // Small batches announce each item and conversation; a big one (the first poll here) one summary.
    await waitFor(async () => events.filter((e) => e.type === 'item.created').length >= 10, 60_000);
    const announced = events.filter((e) => e.type === 'item.created');
    expect(announced[0]).toMatchObject({
      workspaceId: f.workspaceId,
      subjectId: expect.any(String),
      data: { channelId: f.channelId, conversationId: expect.any(String) },
    });
    expect(new Set(announced.map((e) => e.subjectId)).size).toBe(announced.length); // one event per new item
    expect(events.some((e) => e.type === 'conversation.created' || e.type === 'conversation.updated')).toBe(true);
    for (const summary of events.filter((e) => e.type === 'conversations.changed')) {
      expect(summary.data).toMatchObject({ channelId: f.channelId, count: expect.any(Number) });
      expect(summary.data!.count).toBeGreaterThan(50);
    }

    // Exactly one pending poll and one pending generator run per channel.
    const mine = (await pendingJobs(t)).filter(
      (j) => (j.payload as { channelId?: string }).channelId === f.channelId && j.attempts === 0,
    );
    expect(mine.filter((j) => j.key === `sync:${f.channelId}`).length).toBeLessThanOrEqual(1);
    expect(mine.filter((j) => j.key === `sandbox:${f.channelId}`).length).toBeLessThanOrEqual(1);

    await f.as.admin.delete(f.url); // stops the generator and the polling
  }, 180_000);

  it('performs a requested reply through the queue and records it on the network once', async () => {
    const f = await makeSandboxChannel(t);
    await injectSandboxEvents(t.db, { workspaceId: f.workspaceId, channelId: f.channelId }, [
      { platformId: 'sbx-q1', text: 'När öppnar simhallen?', author: { platformId: 'u-1', handle: 'sim.fan' } },
    ]);
    await waitFor(async () => repo.findInboundItemByPlatformId(t.db, f.channelId, 'sbx-q1'));
    const res = await f.as.responder.post(`${f.url}/actions`, {
      kind: 'publicReply',
      targetPlatformId: 'sbx-q1',
      text: 'På måndag kl. 06!',
    });
    expect(res.statusCode).toBe(202);
    const id = res.json().action.id as string;
    const sent = await waitFor(async () => {
      const action = (await f.as.viewer.get(`${f.url}/actions`))
        .json()
        .actions.find((a: { id: string }) => a.id === id);
      return action?.status === 'sent' ? action : null;
    });
    expect(sent).toMatchObject({ attempts: 1, error: null, platformId: expect.stringMatching(/^sbx-reply-/) });
    const recorded = await listRecordedActions(t.db, f.channelId);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ platform_id: sent.platformId, idempotency_key: id, target_id: 'sbx-q1' });
    await f.as.admin.delete(f.url);
  });
});
