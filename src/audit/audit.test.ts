import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { recordAudit } from './record-audit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function workspaceWithEntries(count: number) {
  const ws = await makeWorkspace(t.db);
  const admin = await makeMember(t.db, ws.id, ['admin']);
  for (let i = 1; i <= count; i++) {
    await t.db.transaction().execute((trx) =>
      recordAudit(trx, {
        workspaceId: ws.id,
        actor: { id: admin.id, label: 'Admin' },
        action: 'test.step',
        subject: { type: 'step', id: String(i) },
        data: { step: i },
      }),
    );
  }
  return { ws, admin, client: await t.login(admin.email) };
}

describe('audit log routes', () => {
  it('pages through the log newest first with a `before` cursor', async () => {
    const { ws, admin, client } = await workspaceWithEntries(5);
    const first = await client.get(`/api/workspaces/${ws.id}/audit?limit=2`);
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.entries.map((e: { seq: string }) => e.seq)).toEqual(['5', '4']);
    expect(page1.entries[0]).toEqual({
      id: expect.any(String),
      seq: '5',
      actor: { id: admin.id, label: 'Admin' },
      action: 'test.step',
      subject: { type: 'step', id: '5' },
      data: { step: 5 },
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(page1.nextBefore).toBe('4');
    const page2 = (await client.get(`/api/workspaces/${ws.id}/audit?limit=2&before=${page1.nextBefore}`)).json();
    expect(page2.entries.map((e: { seq: string }) => e.seq)).toEqual(['3', '2']);
    const page3 = (await client.get(`/api/workspaces/${ws.id}/audit?limit=2&before=${page2.nextBefore}`)).json();
    expect(page3.entries.map((e: { seq: string }) => e.seq)).toEqual(['1']);
    expect(page3.nextBefore).toBeNull();
    expect((await client.get(`/api/workspaces/${ws.id}/audit`)).json().entries).toHaveLength(5); // default limit 50
  });

  it('refuses a bad limit or cursor with a readable 400', async () => {
    const { ws, client } = await workspaceWithEntries(1);
    for (const query of [
      'limit=0',
      'limit=201',
      'limit=abc',
      'before=-1',
      'before=abc',
      'before=9999999999999999999',
    ]) {
      const res = await client.get(`/api/workspaces/${ws.id}/audit?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.message, query).toMatch(/querystring\.(limit|before)/);
    }
  });

  it('lets managers read but only admins verify', async () => {
    const { ws } = await workspaceWithEntries(1);
    const manager = await t.login((await makeMember(t.db, ws.id, ['manager'])).email);
    expect((await manager.get(`/api/workspaces/${ws.id}/audit`)).statusCode).toBe(200);
    expect((await manager.post(`/api/workspaces/${ws.id}/audit/verify`)).statusCode).toBe(403);
  });
});

describe('audit chain', () => {
  it('verifies an intact chain', async () => {
    const { ws, client } = await workspaceWithEntries(4);
    const res = await client.post(`/api/workspaces/${ws.id}/audit/verify`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, checked: 4 });
  });

  it('refuses UPDATE and DELETE while the append-only trigger is on', async () => {
    const { ws } = await workspaceWithEntries(2);
    await expect(
      sql`UPDATE audit_log SET action = 'forged' WHERE workspace_id = ${ws.id}`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE workspace_id = ${ws.id}`.execute(t.db)).rejects.toThrow(/append-only/);
    const rows = await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', ws.id).execute();
    expect(rows.map((r) => r.action)).toEqual(['test.step', 'test.step']);
  });

  it('names the entry whose data was changed behind the trigger’s back', async () => {
    const { ws, client } = await workspaceWithEntries(4);
    const target = await t.db
      .selectFrom('audit_log')
      .select(['id', 'seq'])
      .where('workspace_id', '=', ws.id)
      .where('seq', '=', '3')
      .executeTakeFirstOrThrow();
    // Only the table owner (the test superuser) can switch the trigger off, as an attacker with DB access might.
    await t.db.connection().execute(async (conn) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(conn);
      try {
        await sql`UPDATE audit_log SET data = '{"step": 99}'::jsonb WHERE id = ${target.id}`.execute(conn);
      } finally {
        await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(conn);
      }
    });
    const res = await client.post(`/api/workspaces/${ws.id}/audit/verify`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { id: String(target.id), seq: '3', reason: expect.stringMatching(/changed/) },
    });
  });
});
