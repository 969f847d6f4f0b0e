import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandboxChannel, type ChannelFixture } from '../channels/channel-fixtures.js';
import { performActionJob } from '../channels/channel.jobs.js';
import { performAction } from '../channels/perform-action.js';
import { injectSandboxEvent } from '../channels/sandbox/sandbox-network.js';
import { listRecordedActions } from '../channels/sandbox/sandbox.repository.js';
import { syncChannel } from '../channels/sync-channel.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { publishTestGuidelines } from './moderation-fixtures.js';

let t: TestApp;
let f: ChannelFixture;
let api: string;

beforeAll(async () => {
  t = await createTestApp();
  f = await makeSandboxChannel(t);
  api = `/api/workspaces/${f.workspaceId}/moderation`;
  await publishTestGuidelines(t.db, f.workspaceId);
});
afterAll(async () => t?.close());

async function ingest(text: string, fixture = f) {
  const event = await injectSandboxEvent(t.db, fixture, {
    text,
    language: 'sv',
    author: { platformId: 'u-hot', handle: 'arg.person', name: 'Arg Person' },
  });
  await syncChannel(t.ctx, fixture.channelId);
  return t.db
    .selectFrom('items')
    .select(['id', 'platform_id'])
    .where('channel_id', '=', fixture.channelId)
    .where('platform_id', '=', event.platformId)
    .executeTakeFirstOrThrow();
}

const moderationAction = (id: string) =>
  t.db.selectFrom('moderation_actions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const itemState = async (id: string) =>
  (await t.db.selectFrom('items').select(['moderation_state']).where('id', '=', id).executeTakeFirstOrThrow())
    .moderation_state;
const perform = (outboundId: string) =>
  performAction(t.ctx, outboundId, { attempt: 1, maxAttempts: performActionJob.maxAttempts });

describe('hiding a threat, citing a rule, with evidence first', () => {
  it('hides on the sandbox network and undoes it with an unhide', async () => {
    const item = await ingest('Jag ska döda dig, jag vet var du bor.');
    const entry = (await f.as.moderator.get(`${api}/queue`))
      .json()
      .entries.find((e: { item: { id: string } }) => e.item.id === item.id);
    expect(entry).toMatchObject({ sources: ['analysis'], suggestedRuleKey: 'threats' });

    const statement = 'Hotar en annan person med våld.';
    const res = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'hide',
      ruleKey: 'threats',
      statement,
    });
    expect(res.statusCode).toBe(201);
    const action = res.json().action;
    expect(action).toMatchObject({
      kind: 'hide',
      status: 'queued',
      statement,
      rule: { key: 'threats', number: 1, version: 1, title: 'No threats (sv)' }, // the workspace's language
      evidenceRecordId: expect.any(String),
      undoable: false,
    });

    // Evidence first: the record was captured before the outbound action was written.
    const stored = await moderationAction(action.id);
    const evidence = await t.db
      .selectFrom('evidence_records')
      .selectAll()
      .where('id', '=', action.evidenceRecordId)
      .executeTakeFirstOrThrow();
    const outbound = await t.db
      .selectFrom('outbound_actions')
      .selectAll()
      .where('id', '=', stored.outbound_action_id!)
      .executeTakeFirstOrThrow();
    expect(evidence).toMatchObject({ item_id: item.id, reason: 'before hide' });
    expect(evidence.captured_at.getTime()).toBeLessThanOrEqual(outbound.created_at.getTime());
    expect(outbound).toMatchObject({ kind: 'hide', target_platform_id: item.platform_id, status: 'queued' });
    const decided = await t.db
      .selectFrom('moderation_queue')
      .selectAll()
      .where('id', '=', entry.id)
      .executeTakeFirstOrThrow();
    expect(decided.status).toBe('actioned');

    const detail = (await f.as.moderator.get(`${api}/queue/${entry.id}`)).json();
    expect(detail.entry).toMatchObject({ status: 'actioned', evidenceCount: 1 });
    expect(detail.evidence).toEqual([expect.objectContaining({ id: evidence.id, reason: 'before hide' })]);

    const twice = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'hide',
      ruleKey: 'threats',
      statement,
    });
    expect(twice.statusCode).toBe(409);

    await perform(outbound.id);
    expect(await listRecordedActions(t.db, f.channelId)).toEqual([
      expect.objectContaining({ action: 'hide', target_id: item.platform_id }),
    ]);
    expect(await itemState(item.id)).toBe('hidden');
    const done = (await f.as.moderator.get(`${api}/actions?itemId=${item.id}`)).json().actions;
    expect(done).toEqual([
      expect.objectContaining({ id: action.id, status: 'done', undoable: true, completedAt: expect.any(String) }),
    ]);

    // Undo: an unhide citing the same rule.
    const undo = await f.as.moderator.post(`${api}/actions/${action.id}/undo`, { statement: 'Felbedömning.' });
    expect(undo.statusCode).toBe(201);
    expect(undo.json().action).toMatchObject({ kind: 'unhide', undoesActionId: action.id, rule: { key: 'threats' } });
    expect((await f.as.moderator.post(`${api}/actions/${action.id}/undo`, { statement: 'Igen' })).statusCode).toBe(409);
    await perform((await moderationAction(undo.json().action.id)).outbound_action_id!);
    expect((await listRecordedActions(t.db, f.channelId)).map((a) => a.action)).toEqual(['hide', 'unhide']);
    expect(await itemState(item.id)).toBeNull();
    expect((await moderationAction(action.id)).undone_by_action_id).toBe(undo.json().action.id);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('workspace_id', '=', f.workspaceId)
      .where('action', 'like', 'moderation.action%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'moderation.action_requested',
      'moderation.action_done',
      'moderation.action_requested',
      'moderation.action_done',
    ]);
    expect(audit[0]!.data).toMatchObject({ kind: 'hide', statement, rule: { key: 'threats', number: 1, version: 1 } });
  });

  it('blocks and unblocks the author; a removal cannot be undone', async () => {
    const item = await ingest('Ni är värdelösa idioter allihop');
    const block = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'block',
      ruleKey: 'harassment',
      statement: 'Upprepade förolämpningar.',
    });
    expect(block.statusCode).toBe(201);
    await perform((await moderationAction(block.json().action.id)).outbound_action_id!);
    const unblock = await f.as.moderator.post(`${api}/actions/${block.json().action.id}/undo`, {
      statement: 'Ursäkt mottagen.',
    });
    await perform((await moderationAction(unblock.json().action.id)).outbound_action_id!);
    const recorded = (await listRecordedActions(t.db, f.channelId)).filter((a) => a.target_id === 'u-hot');
    expect(recorded.map((a) => a.action)).toEqual(['block', 'unblock']);

    const report = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'report',
      ruleKey: 'harassment',
      statement: 'Trakasserier.',
    });
    await perform((await moderationAction(report.json().action.id)).outbound_action_id!);
    expect((await listRecordedActions(t.db, f.channelId)).at(-1)).toMatchObject({
      action: 'report',
      target_id: item.platform_id,
      payload: expect.objectContaining({ reason: expect.stringContaining('Trakasserier.') }),
    });

    const remove = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'remove',
      ruleKey: 'harassment',
      statement: 'Förolämpning.',
    });
    // The evidence captured minutes ago for the block is reused.
    expect(remove.json().action.evidenceRecordId).toBe(block.json().action.evidenceRecordId);
    await perform((await moderationAction(remove.json().action.id)).outbound_action_id!);
    expect(await itemState(item.id)).toBe('removed');
    const undo = await f.as.moderator.post(`${api}/actions/${remove.json().action.id}/undo`, { statement: 'Nej' });
    expect(undo.statusCode).toBe(400);
    expect(undo.json().error.message).toMatch(/Removal cannot be undone/);
  });

  it('a failed action stays visible with its error, and the item keeps its state', async () => {
    const item = await ingest('Jag ska spränga kommunhuset');
    await f.as.admin.patch(f.url, { settings: { failNext: 'retryable' } });
    const res = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'hide',
      ruleKey: 'threats',
      statement: 'Bombhot.',
    });
    const outboundId = (await moderationAction(res.json().action.id)).outbound_action_id!;
    // A retryable failure: still queued, the error shows.
    await expect(perform(outboundId)).rejects.toThrow(/timed out/);
    expect(await moderationAction(res.json().action.id)).toMatchObject({
      status: 'queued',
      error: expect.stringMatching(/timed out/),
    });

    await f.as.admin.patch(f.url, { settings: { failNext: 'permanent' } });
    await performAction(t.ctx, outboundId, { attempt: 2, maxAttempts: performActionJob.maxAttempts });
    const [failed] = (await f.as.moderator.get(`${api}/actions?itemId=${item.id}`)).json().actions;
    expect(failed).toMatchObject({ status: 'failed', error: expect.stringMatching(/refused/), undoable: false });
    expect(await itemState(item.id)).toBeNull();
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('subject_id', '=', res.json().action.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['moderation.action_requested', 'moderation.action_failed']);
  });
});

describe('muting', () => {
  it('mutes without capturing evidence of its own, and unmutes', async () => {
    const event = await injectSandboxEvent(t.db, f, {
      text: 'Köp billiga klockor på min sida',
      language: 'sv',
      author: { platformId: 'u-spam', handle: 'spammer', name: 'Spam' },
    });
    await syncChannel(t.ctx, f.channelId);
    const item = await t.db
      .selectFrom('items')
      .select('id')
      .where('platform_id', '=', event.platformId)
      .executeTakeFirstOrThrow();
    const mute = await f.as.moderator.post(`${api}/actions`, {
      itemId: item.id,
      kind: 'mute',
      ruleKey: 'spam',
      statement: 'Reklam.',
    });
    expect(mute.json().action).toMatchObject({ kind: 'mute', evidenceRecordId: null });
    expect(await t.db.selectFrom('evidence_records').select('id').where('item_id', '=', item.id).execute()).toEqual([]);
    await perform((await moderationAction(mute.json().action.id)).outbound_action_id!);
    const unmute = await f.as.moderator.post(`${api}/actions/${mute.json().action.id}/undo`, { statement: 'Slutat.' });
    await perform((await moderationAction(unmute.json().action.id)).outbound_action_id!);
    const recorded = (await listRecordedActions(t.db, f.channelId)).filter((a) => a.target_id === 'u-spam');
    expect(recorded.map((a) => a.action)).toEqual(['mute', 'unmute']);
  });
});
