import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../channels/channel-fixtures.js';
import { startWorker } from '../jobs/worker.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { deliverWebhookJob } from './notifications.jobs.js';
import { emitWebhook, notify } from './notify.js';
import { verifyWebhookSignature } from './webhook-signature.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

let t: TestApp;
let server: Server;
let url: string;
const received: Received[] = [];
/** Status codes the receiver answers with, in order; 200 when the list is used up. */
const answers: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = answers.shift() ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/samtal-hook`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

const SECRET = 'a webhook secret of enough length';

async function workspaceWithWebhook() {
  const workspace = await makeWorkspace(t.db);
  const admin = await t.login((await makeMember(t.db, workspace.id, ['admin'])).email);
  const res = await admin.put(`/api/workspaces/${workspace.id}/inbox-settings`, {
    webhookUrl: url,
    webhookSecret: SECRET,
  });
  expect(res.statusCode, res.body).toBe(200);
  return { workspace, admin };
}

describe('webhooks', () => {
  it(
    'delivers a signed event the receiver can verify, and retries a 500 with backoff, recording it',
    { timeout: 30_000 },
    async () => {
      const { workspace, admin } = await workspaceWithWebhook();
      received.length = 0;
      answers.push(500);
      await t.db
        .transaction()
        .execute((trx) =>
          emitWebhook(trx, workspace.id, 'sla.breached', { conversationId: 'c-1', target: 'first_response' }),
        );
      const worker = await startWorker({
        database: t.database,
        jobs: [deliverWebhookJob],
        deps: t.ctx,
        concurrency: 1,
        log: pino({ level: 'silent' }),
        pollInterval: 100,
      });
      try {
        // The first attempt gets a 500 and is recorded; graphile-worker retries after ≈ e¹ s.
        const failed = await waitFor(async () => {
          const row = await t.db
            .selectFrom('webhook_deliveries')
            .selectAll()
            .where('workspace_id', '=', workspace.id)
            .executeTakeFirst();
          return row && row.attempts >= 1 ? row : undefined;
        });
        expect(failed).toMatchObject({ status: 'pending', response_status: 500, attempts: 1 });
        expect(failed.last_error).toContain('HTTP 500');
        const delivered = await waitFor(async () => {
          const row = await t.db
            .selectFrom('webhook_deliveries')
            .selectAll()
            .where('id', '=', failed.id)
            .executeTakeFirst();
          return row?.status === 'delivered' ? row : undefined;
        }, 20_000);
        expect(delivered).toMatchObject({ attempts: 2, response_status: 200, last_error: null });
      } finally {
        await worker.stop();
      }

      expect(received).toHaveLength(2);
      for (const request of received) {
        expect(verifyWebhookSignature(SECRET, request.body, request.headers['x-samtal-signature'] as string)).toBe(
          true,
        );
        expect(
          verifyWebhookSignature(
            'another secret entirely',
            request.body,
            request.headers['x-samtal-signature'] as string,
          ),
        ).toBe(false);
        expect(request.headers['x-samtal-event']).toBe('sla.breached');
        expect(Number(request.headers['x-samtal-timestamp'])).toBeGreaterThan(1_700_000_000);
      }
      const [first, second] = received as [Received, Received];
      expect(first.headers['x-samtal-delivery']).toBe(second.headers['x-samtal-delivery']); // one delivery, retried
      expect(JSON.parse(second.body)).toMatchObject({
        event: 'sla.breached',
        workspaceId: workspace.id,
        data: { conversationId: 'c-1', target: 'first_response' },
      });

      const log = await admin.get(`/api/workspaces/${workspace.id}/webhook-deliveries`);
      expect(log.json().deliveries).toEqual([
        expect.objectContaining({ event: 'sla.breached', status: 'delivered', attempts: 2, responseStatus: 200 }),
      ]);
    },
  );

  it('records nothing for a workspace without a webhook', async () => {
    const workspace = await makeWorkspace(t.db);
    await t.db.transaction().execute((trx) => emitWebhook(trx, workspace.id, 'sla.warning', {}));
    const rows = await t.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('workspace_id', '=', workspace.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('keeps the secret sealed at rest and out of every answer', async () => {
    const { workspace, admin } = await workspaceWithWebhook();
    const row = await t.db
      .selectFrom('inbox_settings')
      .selectAll()
      .where('workspace_id', '=', workspace.id)
      .executeTakeFirstOrThrow();
    expect(row.webhook_secret_encrypted).not.toContain(SECRET);
    expect(t.ctx.secrets.open(row.webhook_secret_encrypted!)).toBe(SECRET);
    const res = await admin.get(`/api/workspaces/${workspace.id}/inbox-settings`);
    expect(res.body).not.toContain(SECRET);
    expect(res.json().settings).toMatchObject({ webhookUrl: url, webhookSecretSet: true });
  });
});

describe('notifications', () => {
  it('shows members only their own, counts unread and marks them read', async () => {
    const workspace = await makeWorkspace(t.db);
    const alice = await makeMember(t.db, workspace.id, ['responder']);
    const bob = await makeMember(t.db, workspace.id, ['viewer']);
    await t.db.transaction().execute(async (trx) => {
      await notify(trx, {
        workspaceId: workspace.id,
        userIds: [alice.id, alice.id],
        kind: 'mention',
        data: { by: 'x' },
      });
      await notify(trx, { workspaceId: workspace.id, userIds: [alice.id, bob.id], kind: 'sla.warning', data: {} });
    });
    const asAlice = await t.login(alice.email);
    const asBob = await t.login(bob.email);
    const base = `/api/workspaces/${workspace.id}/notifications`;

    const list = (await asAlice.get(`${base}?unread=true`)).json();
    expect(list.unreadCount).toBe(2); // the duplicate user id notified once
    expect(list.notifications.map((n: { kind: string }) => n.kind).sort()).toEqual(['mention', 'sla.warning']);
    expect((await asBob.get(base)).json().notifications).toHaveLength(1);

    const mention = list.notifications.find((n: { kind: string }) => n.kind === 'mention');
    // Bob cannot mark Alice's notification read.
    expect((await asBob.post(`${base}/read`, { ids: [mention.id] })).json()).toEqual({ updated: 0, unreadCount: 1 });
    expect((await asAlice.post(`${base}/read`, { ids: [mention.id] })).json()).toEqual({ updated: 1, unreadCount: 1 });
    expect((await asAlice.post(`${base}/read`, { all: true })).json()).toEqual({ updated: 1, unreadCount: 0 });
    expect((await asAlice.get(`${base}?unread=true`)).json().notifications).toEqual([]);
    expect((await asAlice.get(base)).json().notifications).toHaveLength(2);
    expect((await asAlice.post(`${base}/read`, {})).statusCode).toBe(400);
  });
});
