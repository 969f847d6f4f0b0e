/** Outgoing webhooks in production: the server never posts into its own network (SSRF). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitWebhook } from '../notifications/notify.js';
import { deliverWebhook } from '../notifications/deliver-webhook.js';
import { loadSlaContext } from '../sla/sla.repository.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SAMTAL_ALLOW_PRIVATE_URLS: 'false' } });
});
afterAll(async () => t?.close());

describe('webhook URLs when private addresses are not allowed', () => {
  it('refuses a private, loopback or metadata address with a 400 naming the field, changing nothing', async () => {
    const workspace = await makeWorkspace(t.db);
    const admin = await t.login((await makeMember(t.db, workspace.id, ['admin'])).email);
    for (const url of ['https://127.0.0.1:8080/hook', 'https://169.254.169.254/latest', 'https://10.0.0.7/x']) {
      const res = await admin.put(`/api/workspaces/${workspace.id}/inbox-settings`, {
        webhookUrl: url,
        webhookSecret: 'sixteen chars ok!',
      });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.message).toMatch(/private network/);
      expect(res.json().error.details[0].field).toBe('body.webhookUrl');
    }
    const settings = (await admin.get(`/api/workspaces/${workspace.id}/inbox-settings`)).json().settings;
    expect(settings.webhookUrl).toBeNull();
  });

  it('does not send a delivery whose stored URL points into the private network, and says why', async () => {
    const workspace = await makeWorkspace(t.db);
    // Stored before the guard existed (or while private URLs were allowed).
    await loadSlaContext(t.db, workspace.id); // creates the settings row
    await t.db
      .updateTable('inbox_settings')
      .set({
        webhook_url: 'https://127.0.0.1:9/hook',
        webhook_secret_encrypted: t.ctx.secrets.seal('sixteen chars ok!'),
      })
      .where('workspace_id', '=', workspace.id)
      .execute();
    await t.db.transaction().execute((trx) => emitWebhook(trx, workspace.id, 'sla.breached', { test: true }));
    const delivery = await t.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('workspace_id', '=', workspace.id)
      .executeTakeFirstOrThrow();
    expect(await deliverWebhook(t.ctx, delivery.id, { attempt: 1, maxAttempts: 5 })).toBe('failed');
    const stored = await t.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('id', '=', delivery.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'failed' });
    expect(JSON.stringify(stored)).toMatch(/private network/);
  });
});
