import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { makeWorkspace } from '../test-support/factories.js';
import { publishLive, type LiveEvent } from './live-events.js';
import { LiveHub } from './live-hub.js';

let database: TestDatabase;
let nodeA: LiveHub;
let nodeB: LiveHub;
beforeAll(async () => {
  database = await createTestDatabase();
  // Two hubs = two API nodes, each with its own LISTEN connection.
  nodeA = new LiveHub(database.url, pino({ level: 'silent' }));
  nodeB = new LiveHub(database.url, pino({ level: 'silent' }));
  await nodeA.start();
  await nodeB.start();
});
afterAll(async () => {
  await nodeA?.stop();
  await nodeB?.stop();
  await database?.drop();
});

function collect(hub: LiveHub, workspaceId: string) {
  const events: LiveEvent[] = [];
  const unsubscribe = hub.subscribe(workspaceId, (e) => events.push(e));
  return { events, unsubscribe };
}

async function until(probe: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('live events across API nodes', () => {
  it('delivers a committed event to every node, and never one from a rolled-back transaction', async () => {
    const ws = await makeWorkspace(database.db);
    const other = await makeWorkspace(database.db);
    const a = collect(nodeA, ws.id);
    const b = collect(nodeB, ws.id);
    const elsewhere = collect(nodeA, other.id);

    await expect(
      database.db.transaction().execute(async (trx) => {
        await publishLive(trx, {
          workspaceId: ws.id,
          type: 'inbound_item.created',
          subjectId: 'rolled-back',
          data: { channelId: 'c1' },
        });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await database.db.transaction().execute(async (trx) => {
      await publishLive(trx, {
        workspaceId: ws.id,
        type: 'inbound_item.created',
        subjectId: 'item-1',
        data: { channelId: 'c1' },
      });
    });

    // NOTIFYs arrive in commit order, so once the committed one is here a rolled-back one would be too.
    await until(() => a.events.length >= 1 && b.events.length >= 1);
    const expected = [
      { workspaceId: ws.id, type: 'inbound_item.created', subjectId: 'item-1', data: { channelId: 'c1' } },
    ];
    expect(a.events).toEqual(expected);
    expect(b.events).toEqual(expected);
    expect(elsewhere.events).toEqual([]); // other workspaces hear nothing

    a.unsubscribe();
    b.unsubscribe();
    elsewhere.unsubscribe();
    expect(nodeA.subscriberCount + nodeB.subscriberCount).toBe(0);
  });

  it('does not deliver before commit', async () => {
    const ws = await makeWorkspace(database.db);
    const a = collect(nodeA, ws.id);
    await database.db.transaction().execute(async (trx) => {
      await publishLive(trx, { workspaceId: ws.id, type: 'channel.updated', subjectId: 'ch-1' });
      await new Promise((r) => setTimeout(r, 300));
      expect(a.events).toEqual([]);
    });
    await until(() => a.events.length === 1);
    expect(a.events[0]).toMatchObject({ type: 'channel.updated', subjectId: 'ch-1' });
    a.unsubscribe();
  });

  it('delivers several events published in one statement, in their order', async () => {
    const ws = await makeWorkspace(database.db);
    const a = collect(nodeA, ws.id);
    const events = ['first', 'second', 'third'].map((subjectId) => ({
      workspaceId: ws.id,
      type: 'post.updated',
      subjectId,
    }));
    await database.db.transaction().execute((trx) => publishLive(trx, events));
    await until(() => a.events.length === 3);
    expect(a.events.map((e) => e.subjectId)).toEqual(['first', 'second', 'third']);
    await expect(
      publishLive(database.db, [{ workspaceId: ws.id, type: 'too.big', data: { x: 'x'.repeat(8_000) } }]),
    ).rejects.toThrow('too large');
    a.unsubscribe();
  });
});
