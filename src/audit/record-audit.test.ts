import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { SYSTEM_ACTOR, recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

it('keeps one gapless chain, verifiable by the application, when many transactions append at once (rolled-back ones leave no trace)', async () => {
  const ws = await makeWorkspace(t.db);
  const append = (i: number, rollBack: boolean) =>
    t.db
      .transaction()
      .execute(async (trx) => {
        await recordAudit(trx, {
          workspaceId: ws.id,
          actor: SYSTEM_ACTOR,
          action: 'test.parallel',
          data: { i, text: 'Två minuter – ö "q" 👋', nested: { b: 1, a: [null] } },
        });
        if (rollBack) throw new Error('rolled back');
      })
      .catch((error: Error) => {
        if (error.message !== 'rolled back') throw error;
      });
  // The first appends race for an empty chain.
  await Promise.all(Array.from({ length: 40 }, (_, i) => append(i, i % 5 === 4)));

  const entries = await t.db
    .selectFrom('audit_log')
    .select(['seq', 'prev_hash', 'hash', 'data'])
    .where('workspace_id', '=', ws.id)
    .orderBy('seq')
    .execute();
  expect(entries.map((e) => Number(e.seq))).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  for (let i = 1; i < entries.length; i++) expect(entries[i]!.prev_hash).toBe(entries[i - 1]!.hash);
  expect(entries.every((e) => (e.data as { i: number }).i % 5 !== 4)).toBe(true);
  expect(await verifyAuditChain(t.db, ws.id)).toMatchObject({ ok: true, checked: 32 });
});
