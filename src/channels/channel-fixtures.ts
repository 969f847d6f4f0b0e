/** Test helpers: a workspace with one member per role and a connected sandbox channel. */
import type { Role } from '../auth/roles.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import type { TestApp, TestClient } from '../test-support/test-app.js';

export interface ChannelFixture {
  workspaceId: string;
  channelId: string;
  url: string;
  as: Record<Role, TestClient>;
}

const ROLES: Role[] = ['admin', 'manager', 'responder', 'reviewer', 'moderator', 'analyst', 'viewer'];

export async function makeSandboxChannel(
  t: TestApp,
  settings: Record<string, unknown> = { ratePerMinute: 0 },
): Promise<ChannelFixture> {
  const ws = await makeWorkspace(t.db);
  const as = {} as Record<Role, TestClient>;
  for (const role of ROLES) as[role] = await t.login((await makeMember(t.db, ws.id, [role])).email);
  const res = await as.admin.post(`/api/workspaces/${ws.id}/channels`, {
    kind: 'sandbox',
    name: 'Facebook (sandbox)',
    handle: 'ekebykommun',
    settings,
  });
  if (res.statusCode !== 201) throw new Error(`connect failed: ${res.statusCode} ${res.body}`);
  const channelId = (res.json() as { id: string }).id;
  return { workspaceId: ws.id, channelId, url: `/api/workspaces/${ws.id}/channels/${channelId}`, as };
}

/** Jobs waiting in graphile-worker's queue, by key. */
export async function pendingJobs(t: TestApp) {
  const { rows } = await t.database.pool.query<{
    task_identifier: string;
    key: string | null;
    run_at: Date;
    payload: unknown;
    attempts: number;
  }>(
    `SELECT t.identifier AS task_identifier, j.key, j.run_at, j.payload, j.attempts
       FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id ORDER BY j.id`,
  );
  return rows;
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
