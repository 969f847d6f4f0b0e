/** The ingestion pipeline on the real database: idempotency, edits, conversations, state, routing, SLA. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../channels/channel.js';
import { insertChannel } from '../channels/channels.repository.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { loadSlaContext } from '../sla/sla.repository.js';
import { ingestEvents } from './ingest-events.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function makeChannel() {
  const ws = await makeWorkspace(t.db);
  const channel = await insertChannel(t.db, {
    workspaceId: ws.id,
    kind: 'sandbox',
    name: 'Facebook (sandbox)',
    handle: 'ekebykommun',
    settings: {},
    credentialsEncrypted: null,
  });
  return { ws, channel };
}

type Channel = Awaited<ReturnType<typeof makeChannel>>['channel'];

const ingest = (channel: Channel, events: InboundEvent[]) =>
  t.db.transaction().execute((trx) => ingestEvents(trx, t.ctx, channel, events));

let n = 0;
function comment(overrides: Partial<InboundEvent> = {}): InboundEvent {
  n += 1;
  return {
    platformId: `p-${n}`,
    kind: 'comment',
    author: { platformId: 'u-anna', handle: 'anna.berg', name: 'Anna Berg' },
    text: 'När öppnar biblioteket på lördag?',
    threadPlatformId: 'post-1',
    parentPlatformId: 'post-1',
    occurredAt: new Date('2025-03-03T09:00:00Z'),
    raw: { n },
    ...overrides,
  };
}

const itemsOf = (channelId: string) =>
  t.db.selectFrom('items').selectAll().where('channel_id', '=', channelId).orderBy('occurred_at').execute();
const conversationsOf = (channelId: string) =>
  t.db.selectFrom('conversations').selectAll().where('channel_id', '=', channelId).orderBy('created_at').execute();
const versionsOf = (itemId: string) =>
  t.db.selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version').execute();

describe('ingestEvents', () => {
  it('changes nothing when the same page is delivered twice', async () => {
    const { ws, channel } = await makeChannel();
    const page = [
      comment(),
      comment({ author: { platformId: 'u-bo', handle: 'bo' } }),
      comment({ kind: 'direct_message', threadPlatformId: 'dm-u-anna', parentPlatformId: undefined }),
    ];
    const first = await ingest(channel, page);
    expect(first).toMatchObject({ inserted: 3, updated: 0 });
    expect(first.conversationIds).toHaveLength(3);
    const snapshot = async () => ({
      items: await itemsOf(channel.id),
      conversations: await conversationsOf(channel.id),
      authors: await t.db
        .selectFrom('authors')
        .selectAll()
        .where('workspace_id', '=', ws.id)
        .orderBy('handle')
        .execute(),
      versions: await t.db.selectFrom('item_versions').selectAll().execute(),
    });
    const before = await snapshot();
    const again = await ingest(channel, [...page, page[0]!]);
    expect(again).toEqual({ inserted: 0, updated: 0, conversationIds: [] });
    expect(await snapshot()).toEqual(before);
    expect(before.authors.map((a) => [a.handle, a.item_count])).toEqual([
      ['anna.berg', 2],
      ['bo', 1],
    ]);
  });

  it('keeps the earlier version of an edited item, and a redelivered edit adds nothing', async () => {
    const { channel } = await makeChannel();
    const original = comment({ text: 'Hej, när öppnar simhallen?' });
    await ingest(channel, [original]);
    const edit: InboundEvent = {
      ...original,
      text: 'Det här är helt oacceptabelt, soporna har inte hämtats på tre veckor och ingen svarar!',
      raw: { edited: true },
      change: 'edited',
      editedAt: new Date('2025-03-03T09:05:00Z'),
    };
    expect(await ingest(channel, [edit])).toMatchObject({ inserted: 0, updated: 1 });
    expect(await ingest(channel, [edit])).toMatchObject({ inserted: 0, updated: 0 });
    const [item] = await itemsOf(channel.id);
    expect(item).toMatchObject({ text: edit.text, version: 2, edited_at: edit.editedAt, deleted_at: null });
    expect(item!.sentiment).toBe('negative'); // the new text is analysed again
    const versions = await versionsOf(item!.id);
    expect(versions).toEqual([
      expect.objectContaining({ version: 1, text: 'Hej, när öppnar simhallen?', change: 'edited', raw: original.raw }),
    ]);
    const [conversation] = await conversationsOf(channel.id);
    expect(conversation!.preview).toBe(edit.text);
  });

  it('marks a deleted item and keeps its text for the record', async () => {
    const { channel } = await makeChannel();
    const original = comment({ text: 'Ni är värdelösa' });
    const deletion: InboundEvent = {
      ...original,
      text: '',
      change: 'deleted',
      editedAt: new Date('2025-03-03T10:00:00Z'),
    };
    // Created and deleted in one batch: both apply, in order.
    expect(await ingest(channel, [original, deletion])).toMatchObject({ inserted: 1, updated: 1 });
    expect(await ingest(channel, [deletion])).toMatchObject({ updated: 0 });
    const [item] = await itemsOf(channel.id);
    expect(item).toMatchObject({ text: 'Ni är värdelösa', version: 2, deleted_at: deletion.editedAt });
    expect((await versionsOf(item!.id)).map((v) => [v.version, v.change, v.text])).toEqual([
      [1, 'deleted', 'Ni är värdelösa'],
    ]);
    // A deletion of something never received leaves nothing behind.
    expect(await ingest(channel, [{ ...comment(), change: 'deleted' }])).toMatchObject({ inserted: 0, updated: 0 });
  });

  it('puts one author’s comments under one post in one conversation, and a DM in a private one', async () => {
    const { channel } = await makeChannel();
    await ingest(channel, [
      comment({ occurredAt: new Date('2025-03-03T09:00:00Z') }),
      comment({ kind: 'reply', parentPlatformId: 'p-x', occurredAt: new Date('2025-03-03T09:10:00Z') }),
      comment({ threadPlatformId: 'post-2', parentPlatformId: 'post-2' }),
      comment({ author: { platformId: 'u-bo', handle: 'bo' } }),
      comment({ kind: 'direct_message', threadPlatformId: 'dm-u-anna', parentPlatformId: undefined }),
    ]);
    const conversations = await conversationsOf(channel.id);
    const byKey = Object.fromEntries(conversations.map((c) => [c.conversation_key, c]));
    expect(Object.keys(byKey).sort()).toEqual([
      'dm:u-anna',
      'thread:post-1:u-anna',
      'thread:post-1:u-bo',
      'thread:post-2:u-anna',
    ]);
    expect(byKey['thread:post-1:u-anna']).toMatchObject({ kind: 'public', item_count: 2, status: 'new' });
    expect(byKey['thread:post-1:u-anna']!.awaiting_since).toEqual(new Date('2025-03-03T09:00:00Z'));
    expect(byKey['thread:post-1:u-anna']!.last_inbound_at).toEqual(new Date('2025-03-03T09:10:00Z'));
    expect(byKey['dm:u-anna']).toMatchObject({ kind: 'private', item_count: 1 });
    // The same author across conversations is one author.
    expect(
      new Set(conversations.filter((c) => c.conversation_key.includes('u-anna')).map((c) => c.author_id)).size,
    ).toBe(1);
  });

  it('reopens a resolved conversation when a new inbound item arrives', async () => {
    const { channel } = await makeChannel();
    await ingest(channel, [comment()]);
    const [conversation] = await conversationsOf(channel.id);
    await t.db
      .updateTable('conversations')
      .set({
        status: 'resolved',
        resolved_at: new Date(),
        awaiting_since: null,
        first_responded_at: new Date('2025-03-03T09:30:00Z'),
      })
      .where('id', '=', conversation!.id)
      .execute();
    await ingest(channel, [
      comment({ text: 'En sak till: är det öppet på söndag också?', occurredAt: new Date('2025-03-04T09:00:00Z') }),
    ]);
    const [after] = await conversationsOf(channel.id);
    expect(after).toMatchObject({ id: conversation!.id, status: 'open', resolved_at: null, item_count: 2 });
    expect(after!.awaiting_since).toEqual(new Date('2025-03-04T09:00:00Z'));
    expect(after!.next_response_due_at).not.toBeNull(); // we answered before: the next-response clock runs
    expect(after!.preview).toBe('En sak till: är det öppet på söndag också?');
  });

  it('stores the analysis on the item and the conversation, and raises the priority of a critical item', async () => {
    const { channel } = await makeChannel();
    await ingest(channel, [
      comment({
        text: 'Det här är helt oacceptabelt, soporna har inte hämtats på tre veckor och ingen svarar!',
        language: undefined,
      }),
      comment({ author: { platformId: 'u-x', handle: 'x' }, text: 'Jag ska döda er alla imorgon' }),
    ]);
    const [complaint, threat] = await itemsOf(channel.id).then((items) =>
      [...items].sort((a, b) => (a.author_handle === 'anna.berg' ? -1 : b.author_handle === 'anna.berg' ? 1 : 0)),
    );
    expect(complaint).toMatchObject({
      language: 'sv',
      sentiment: 'negative',
      intent: 'complaint',
      direction: 'inbound',
    });
    expect(complaint!.sentiment_score).toBeLessThan(0);
    expect(threat).toMatchObject({ intent: 'threat', severity: 'critical' });
    const conversations = await conversationsOf(channel.id);
    const threatened = conversations.find((c) => c.id === threat!.conversation_id)!;
    expect(threatened).toMatchObject({ severity: 'critical', priority: 'urgent', intent: 'threat', language: 'sv' });
    const complained = conversations.find((c) => c.id === complaint!.conversation_id)!;
    expect(complained).toMatchObject({ sentiment: 'negative', intent: 'complaint', priority: 'high' });
  });

  it('sets the first-response target from the matching SLA policy', async () => {
    const { channel } = await makeChannel();
    const at = new Date('2025-03-08T22:00:00Z'); // a Saturday night: the critical policy runs 24/7
    await ingest(channel, [comment({ text: 'Jag ska döda er alla imorgon', occurredAt: at })]);
    const [conversation] = await conversationsOf(channel.id);
    const policy = await t.db
      .selectFrom('sla_policies')
      .selectAll()
      .where('id', '=', conversation!.sla_policy_id!)
      .executeTakeFirstOrThrow();
    expect(policy).toMatchObject({ severities: ['critical'], first_response_minutes: 30 });
    expect(conversation!.first_response_due_at).toEqual(new Date(at.getTime() + 30 * 60_000));
    expect(conversation!.due_at).toEqual(conversation!.first_response_due_at);
    expect(conversation!.sla_state).toBe('ok');
    expect(conversation!.resolution_due_at!.getTime()).toBeGreaterThan(conversation!.due_at!.getTime());

    // A calm question on a Saturday waits for Monday's opening (default policy, business hours).
    const calm = await makeChannel();
    await ingest(calm.channel, [comment({ occurredAt: at })]);
    const [question] = await conversationsOf(calm.channel.id);
    expect(question!.first_response_due_at!.getTime()).toBeGreaterThan(at.getTime() + 24 * 3_600_000);
  });

  it('applies routing rules: tags, priority and team for the conversations of matching new items', async () => {
    const { ws, channel } = await makeChannel();
    const team = await t.db
      .insertInto('teams')
      .values({ workspace_id: ws.id, name: 'Avfall' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('routing_rules')
      .values([
        {
          workspace_id: ws.id,
          name: 'Sopor',
          position: 0,
          conditions: JSON.stringify({ keywords: ['soporna', 'sophämtning'], languages: ['sv'] }),
          actions: JSON.stringify({ addTags: ['avfall'], assignTeamId: team.id }),
        },
        {
          workspace_id: ws.id,
          name: 'Negative',
          position: 1,
          conditions: JSON.stringify({ sentiments: ['negative'] }),
          actions: JSON.stringify({ addTags: ['negativ'], setPriority: 'urgent' }),
        },
        {
          workspace_id: ws.id,
          name: 'Disabled',
          position: 2,
          enabled: false,
          conditions: JSON.stringify({}),
          actions: JSON.stringify({ addTags: ['never'] }),
        },
      ])
      .execute();
    await ingest(channel, [
      comment({ text: 'Det här är helt oacceptabelt, SOPORNA har inte hämtats på tre veckor och ingen svarar!' }),
      comment({ author: { platformId: 'u-2', handle: 'two' }, text: 'Sopornas lukt är okej, tack för info' }),
    ]);
    const conversations = await conversationsOf(channel.id);
    const tagsByAuthor = Object.fromEntries(
      await Promise.all(
        conversations.map(async (c) => [
          c.conversation_key.split(':')[2],
          { tags: c.tags, priority: c.priority, team: c.team_id },
        ]),
      ),
    );
    expect(tagsByAuthor['u-anna']).toEqual({ tags: ['avfall', 'negativ'], priority: 'urgent', team: team.id });
    // "Sopornas" is not the word "soporna": no match.
    expect(tagsByAuthor['u-2']!.tags).not.toContain('avfall');
    expect(tagsByAuthor['u-2']!.tags).not.toContain('never');
  });

  it('assigns new conversations to on-duty responders who speak the language, balanced', async () => {
    const { ws, channel } = await makeChannel();
    const sv = await makeMember(t.db, ws.id, ['responder']);
    const nl = await makeMember(t.db, ws.id, ['responder']);
    await t.db
      .insertInto('responders')
      .values([
        { workspace_id: ws.id, user_id: sv.id, languages: ['sv', 'en'] },
        { workspace_id: ws.id, user_id: nl.id, languages: ['nl'] },
      ])
      .execute();
    await ingest(channel, [
      comment({ text: 'Hej! När töms soptunnan?', language: 'sv' }),
      comment({ author: { platformId: 'u-nl', handle: 'jan' }, text: 'Wanneer gaat de winkel open?', language: 'nl' }),
    ]);
    const conversations = await conversationsOf(channel.id);
    const assigneeBy = Object.fromEntries(conversations.map((c) => [c.language, c.assignee_id]));
    expect(assigneeBy).toEqual({ sv: sv.id, nl: nl.id });
  });

  it('acknowledges an item that arrives while the desk is closed, once per closed period', async () => {
    const { ws, channel } = await makeChannel();
    await loadSlaContext(t.db, ws.id);
    await t.db
      .updateTable('inbox_settings')
      .set({ out_of_hours_ack: true })
      .where('workspace_id', '=', ws.id)
      .execute();
    const saturday = new Date('2025-03-08T12:00:00Z');
    await ingest(channel, [
      comment({ occurredAt: saturday }),
      comment({ kind: 'reply', occurredAt: new Date(saturday.getTime() + 60_000) }),
    ]);
    await ingest(channel, [comment({ occurredAt: new Date(saturday.getTime() + 3_600_000) })]);
    const acks = await t.db
      .selectFrom('items')
      .selectAll()
      .where('channel_id', '=', channel.id)
      .where('direction', '=', 'outbound')
      .execute();
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({ kind: 'our_reply', send_status: 'queued', user_id: null, language: 'sv' });

    // During business hours nothing is sent.
    await ingest(channel, [
      comment({ author: { platformId: 'u-2', handle: 'two' }, occurredAt: new Date('2025-03-10T10:00:00Z') }),
    ]);
    expect(
      await t.db
        .selectFrom('items')
        .select('id')
        .where('channel_id', '=', channel.id)
        .where('direction', '=', 'outbound')
        .execute(),
    ).toHaveLength(1);
  });

  it('resumes the paused clock when the author answers a waiting conversation', async () => {
    const { channel } = await makeChannel();
    await ingest(channel, [comment({ occurredAt: new Date('2025-03-03T09:00:00Z') })]);
    const [conversation] = await conversationsOf(channel.id);
    await t.db
      .updateTable('conversations')
      .set({ status: 'waiting', sla_paused_at: new Date('2025-03-03T10:00:00Z') })
      .where('id', '=', conversation!.id)
      .execute();
    await ingest(channel, [comment({ text: 'Här är bilden', occurredAt: new Date('2025-03-03T12:00:00Z') })]);
    const [after] = await conversationsOf(channel.id);
    expect(after).toMatchObject({ status: 'open', sla_paused_at: null });
    expect(Number(after!.sla_paused_ms)).toBe(2 * 3_600_000); // 10:00–12:00 CET on a Monday, business time
    expect(after!.resolution_due_at!.getTime()).toBe(conversation!.resolution_due_at!.getTime() + 2 * 3_600_000);
  });
});
