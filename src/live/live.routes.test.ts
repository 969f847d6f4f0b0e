import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { publishLive } from './live-events.js';

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp({ live: true });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => t?.close());

/** Reads the event stream until `done` says stop; returns what was read. */
async function readStream(
  body: ReadableStream<Uint8Array>,
  done: (text: string) => boolean,
  timeoutMs = 5_000,
): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    while (!done(text)) {
      const { value, done: ended } = await reader.read();
      if (ended) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => {});
  }
  return text;
}

describe('GET /api/workspaces/:workspaceId/events', () => {
  it('streams a committed event of the workspace to a connected client', async () => {
    const ws = await makeWorkspace(t.db);
    const viewer = await t.login((await makeMember(t.db, ws.id, ['viewer'])).email);
    const controller = new AbortController();
    const res = await fetch(`${baseUrl}/api/workspaces/${ws.id}/events`, {
      headers: { cookie: `${SESSION_COOKIE}=${viewer.cookie}` },
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);

    const reading = readStream(res.body!, (text) => text.includes('event: inbound_item.created'));
    // The subscription is live once the first bytes are out; publish after that.
    await new Promise((r) => setTimeout(r, 200));
    await t.db.transaction().execute((trx) =>
      publishLive(trx, {
        workspaceId: ws.id,
        type: 'inbound_item.created',
        subjectId: 'item-9',
        data: { channelId: 'ch-1' },
      }),
    );
    const text = await reading;
    controller.abort();
    const block = text.split('\n\n').find((b) => b.startsWith('event: inbound_item.created'))!;
    expect(block).toBeDefined();
    const data = JSON.parse(
      block
        .split('\n')
        .find((l) => l.startsWith('data: '))!
        .slice(6),
    );
    expect(data).toEqual({
      workspaceId: ws.id,
      type: 'inbound_item.created',
      subjectId: 'item-9',
      data: { channelId: 'ch-1' },
    });
  });

  it('refuses strangers', async () => {
    const ws = await makeWorkspace(t.db);
    expect((await fetch(`${baseUrl}/api/workspaces/${ws.id}/events`)).status).toBe(401);
    const outsider = await t.login((await makeMember(t.db, (await makeWorkspace(t.db)).id, ['admin'])).email);
    const res = await fetch(`${baseUrl}/api/workspaces/${ws.id}/events`, {
      headers: { cookie: `${SESSION_COOKIE}=${outsider.cookie}` },
    });
    expect(res.status).toBe(404);
  });
});

describe('closing an API node', () => {
  it('ends open event streams so a graceful shutdown does not wait on them', async () => {
    const other = await createTestApp({ live: true });
    try {
      const url = await other.app.listen({ port: 0, host: '127.0.0.1' });
      const ws = await makeWorkspace(other.db);
      const viewer = await other.login((await makeMember(other.db, ws.id, ['viewer'])).email);
      const res = await fetch(`${url}/api/workspaces/${ws.id}/events`, {
        headers: { cookie: `${SESSION_COOKIE}=${viewer.cookie}` },
      });
      expect(res.status).toBe(200);
      const ended = readStream(res.body!, () => false, 10_000);
      const started = Date.now();
      await other.app.close();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await ended).toContain(': connected'); // the stream was open, then ended by the server
    } finally {
      await other.close();
    }
  });
});
