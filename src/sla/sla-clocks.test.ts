import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChannel, makeConversation, makeItem } from '../inbox/inbox.factories.js';
import { makeReplyFixture } from '../replies/replies.fixtures.js';
import { makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { maybeAcknowledgeOutOfHours } from './out-of-hours.js';
import { pauseSla, resumeSla } from './pause.js';
import { recordResponse } from './record-response.js';
import { weekdaySchedule } from './schedule.js';
import { loadSlaContext } from './sla.repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const at = (isoWithOffset: string) => new Date(isoWithOffset);
const HOUR = 3_600_000;

async function defaultPolicy(workspaceId: string) {
  const { policies } = await loadSlaContext(t.db, workspaceId);
  return policies.find((p) => p.name === 'Default')!;
}
const conversationRow = (id: string) =>
  t.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const eventsOf = (id: string) =>
  t.db
    .selectFrom('sla_events')
    .select(['target', 'kind', 'due_at'])
    .where('conversation_id', '=', id)
    .orderBy('id')
    .execute();

/** Monday 23 Nov 2026 09:00 Stockholm: an item arrives; first response due 13:00. */
async function waitingConversation() {
  const workspace = await makeWorkspace(t.db);
  const policy = await defaultPolicy(workspace.id);
  const channel = await makeChannel(t.db, workspace.id);
  const received = at('2026-11-23T09:00:00+01:00');
  const conversation = await makeConversation(t.db, channel, {
    status: 'open',
    awaiting_since: received,
    sla_policy_id: policy.id,
    first_response_due_at: at('2026-11-23T13:00:00+01:00'),
    due_at: at('2026-11-23T13:00:00+01:00'),
    sla_state: 'ok',
    items: [{ occurred_at: received, received_at: received }],
  });
  return { workspace, channel, conversation };
}

describe('recordResponse', () => {
  it("marks the first response 'met', answers the items and clears the deadline", async () => {
    const { conversation } = await waitingConversation();
    const sent = at('2026-11-23T10:15:00+01:00');
    await t.db.transaction().execute((trx) => recordResponse(trx, conversation.id, sent));
    expect(await eventsOf(conversation.id)).toEqual([
      { target: 'first_response', kind: 'met', due_at: at('2026-11-23T13:00:00+01:00') },
    ]);
    const after = await conversationRow(conversation.id);
    expect(after).toMatchObject({ first_responded_at: sent, awaiting_since: null, due_at: null, sla_state: 'ok' });
    const items = await t.db
      .selectFrom('items')
      .select('answered_at')
      .where('conversation_id', '=', conversation.id)
      .execute();
    expect(items).toEqual([{ answered_at: sent }]);
  });

  it('starts the next-response clock for an item that arrived after the reply was written', async () => {
    const { conversation } = await waitingConversation();
    const later = at('2026-11-23T16:00:00+01:00');
    await makeItem(t.db, conversation, { occurred_at: later, received_at: later, text: 'Och en sak till' });
    await t.db.transaction().execute((trx) => recordResponse(trx, conversation.id, at('2026-11-23T11:00:00+01:00')));
    const after = await conversationRow(conversation.id);
    expect(after.awaiting_since).toEqual(later);
    // 16:00 + 4 h of business time → 1 h Monday, 3 h Tuesday.
    expect(after.next_response_due_at).toEqual(at('2026-11-24T11:00:00+01:00'));
    expect(after.due_at).toEqual(at('2026-11-24T11:00:00+01:00'));

    await t.db.transaction().execute((trx) => recordResponse(trx, conversation.id, at('2026-11-24T09:00:00+01:00')));
    expect((await eventsOf(conversation.id)).map((e) => `${e.target} ${e.kind}`)).toEqual([
      'first_response met',
      'next_response met',
    ]);
  });

  it('records a late reply as a breach (once), never as met', async () => {
    const { conversation } = await waitingConversation();
    await t.db.transaction().execute((trx) => recordResponse(trx, conversation.id, at('2026-11-23T14:00:00+01:00')));
    expect(await eventsOf(conversation.id)).toEqual([
      { target: 'first_response', kind: 'breached', due_at: at('2026-11-23T13:00:00+01:00') },
    ]);
    expect((await conversationRow(conversation.id)).first_responded_at).toEqual(at('2026-11-23T14:00:00+01:00'));
  });
});

describe('pauseSla / resumeSla', () => {
  it('pushes the resolution deadline out by the paused business time', async () => {
    const { conversation } = await waitingConversation();
    const resolution = at('2026-11-26T09:00:00+01:00'); // 3 business days of 9 h from Monday 09:00
    await t.db
      .updateTable('conversations')
      .set({ resolution_due_at: resolution })
      .where('id', '=', conversation.id)
      .execute();

    // Waiting from Monday 15:00 to Tuesday 10:00: 2 h Monday + 2 h Tuesday of open time.
    await t.db.transaction().execute((trx) => pauseSla(trx, conversation.id, at('2026-11-23T15:00:00+01:00')));
    await t.db.transaction().execute((trx) => pauseSla(trx, conversation.id, at('2026-11-23T16:00:00+01:00'))); // keeps 15:00
    expect((await conversationRow(conversation.id)).sla_paused_at).toEqual(at('2026-11-23T15:00:00+01:00'));
    const added = await t.db
      .transaction()
      .execute((trx) => resumeSla(trx, conversation.id, at('2026-11-24T10:00:00+01:00')));
    expect(added).toBe(4 * HOUR);
    const after = await conversationRow(conversation.id);
    expect(after).toMatchObject({ sla_paused_at: null, sla_paused_ms: String(4 * HOUR) });
    expect(after.resolution_due_at).toEqual(at('2026-11-26T13:00:00+01:00'));

    // A second pause adds up; resuming when not paused changes nothing.
    await t.db.transaction().execute((trx) => pauseSla(trx, conversation.id, at('2026-11-25T16:00:00+01:00')));
    await t.db.transaction().execute((trx) => resumeSla(trx, conversation.id, at('2026-11-26T08:30:00+01:00')));
    expect(
      await t.db.transaction().execute((trx) => resumeSla(trx, conversation.id, at('2026-11-26T09:00:00+01:00'))),
    ).toBe(0);
    const again = await conversationRow(conversation.id);
    expect(again.sla_paused_ms).toBe(String(5.5 * HOUR));
    // 13:00 Thursday + 1.5 h → 14:30.
    expect(again.resolution_due_at).toEqual(at('2026-11-26T14:30:00+01:00'));
  });
});

describe('maybeAcknowledgeOutOfHours', () => {
  async function enableAck(workspaceId: string) {
    await loadSlaContext(t.db, workspaceId);
    await t.db
      .updateTable('inbox_settings')
      .set({
        out_of_hours_ack: true,
        business_hours: JSON.stringify(weekdaySchedule('Europe/Stockholm', 'SE')),
        out_of_hours_texts: JSON.stringify({ sv: 'Vi svarar på måndag.', en: 'We will answer on Monday.' }),
      })
      .where('workspace_id', '=', workspaceId)
      .execute();
  }
  const acknowledge = (f: { workspaceId: string; channelId: string; conversationId: string }, itemId: string) =>
    t.db.transaction().execute(async (trx) => {
      const item = await trx.selectFrom('items').selectAll().where('id', '=', itemId).executeTakeFirstOrThrow();
      const conversation = {
        id: f.conversationId,
        workspace_id: f.workspaceId,
        channel_id: f.channelId,
        kind: 'public' as const,
      };
      return maybeAcknowledgeOutOfHours(trx, t.ctx, conversation, item);
    });

  it('replies once per closed period, in the item’s language, through the normal send path', async () => {
    const f = await makeReplyFixture(t);
    await enableAck(f.workspaceId);
    const saturday = at('2026-11-21T11:00:00+01:00');
    await t.db.updateTable('items').set({ occurred_at: saturday }).where('id', '=', f.inboundItemId).execute();

    const ack = await acknowledge(f, f.inboundItemId);
    expect(ack).toMatchObject({
      direction: 'outbound',
      kind: 'our_reply',
      text: 'Vi svarar på måndag.',
      language: 'sv',
      send_status: 'queued',
      user_id: null,
      reply_to_item_id: f.inboundItemId,
    });
    expect(ack!.outbound_action_id).not.toBeNull();
    const action = await t.db
      .selectFrom('outbound_actions')
      .selectAll()
      .where('id', '=', ack!.outbound_action_id!)
      .executeTakeFirstOrThrow();
    expect(action).toMatchObject({ kind: 'publicReply', target_platform_id: f.inboundPlatformId, status: 'queued' });

    // Another comment on Sunday: the desk has not opened since, so no second acknowledgement.
    const conversation = await conversationRow(f.conversationId);
    const sunday = await makeItem(t.db, conversation, { occurred_at: at('2026-11-22T20:00:00+01:00') });
    expect(await acknowledge(f, sunday.id)).toBeNull();
    // During opening hours: none either.
    const monday = await makeItem(t.db, conversation, { occurred_at: at('2026-11-23T10:00:00+01:00') });
    expect(await acknowledge(f, monday.id)).toBeNull();
    // The next closed period gets one again.
    const mondayNight = await makeItem(t.db, conversation, { occurred_at: at('2026-11-23T22:00:00+01:00') });
    expect(await acknowledge(f, mondayNight.id)).not.toBeNull();
  });

  it('does nothing when the acknowledgement is switched off', async () => {
    const f = await makeReplyFixture(t);
    await loadSlaContext(t.db, f.workspaceId);
    await t.db
      .updateTable('items')
      .set({ occurred_at: at('2026-11-21T11:00:00+01:00') })
      .where('id', '=', f.inboundItemId)
      .execute();
    expect(await acknowledge(f, f.inboundItemId)).toBeNull();
    const replies = await t.db
      .selectFrom('items')
      .select('id')
      .where('conversation_id', '=', f.conversationId)
      .where('kind', '=', 'our_reply')
      .execute();
    expect(replies).toEqual([]);
  });
});
