/** `samtal secrets reseal` as a child process: a key rotation re-seals every channel token. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectChannel } from '../channels/connect-channel.js';
import { SecretBox } from '../shared/secret-box.js';
import { makeWorkspace } from '../test-support/factories.js';
import { runSamtal } from '../test-support/samtal-process.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const sealedOf = async (channelId: string) =>
  (
    await t.db
      .selectFrom('channels')
      .select('credentials_encrypted')
      .where('id', '=', channelId)
      .executeTakeFirstOrThrow()
  ).credentials_encrypted!;

describe('samtal secrets reseal', { timeout: 120_000 }, () => {
  it('moves credentials sealed with the previous key to the new key, audit-logged, and says what it did', async () => {
    const oldKey = t.config.secretKeys[0]!.toString('base64');
    const ws = await makeWorkspace(t.db);
    const channel = await connectChannel(
      t.ctx,
      ws.id,
      { id: null, label: 'test' },
      {
        kind: 'sandbox',
        name: 'Sandbox',
        handle: 'sbx',
        settings: { ratePerMinute: 0 },
      },
    );
    const before = await sealedOf(channel.id);
    const token = t.ctx.secrets.open(before);
    const hookSecret = 'a webhook secret of some length';
    await t.db
      .insertInto('inbox_settings')
      .values({ workspace_id: ws.id, business_hours: '{}', webhook_secret_encrypted: t.ctx.secrets.seal(hookSecret) })
      .execute();

    const newKey = randomBytes(32).toString('base64');
    const env = { SAMTAL_SECRET_KEY: newKey, SAMTAL_PREVIOUS_SECRET_KEYS: oldKey };
    const run = await runSamtal(['secrets', 'reseal'], { databaseUrl: t.database.url, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Re-sealed 1 channel credential/);
    expect(run.stdout).toMatch(/Re-sealed 1 webhook secret/);
    const settings = await t.db
      .selectFrom('inbox_settings')
      .select('webhook_secret_encrypted')
      .where('workspace_id', '=', ws.id)
      .executeTakeFirstOrThrow();
    expect(new SecretBox([Buffer.from(newKey, 'base64')]).open(settings.webhook_secret_encrypted!)).toBe(hookSecret);

    const after = await sealedOf(channel.id);
    expect(after).not.toBe(before);
    expect(new SecretBox([Buffer.from(newKey, 'base64')]).open(after)).toBe(token);
    const audit = await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).execute();
    expect(audit.map((a) => a.action)).toContain('channel.credentials_resealed');

    const again = await runSamtal(['secrets', 'reseal'], { databaseUrl: t.database.url, env });
    expect(again.stdout).toMatch(/Re-sealed 0 .*1 already used the current key/);
  });

  it('exits non-zero naming the channels that no configured key can open, changing nothing', async () => {
    const unrelatedKey = randomBytes(32).toString('base64');
    const before = await t.db.selectFrom('channels').select(['id', 'credentials_encrypted']).execute();
    const run = await runSamtal(['secrets', 'reseal'], {
      databaseUrl: t.database.url,
      env: { SAMTAL_SECRET_KEY: unrelatedKey },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no configured key can open.*SAMTAL_PREVIOUS_SECRET_KEYS/);
    expect(await t.db.selectFrom('channels').select(['id', 'credentials_encrypted']).execute()).toEqual(before);
  });
});
