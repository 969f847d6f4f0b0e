import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { makeAuthor, makeChannel, makeConversation, makeItem } from './inbox.factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const ids = (res: { json(): unknown }) =>
  (res.json() as { conversations: Array<{ id: string }> }).conversations.map((c) => c.id);

async function setup(language: 'sv' | 'nl' | 'en' = 'sv') {
  const ws = await makeWorkspace(t.db, { defaultLanguage: language });
  const responder = await makeMember(t.db, ws.id, ['responder'], { name: 'Rita Responder' });
  const channel = await makeChannel(t.db, ws.id, { name: 'Facebook' });
  const client = await t.login(responder.email);
  return { ws, responder, channel, client, url: `/api/workspaces/${ws.id}/conversations` };
}

describe('inbox list', () => {
  it('sorts the default inbox by time left, breached first, only new/open, and pages with a cursor', async () => {
    const { channel, client, url } = await setup();
    const breached = await makeConversation(t.db, channel, { due_at: minutes(-30), sla_state: 'breached' });
    const soon = await makeConversation(t.db, channel, { due_at: minutes(10), status: 'open' });
    const later = await makeConversation(t.db, channel, { due_at: minutes(120) });
    const noDue = await makeConversation(t.db, channel, { due_at: null });
    await makeConversation(t.db, channel, { due_at: minutes(-60), status: 'resolved' });
    await makeConversation(t.db, channel, { due_at: minutes(-60), status: 'waiting' });

    const res = await client.get(url);
    expect(res.statusCode).toBe(200);
    expect(ids(res)).toEqual([breached.id, soon.id, later.id, noDue.id]);
    const first = res.json().conversations[0];
    expect(first).toMatchObject({ channelName: 'Facebook', status: 'new', slaState: 'breached', itemCount: 1 });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await client.get(`${url}?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.statusCode).toBe(200);
      seen.push(...ids(page));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual([breached.id, soon.id, later.id, noDue.id]);
    expect((await client.get(`${url}?cursor=garbage`)).statusCode).toBe(400);

    const newest = await client.get(`${url}?view=all&sort=newest&limit=2`);
    expect(newest.json().conversations).toHaveLength(2);
    const counts = (await client.get(`${url}/counts`)).json();
    expect(counts).toMatchObject({ inbox: 4, waiting: 1, breached: 1, mine: 0 });
  });

  it('narrows by each filter', async () => {
    const { ws, responder, channel, client, url } = await setup();
    const other = await makeChannel(t.db, ws.id);
    const team = await t.db
      .insertInto('teams')
      .values({ workspace_id: ws.id, name: 'A' })
      .returningAll()
      .executeTakeFirstOrThrow();
    const neg = await makeConversation(t.db, channel, {
      sentiment: 'negative',
      severity: 'critical',
      intent: 'complaint',
      language: 'sv',
      tags: ['vip'],
      assignee_id: responder.id,
      team_id: team.id,
      due_at: minutes(30),
    });
    const pos = await makeConversation(t.db, other, {
      sentiment: 'positive',
      severity: 'normal',
      intent: 'praise',
      language: 'en',
      due_at: minutes(300),
    });
    const only = async (query: string, expected: string[]) => {
      const res = await client.get(`${url}?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(200);
      expect(ids(res).sort(), query).toEqual([...expected].sort());
    };
    await only('', [neg.id, pos.id]);
    await only(`channelId=${other.id}`, [pos.id]);
    await only('sentiment=negative', [neg.id]);
    await only('sentiment=negative,positive', [neg.id, pos.id]);
    await only('severity=critical', [neg.id]);
    await only('intent=praise', [pos.id]);
    await only('language=en', [pos.id]);
    await only('tag=vip', [neg.id]);
    await only('assigneeId=me', [neg.id]);
    await only(`assigneeId=${responder.id}`, [neg.id]);
    await only('assigneeId=none', [pos.id]);
    await only('view=mine', [neg.id]);
    await only('timeLeft=lt1h', [neg.id]);
    await only('timeLeft=breached', []);
    await only('status=new&view=all', [neg.id, pos.id]);
    const summary = (await client.get(`${url}?tag=vip`)).json().conversations[0];
    expect(summary.assignee).toEqual({ id: responder.id, name: 'Rita Responder' });
    expect(summary.team).toEqual({ id: team.id, name: 'A' });
    expect((await client.get(`${url}?sentiment=angry`)).statusCode).toBe(400);
  });

  it('keeps an old resolved conversation in the unanswered view while an item awaits an answer', async () => {
    const { channel, client, url } = await setup();
    const old = await makeConversation(t.db, channel, {
      status: 'resolved',
      awaiting_since: new Date(Date.now() - 40 * 86_400_000),
      last_activity_at: new Date(Date.now() - 40 * 86_400_000),
    });
    await makeConversation(t.db, channel, { status: 'open', awaiting_since: null });
    expect(ids(await client.get(`${url}?view=unanswered`))).toEqual([old.id]);
    expect(ids(await client.get(url))).not.toContain(old.id);
    expect((await client.get(`${url}/counts`)).json().unanswered).toBe(1);
  });

  it('finds a Swedish word in an inflected form, and exact words in other languages', async () => {
    const { channel, client, url } = await setup('sv');
    const invoice = await makeConversation(t.db, channel, { text: 'Var är min faktura? Jag har väntat länge.' });
    const english = await makeConversation(t.db, channel, {
      language: 'en',
      items: [{ text: 'The bicycle broke down', language: 'en' }],
    });
    const school = await makeConversation(t.db, channel, { text: 'Skolan i Ekeby är bra' });
    expect(ids(await client.get(`${url}?q=skola`))).toEqual([school.id]);
    expect(ids(await client.get(`${url}?q=fakturan`))).toEqual([invoice.id]);
    expect(ids(await client.get(`${url}?q=${encodeURIComponent('"min faktura"')}`))).toEqual([invoice.id]);
    expect(ids(await client.get(`${url}?q=bicycle`))).toEqual([english.id]);
    expect(ids(await client.get(`${url}?q=cykel`))).toEqual([]);
  });
});

describe('conversation page and changes', () => {
  it('shows items with versions, mentions and reviews, the thread and the author history without changing the status', async () => {
    const { ws, responder, channel, client, url } = await setup();
    const author = await makeAuthor(t.db, ws.id, { handle: '@lisa', name: 'Lisa' });
    const conversation = await makeConversation(t.db, channel, {
      author_id: author.id,
      thread_platform_id: 'post-1',
      items: [],
    });
    const inbound = await makeItem(t.db, conversation, {
      text: 'Nu fungerar det',
      author_id: author.id,
      thread_platform_id: 'post-1',
      version: 2,
      edited_at: new Date(),
    });
    await t.db
      .insertInto('item_versions')
      .values({
        item_id: inbound.id,
        version: 1,
        text: 'Det fungerar inte',
        raw: '{}',
        replaced_at: new Date(),
        change: 'edited',
      })
      .execute();
    const note = await makeItem(t.db, conversation, {
      direction: 'note',
      kind: 'note',
      platform_id: null,
      user_id: responder.id,
      text: 'Kolla detta @Rita',
      mentions: [responder.id],
    });
    const reply = await makeItem(t.db, conversation, {
      direction: 'outbound',
      kind: 'our_reply',
      platform_id: null,
      user_id: responder.id,
      text: 'Bra!',
      send_status: 'rejected',
    });
    await t.db
      .insertInto('reply_reviews')
      .values({ item_id: reply.id, reviewer_id: responder.id, decision: 'rejected', comment: 'Too short' })
      .execute();
    const neighbour = await makeConversation(t.db, channel, { thread_platform_id: 'post-1', items: [] });
    await makeItem(t.db, neighbour, { text: 'Håller med', thread_platform_id: 'post-1' });
    const older = await makeConversation(t.db, channel, {
      author_id: author.id,
      status: 'closed',
      closed_reason: 'spam',
    });

    const res = await client.get(`${url}/${conversation.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.conversation).toMatchObject({ id: conversation.id, status: 'new', slaPolicyName: null });
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([inbound.id, note.id, reply.id]);
    expect(body.items[0].versions).toEqual([
      { version: 1, text: 'Det fungerar inte', replacedAt: expect.any(String), change: 'edited' },
    ]);
    expect(body.items[1].mentions).toEqual([{ id: responder.id, name: 'Rita Responder' }]);
    expect(body.items[1].user).toEqual({ id: responder.id, name: 'Rita Responder' });
    expect(body.items[2].review).toMatchObject({
      decision: 'rejected',
      comment: 'Too short',
      reviewerName: 'Rita Responder',
    });
    expect(body.thread.map((i: { text: string }) => i.text)).toEqual(['Håller med']);
    expect(body.authorHistory.author).toMatchObject({ id: author.id, handle: '@lisa', name: 'Lisa' });
    expect(body.authorHistory.conversations.map((c: { id: string }) => c.id)).toEqual([older.id]);
    const after = await t.db
      .selectFrom('conversations')
      .select('status')
      .where('id', '=', conversation.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('new');
  });

  it('patches a conversation: new becomes open, waiting pauses the clock, closing needs a reason, all audited', async () => {
    const { ws, responder, channel, client, url } = await setup();
    const conversation = await makeConversation(t.db, channel);
    const res = await client.patch(`${url}/${conversation.id}`, {
      priority: 'high',
      tags: ['a', 'a', 'b'],
      assigneeId: responder.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().conversation).toMatchObject({
      status: 'open',
      priority: 'high',
      tags: ['a', 'b'],
      assignee: { id: responder.id },
    });

    expect((await client.patch(`${url}/${conversation.id}`, { status: 'waiting' })).statusCode).toBe(200);
    const paused = await t.db
      .selectFrom('conversations')
      .selectAll()
      .where('id', '=', conversation.id)
      .executeTakeFirstOrThrow();
    expect(paused.sla_paused_at).not.toBeNull();
    expect((await client.patch(`${url}/${conversation.id}`, { status: 'open' })).statusCode).toBe(200);
    const resumed = await t.db
      .selectFrom('conversations')
      .selectAll()
      .where('id', '=', conversation.id)
      .executeTakeFirstOrThrow();
    expect(resumed.sla_paused_at).toBeNull();

    expect((await client.patch(`${url}/${conversation.id}`, { status: 'closed' })).statusCode).toBe(400);
    const closed = await client.patch(`${url}/${conversation.id}`, { status: 'closed', closedReason: 'spam' });
    expect(closed.json().conversation).toMatchObject({ status: 'closed', closedReason: 'spam' });
    const outsider = await makeMember(t.db, (await makeWorkspace(t.db)).id, ['admin']);
    expect((await client.patch(`${url}/${conversation.id}`, { assigneeId: outsider.id })).statusCode).toBe(400);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('workspace_id', '=', ws.id)
      .where('subject_id', '=', conversation.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(Array(4).fill('conversation.updated'));
    expect((audit[0]!.data as { changes: Record<string, unknown> }).changes).toHaveProperty('status');

    const viewer = await t.login((await makeMember(t.db, ws.id, ['viewer'])).email);
    expect((await viewer.patch(`${url}/${conversation.id}`, { priority: 'low' })).statusCode).toBe(403);
  });

  it("answers 404 for another workspace's conversation, through every route", async () => {
    const { client, url } = await setup();
    const elsewhere = await setup();
    const foreign = await makeConversation(t.db, elsewhere.channel);
    expect((await client.get(`${url}/${foreign.id}`)).statusCode).toBe(404);
    expect((await client.patch(`${url}/${foreign.id}`, { priority: 'low' })).statusCode).toBe(404);
    expect((await client.post(`${url}/${foreign.id}/presence`, { typing: true })).statusCode).toBe(404);
    expect(
      (await client.post(`${url}/bulk`, { conversationIds: [foreign.id], patch: { priority: 'low' } })).statusCode,
    ).toBe(404);
    expect(ids(await client.get(`${url}?view=all`))).not.toContain(foreign.id);
    const after = await t.db
      .selectFrom('conversations')
      .select('priority')
      .where('id', '=', foreign.id)
      .executeTakeFirstOrThrow();
    expect(after.priority).toBe('normal');
  });

  it('bulk-updates conversations in one transaction (all or nothing) and audits each', async () => {
    const { ws, channel, client, url } = await setup();
    const rows: Array<{ id: string }> = [];
    for (let i = 0; i < 3; i++) rows.push(await makeConversation(t.db, channel));
    const res = await client.post(`${url}/bulk`, {
      conversationIds: rows.map((r) => r.id),
      patch: { status: 'resolved' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ updated: 3 });
    const stored = await t.db
      .selectFrom('conversations')
      .select(['status', 'resolved_at'])
      .where('channel_id', '=', channel.id)
      .execute();
    expect(stored.every((r) => r.status === 'resolved' && r.resolved_at !== null)).toBe(true);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('workspace_id', '=', ws.id)
      .where('action', '=', 'conversation.updated')
      .execute();
    expect(audited.map((a) => a.subject_id).sort()).toEqual(rows.map((r) => r.id).sort());

    const missing = await client.post(`${url}/bulk`, {
      conversationIds: [rows[0]!.id, '00000000-0000-4000-8000-000000000000'],
      patch: { priority: 'urgent' },
    });
    expect(missing.statusCode).toBe(404);
    const untouched = await t.db
      .selectFrom('conversations')
      .select('priority')
      .where('id', '=', rows[0]!.id)
      .executeTakeFirstOrThrow();
    expect(untouched.priority).toBe('normal');
    const tooMany = Array.from({ length: 501 }, () => rows[0]!.id);
    expect(
      (await client.post(`${url}/bulk`, { conversationIds: tooMany, patch: { priority: 'low' } })).statusCode,
    ).toBe(400);
  });

  it('publishes presence for a conversation of the workspace', async () => {
    const { channel, client, url } = await setup();
    const conversation = await makeConversation(t.db, channel);
    expect((await client.post(`${url}/${conversation.id}/presence`, { typing: true })).statusCode).toBe(204);
    expect((await client.post(`${url}/${conversation.id}/presence`, {})).statusCode).toBe(400);
  });
});
