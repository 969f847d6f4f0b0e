import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { makeChannel, makeConversation } from '../inbox/inbox.factories.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { firstResponseDue, pickPolicy } from './sla-targets.js';
import { loadSlaContext, policyTargets } from './sla.repository.js';
import { watchSla } from './sla-watch.js';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => database?.close());

const at = (isoWithOffset: string) => new Date(isoWithOffset);

/** A conversation received at `receivedAt` with the workspace's matching policy applied, as the ingestion stores it. */
async function receivedConversation(
  workspaceId: string,
  receivedAt: Date,
  options: { severity?: string; sentiment?: string; assigneeId?: string | null } = {},
) {
  const context = await loadSlaContext(db, workspaceId);
  const channel = await makeChannel(db, workspaceId);
  const item = {
    channelId: channel.id,
    severity: options.severity ?? 'normal',
    sentiment: options.sentiment ?? 'neutral',
  };
  const policy = pickPolicy(context.policies, item)!;
  const due = firstResponseDue({ policy: policyTargets(policy), schedule: context.schedule }, receivedAt);
  const conversation = await makeConversation(db, channel, {
    text: 'När öppnar biblioteket?',
    severity: item.severity,
    sentiment: item.sentiment,
    awaiting_since: receivedAt,
    sla_policy_id: policy.id,
    first_response_due_at: due,
    due_at: due,
    sla_state: 'ok',
    assignee_id: options.assigneeId ?? null,
    items: [{ occurred_at: receivedAt, received_at: receivedAt }],
  });
  return { conversation, policy, due };
}

describe('first-response due times around holidays, from the stored defaults', () => {
  it('Sweden: received 16:30 the day before Ascension Day → due Friday 11:30 local time', async () => {
    const workspace = await makeWorkspace(db, { country: 'SE', timeZone: 'Europe/Stockholm' });
    // Wednesday 13 May 2026; Thursday 14 May is Kristi himmelsfärdsdag.
    const { due, policy } = await receivedConversation(workspace.id, at('2026-05-13T16:30:00+02:00'));
    expect(policy.name).toBe('Default');
    expect(due.toISOString()).toBe(at('2026-05-15T11:30:00+02:00').toISOString());
  });

  it('Sweden: a critical item runs on the 24/7 clock (30 min, holiday or not)', async () => {
    const workspace = await makeWorkspace(db, { country: 'SE', timeZone: 'Europe/Stockholm' });
    const received = at('2026-05-14T03:10:00+02:00'); // Ascension Day, at night
    const { due, policy } = await receivedConversation(workspace.id, received, { severity: 'critical' });
    expect(policy.name).toBe('Critical');
    expect(due.toISOString()).toBe(at('2026-05-14T03:40:00+02:00').toISOString());
  });

  it("the Netherlands: received Friday 16:30 before King's Day (Monday) → due Tuesday 11:30", async () => {
    const workspace = await makeWorkspace(db, { country: 'NL', timeZone: 'Europe/Amsterdam' });
    const { due } = await receivedConversation(workspace.id, at('2026-04-24T16:30:00+02:00'));
    expect(due.toISOString()).toBe(at('2026-04-28T11:30:00+02:00').toISOString());
  });

  it('a negative item gets the 60-minute business-hours target', async () => {
    const workspace = await makeWorkspace(db, { country: 'NL', timeZone: 'Europe/Amsterdam' });
    const { due, policy } = await receivedConversation(workspace.id, at('2026-04-24T16:30:00+02:00'), {
      sentiment: 'negative',
    });
    expect(policy.name).toBe('Negative sentiment');
    expect(due.toISOString()).toBe(at('2026-04-28T08:30:00+02:00').toISOString());
  });
});

describe('watchSla', () => {
  async function countEvents(conversationId: string) {
    return db
      .selectFrom('sla_events')
      .select(['kind', 'target', 'due_at'])
      .where('conversation_id', '=', conversationId)
      .orderBy('id')
      .execute();
  }
  async function notificationsOf(conversationId: string) {
    return db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('conversation_id', '=', conversationId)
      .orderBy('kind')
      .orderBy('user_id')
      .execute();
  }
  const stateOf = async (id: string) =>
    (await db.selectFrom('conversations').select('sla_state').where('id', '=', id).executeTakeFirstOrThrow()).sla_state;

  it('warns at 75 % of the business-time window and breaches past due, once each, telling assignee and manager', async () => {
    const workspace = await makeWorkspace(db, { country: 'SE', timeZone: 'Europe/Stockholm' });
    const manager = await makeMember(db, workspace.id, ['manager']);
    const assignee = await makeMember(db, workspace.id, ['responder']);
    const otherManager = await makeMember(db, workspace.id, ['manager']);
    await db
      .insertInto('responders')
      .values({ workspace_id: workspace.id, user_id: assignee.id, manager_id: manager.id, updated_at: new Date() })
      .execute();
    await loadSlaContext(db, workspace.id);
    await db
      .updateTable('inbox_settings')
      .set({ webhook_url: 'http://127.0.0.1:9/hook', webhook_secret_encrypted: 'sealed' })
      .where('workspace_id', '=', workspace.id)
      .execute();
    const { conversation, due } = await receivedConversation(workspace.id, at('2026-05-13T16:30:00+02:00'), {
      assigneeId: assignee.id,
    });

    // On the holiday 19 real hours have passed but only 30 business minutes: no warning yet.
    await watchSla({ db }, { now: at('2026-05-14T12:00:00+02:00') });
    expect(await countEvents(conversation.id)).toEqual([]);
    // 75 % of 240 min is 180: 30 min on Wednesday + 150 on Friday → 10:30.
    await watchSla({ db }, { now: at('2026-05-15T10:29:00+02:00') });
    expect(await countEvents(conversation.id)).toEqual([]);
    const warned = await watchSla({ db }, { now: at('2026-05-15T10:31:00+02:00') });
    expect(warned.warnings).toBeGreaterThanOrEqual(1);
    await watchSla({ db }, { now: at('2026-05-15T10:40:00+02:00') }); // rerun: nothing new
    expect(await stateOf(conversation.id)).toBe('warning');
    expect(await countEvents(conversation.id)).toEqual([{ kind: 'warning', target: 'first_response', due_at: due }]);

    await watchSla({ db }, { now: at('2026-05-15T11:29:00+02:00') });
    expect(await stateOf(conversation.id)).toBe('warning');
    await watchSla({ db }, { now: at('2026-05-15T11:31:00+02:00') });
    await watchSla({ db }, { now: at('2026-05-15T11:45:00+02:00') });
    expect(await stateOf(conversation.id)).toBe('breached');
    expect((await countEvents(conversation.id)).map((e) => e.kind)).toEqual(['warning', 'breached']);

    // The assignee and their own manager — not the workspace's other manager.
    const expected = [assignee.id, manager.id].sort();
    expect(await notificationsOf(conversation.id)).toEqual([
      ...expected.map((user_id) => ({ user_id, kind: 'sla.breached' })),
      ...expected.map((user_id) => ({ user_id, kind: 'sla.warning' })),
    ]);
    expect((await notificationsOf(conversation.id)).some((n) => n.user_id === otherManager.id)).toBe(false);
    const hooks = await db
      .selectFrom('webhook_deliveries')
      .select(['event', 'payload'])
      .where('workspace_id', '=', workspace.id)
      .orderBy('created_at')
      .execute();
    expect(hooks.map((h) => h.event)).toEqual(['sla.warning', 'sla.breached']);
    expect(hooks[1]!.payload).toMatchObject({ conversationId: conversation.id, target: 'first_response' });
  });

  it('without an assignee tells the workspace managers (or, without managers, the admins)', async () => {
    const withManagers = await makeWorkspace(db);
    const managers = [
      await makeMember(db, withManagers.id, ['manager']),
      await makeMember(db, withManagers.id, ['manager']),
    ];
    await makeMember(db, withManagers.id, ['admin']);
    const a = await receivedConversation(withManagers.id, at('2026-11-23T09:00:00+01:00'));
    const onlyAdmins = await makeWorkspace(db);
    const admin = await makeMember(db, onlyAdmins.id, ['admin']);
    const b = await receivedConversation(onlyAdmins.id, at('2026-11-23T09:00:00+01:00'));

    const result = await watchSla({ db }, { now: at('2026-11-23T13:01:00+01:00') });
    expect(result.breaches).toBeGreaterThanOrEqual(2);
    expect((await notificationsOf(a.conversation.id)).map((n) => n.user_id).sort()).toEqual(
      managers.map((m) => m.id).sort(),
    );
    expect(await notificationsOf(b.conversation.id)).toEqual([{ user_id: admin.id, kind: 'sla.breached' }]);
    // A breach skips the warning: the watcher ran only after the deadline.
    expect((await countEvents(a.conversation.id)).map((e) => e.kind)).toEqual(['breached']);
  });

  it('ignores conversations that wait on the author or are done', async () => {
    const workspace = await makeWorkspace(db);
    const { conversation } = await receivedConversation(workspace.id, at('2026-11-23T09:00:00+01:00'));
    await db.updateTable('conversations').set({ status: 'waiting' }).where('id', '=', conversation.id).execute();
    await watchSla({ db }, { now: at('2026-11-24T09:00:00+01:00') });
    expect(await countEvents(conversation.id)).toEqual([]);
  });

  it('handles more conversations than one batch', async () => {
    const workspace = await makeWorkspace(db);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push((await receivedConversation(workspace.id, at('2026-11-23T09:00:00+01:00'))).conversation.id);
    }
    await watchSla({ db }, { now: at('2026-11-23T12:10:00+01:00'), batchSize: 3 });
    await watchSla({ db }, { now: at('2026-11-23T13:10:00+01:00'), batchSize: 3 });
    const events = await db
      .selectFrom('sla_events')
      .select(['conversation_id', 'kind'])
      .where('conversation_id', 'in', ids)
      .execute();
    expect(events.filter((e) => e.kind === 'warning')).toHaveLength(7);
    expect(events.filter((e) => e.kind === 'breached')).toHaveLength(7);
  });
});
