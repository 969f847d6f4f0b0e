/**
 * Helpers of the access matrix test: a workspace full of objects to point routes at, a snapshot
 * of everything a workspace owns, and sending a request (streams over real HTTP).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Role } from '../auth/roles.js';
import { ROLES } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { ingestEvents } from '../ingest/ingest-events.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import type { TestApp, TestClient } from '../test-support/test-app.js';

export interface MatrixFixture {
  workspaceId: string;
  /** Real ids for path parameters, by parameter name. */
  ids: Record<string, string>;
  /** platform id of an inbound item, for action bodies. */
  itemPlatformId: string;
  admin: TestClient;
}

/** A workspace with a member to act on, an open invitation, a sandbox channel, an item (in its conversation), an action and a routing rule. */
export async function makeMatrixFixture(t: TestApp): Promise<MatrixFixture> {
  const ws = await makeWorkspace(t.db);
  const admin = await t.login((await makeMember(t.db, ws.id, ['admin'])).email);
  const target = await makeMember(t.db, ws.id, ['viewer']);
  const invited = await admin.post(`/api/workspaces/${ws.id}/invitations`, {
    email: `invited-${unique()}@example.test`,
    roles: ['viewer'],
  });
  if (invited.statusCode !== 201) throw new Error(`fixture: invitation failed: ${invited.statusCode} ${invited.body}`);
  const channel = await admin.post(`/api/workspaces/${ws.id}/channels`, {
    kind: 'sandbox',
    name: 'Matrix',
    handle: `matrix${unique()}`,
    settings: { ratePerMinute: 0 },
  });
  if (channel.statusCode !== 201) throw new Error(`fixture: channel failed: ${channel.statusCode} ${channel.body}`);
  const channelId = channel.json().id as string;
  const itemPlatformId = `matrix-item-${unique()}`;
  const item = await t.db.transaction().execute(async (trx) => {
    const channelRow = await trx
      .selectFrom('channels')
      .selectAll()
      .where('id', '=', channelId)
      .executeTakeFirstOrThrow();
    await ingestEvents(trx, t.ctx, channelRow, [
      {
        platformId: itemPlatformId,
        kind: 'comment',
        author: { platformId: 'author-1', handle: 'resident' },
        text: 'When is the library open?',
        threadPlatformId: 'post-1',
        occurredAt: new Date(),
        raw: {},
      },
    ]);
    return trx
      .selectFrom('items')
      .select(['id', 'conversation_id'])
      .where('channel_id', '=', channelId)
      .where('platform_id', '=', itemPlatformId)
      .executeTakeFirstOrThrow();
  });
  const action = await t.db
    .insertInto('outbound_actions')
    .values({
      workspace_id: ws.id,
      channel_id: channelId,
      kind: 'report',
      target_platform_id: itemPlatformId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Actions are created queued; this one failed already (nothing to perform).
  await t.db
    .updateTable('outbound_actions')
    .set({ status: 'failed', error: 'fixture' })
    .where('id', '=', action.id)
    .execute();
  const rule = await t.db
    .insertInto('routing_rules')
    .values({
      workspace_id: ws.id,
      name: 'Matrix',
      conditions: JSON.stringify({ keywords: ['matrix'] }),
      actions: JSON.stringify({ addTags: ['matrix'] }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    workspaceId: ws.id,
    ids: {
      userId: target.id,
      invitationId: invited.json().invitation.id,
      channelId,
      itemId: item.id,
      conversationId: item.conversation_id,
      actionId: action.id,
      ruleId: rule.id,
    },
    itemPlatformId,
    admin,
  };
}

/** One logged-in member per role, each holding exactly that role. */
export async function membersWithOneRole(t: TestApp, workspaceId: string): Promise<Record<Role, TestClient>> {
  const clients = {} as Record<Role, TestClient>;
  for (const role of ROLES) clients[role] = await t.login((await makeMember(t.db, workspaceId, [role])).email);
  return clients;
}

/** Put real ids (or, for a parameter the fixture does not know, a random uuid) into a route's path. */
export function fillPath(url: string, workspaceId: string, ids: Record<string, string>): string {
  return url.replace(/:(\w+)/g, (_, name: string) =>
    name === 'workspaceId' ? workspaceId : (ids[name] ?? randomUUID()),
  );
}

/**
 * Everything a workspace owns: its row, rows of every table with a workspace_id (or a channel_id
 * of its channels), its members' accounts and sessions, and queued jobs that mention it. Tables are
 * found in the catalog, so tables added later are covered too.
 */
export async function snapshotWorkspace(db: Db, workspaceId: string) {
  const { rows: tables } = await sql<{
    table_name: string;
    by_workspace: boolean;
    by_channel: boolean;
    by_user: boolean;
  }>`
    SELECT table_name,
           bool_or(column_name = 'workspace_id') AS by_workspace,
           bool_or(column_name = 'channel_id') AS by_channel,
           bool_or(column_name = 'user_id') AS by_user
      FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name ORDER BY table_name`.execute(
    db,
  );
  const snapshot: Record<string, string[]> = {};
  const channels = sql`(SELECT id FROM channels WHERE workspace_id = ${workspaceId})`;
  const members = sql`(SELECT user_id FROM memberships WHERE workspace_id = ${workspaceId})`;
  for (const { table_name: name, by_workspace, by_channel, by_user } of tables) {
    const table = sql.table(name);
    let where;
    if (name === 'workspaces') where = sql`x.id = ${workspaceId}`;
    else if (name === 'users') where = sql`x.id IN ${members}`;
    else if (by_workspace) where = sql`x.workspace_id = ${workspaceId}`;
    else if (by_channel) where = sql`x.channel_id IN ${channels}`;
    else if (by_user) where = sql`x.user_id IN ${members}`;
    else continue;
    const { rows } = await sql<{
      row: string;
    }>`SELECT to_jsonb(x)::text AS row FROM ${table} x WHERE ${where} ORDER BY 1`.execute(db);
    snapshot[name] = rows.map((r) => r.row);
  }
  const { rows: jobs } = await sql<{
    n: string;
  }>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE payload::text LIKE ${'%' + workspaceId + '%'}`.execute(
    db,
  );
  snapshot['graphile_worker.jobs'] = [jobs[0]!.n];
  return snapshot;
}

export interface Sent {
  statusCode: number;
  message: string;
}

/** Send through fastify.inject, or for an event stream over real HTTP, closing it once the status is known. */
export async function send(
  t: TestApp,
  client: TestClient,
  request: { method: string; url: string; body?: unknown; stream?: boolean; headers?: Record<string, string> },
): Promise<Sent> {
  if (!request.stream) {
    const res = await client.request(request.method, request.url, request.body, request.headers);
    return { statusCode: res.statusCode, message: errorMessage(res.body) };
  }
  const address = await listening(t);
  const abort = new AbortController();
  const res = await fetch(address + request.url, {
    method: request.method,
    headers: { ...(client.cookie ? { cookie: `samtal_session=${client.cookie}` } : {}), ...request.headers },
    signal: abort.signal,
  });
  const message = res.headers.get('content-type')?.includes('json') ? errorMessage(await res.text()) : '';
  abort.abort();
  return { statusCode: res.status, message };
}

const addresses = new WeakMap<TestApp, Promise<string>>();
function listening(t: TestApp): Promise<string> {
  if (!addresses.has(t)) addresses.set(t, t.app.listen({ port: 0, host: '127.0.0.1' }));
  return addresses.get(t)!;
}

function errorMessage(body: string): string {
  try {
    return (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? '';
  } catch {
    return '';
  }
}

export const unique = () => randomBytes(4).toString('hex');
