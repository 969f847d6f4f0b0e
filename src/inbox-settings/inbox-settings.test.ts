import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeChannel, makeConversation } from '../inbox/inbox.factories.js';
import { makeMember, makeWorkspace } from '../test-support/factories.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function setup(country = 'SE', timeZone = 'Europe/Stockholm') {
  const workspace = await makeWorkspace(t.db, { country, timeZone });
  const admin = await t.login((await makeMember(t.db, workspace.id, ['admin'])).email);
  const manager = await t.login((await makeMember(t.db, workspace.id, ['manager'])).email);
  const viewer = await t.login((await makeMember(t.db, workspace.id, ['viewer'])).email);
  return { workspace, admin, manager, viewer, api: `/api/workspaces/${workspace.id}` };
}

const auditActions = async (workspaceId: string) =>
  (
    await t.db.selectFrom('audit_log').select('action').where('workspace_id', '=', workspaceId).orderBy('seq').execute()
  ).map((row) => row.action);

describe('GET/PUT /inbox-settings', () => {
  it('starts with the defaults of the workspace: weekday hours in its zone and country', async () => {
    const { api, viewer } = await setup('NL', 'Europe/Amsterdam');
    const res = await viewer.get(`${api}/inbox-settings`);
    expect(res.statusCode).toBe(200);
    expect(res.json().settings).toMatchObject({
      businessHours: {
        timeZone: 'Europe/Amsterdam',
        country: 'NL',
        closedOnHolidays: true,
        days: { mon: [{ start: '08:00', end: '17:00' }], fri: [{ start: '08:00', end: '17:00' }] },
      },
      approvalPolicy: 'negative_or_critical',
      warningRatio: 0.75,
      outOfHoursAck: false,
      webhookUrl: null,
      webhookSecretSet: false,
    });
    expect(res.json().settings.businessHours.days.sat).toBeUndefined();
  });

  it('changes only the fields given, and audits it without the secret', async () => {
    const { api, admin, workspace } = await setup();
    const schedule = {
      timeZone: 'Europe/Stockholm',
      country: 'SE',
      days: {
        mon: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '16:30' },
        ],
      },
      closedOnHolidays: false,
      closedDates: ['2026-12-28'],
    };
    const res = await admin.put(`${api}/inbox-settings`, {
      businessHours: schedule,
      approvalPolicy: 'all',
      outOfHoursAck: true,
      outOfHoursTexts: { en: 'We are closed.' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const settings = res.json().settings;
    expect(settings).toMatchObject({
      businessHours: schedule,
      approvalPolicy: 'all',
      outOfHoursAck: true,
      warningRatio: 0.75,
    });
    // The default Swedish and Dutch texts stay; English is replaced.
    expect(settings.outOfHoursTexts.en).toBe('We are closed.');
    expect(settings.outOfHoursTexts.sv).toMatch(/Tack/);
    expect(await auditActions(workspace.id)).toContain('inbox_settings.updated');

    const again = await admin.put(`${api}/inbox-settings`, { warningRatio: 0.5 });
    expect(again.json().settings).toMatchObject({ approvalPolicy: 'all', warningRatio: 0.5, businessHours: schedule });
  });

  it.each([
    ['a backwards interval', { businessHours: 'backwards' }, 'body.businessHours', /must end after it starts/],
    ['an unknown zone', { businessHours: 'zone' }, 'body.businessHours.timeZone', /IANA time zone/],
    ['a malformed time', { businessHours: 'time' }, 'body.businessHours.days.mon.0.start', /HH:MM/],
    ['a closed date that does not exist', { businessHours: 'date' }, 'body.businessHours', /not a real calendar date/],
    ['a warning ratio of 1', { warningRatio: 1 }, 'body.warningRatio', /less than 1/],
    ['an unknown approval policy', { approvalPolicy: 'sometimes' }, 'body.approvalPolicy', /must be one of/],
    [
      'a webhook URL that is not http(s)',
      { webhookUrl: 'ftp://example.test/x', webhookSecret: 'x'.repeat(20) },
      'body.webhookUrl',
      /http/,
    ],
    ['a short webhook secret', { webhookSecret: 'short' }, 'body.webhookSecret', /at least 16/],
  ])('answers 400 naming the field for %s', async (_label, body, field, message) => {
    const { api, admin } = await setup();
    const base = {
      timeZone: 'Europe/Stockholm',
      country: 'SE',
      days: { mon: [{ start: '08:00', end: '17:00' }] },
      closedOnHolidays: true,
      closedDates: [] as string[],
    };
    const schedules: Record<string, unknown> = {
      backwards: { ...base, days: { tue: [{ start: '17:00', end: '08:00' }] } },
      zone: { ...base, timeZone: 'Europe/Atlantis' },
      time: { ...base, days: { mon: [{ start: '8:00', end: '17:00' }] } },
      date: { ...base, closedDates: ['2026-02-30'] },
    };
    const payload = 'businessHours' in body ? { businessHours: schedules[body.businessHours as string] } : body;
    const res = await admin.put(`${api}/inbox-settings`, payload);
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as Array<{ field: string; message: string }>;
    expect(
      details.some((d) => d.field === field && message.test(d.message)),
      JSON.stringify(details),
    ).toBe(true);
  });

  it('requires a secret with a webhook URL, and lets an admin remove both', async () => {
    const { api, admin } = await setup();
    const missing = await admin.put(`${api}/inbox-settings`, { webhookUrl: 'https://example.test/hook' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([
      { field: 'body.webhookSecret', message: 'is required when a webhook URL is set' },
    ]);
    const set = await admin.put(`${api}/inbox-settings`, {
      webhookUrl: 'https://example.test/hook',
      webhookSecret: 'sixteen chars ok!',
    });
    expect(set.json().settings).toMatchObject({ webhookUrl: 'https://example.test/hook', webhookSecretSet: true });
    const cleared = await admin.put(`${api}/inbox-settings`, { webhookUrl: null, webhookSecret: null });
    expect(cleared.json().settings).toMatchObject({ webhookUrl: null, webhookSecretSet: false });
  });

  it('is for admins only to change', async () => {
    const { api, manager, viewer } = await setup();
    expect((await manager.put(`${api}/inbox-settings`, { autoAssign: false })).statusCode).toBe(403);
    expect((await viewer.put(`${api}/inbox-settings`, { autoAssign: false })).statusCode).toBe(403);
  });
});

describe('SLA policies', () => {
  it('lists the defaults and lets a manager add, change and remove policies, audited', async () => {
    const { api, manager, viewer, workspace } = await setup();
    const list = (await viewer.get(`${api}/sla-policies`)).json().policies;
    expect(list.map((p: { name: string }) => p.name)).toEqual([
      'Critical',
      'High severity',
      'Negative sentiment',
      'Default',
    ]);
    expect(list[0]).toMatchObject({ severities: ['critical'], firstResponseMinutes: 30, businessHoursOnly: false });

    const channel = await makeChannel(t.db, workspace.id);
    const created = await manager.post(`${api}/sla-policies`, {
      name: 'Press channel',
      channelId: channel.id,
      firstResponseMinutes: 15,
      nextResponseMinutes: 30,
      resolutionMinutes: null,
    });
    expect(created.statusCode, created.body).toBe(201);
    const policy = created.json().policy;
    expect(policy).toMatchObject({ position: 4, channelId: channel.id, enabled: true, businessHoursOnly: true });

    const changed = await manager.patch(`${api}/sla-policies/${policy.id}`, { position: 0, enabled: false });
    expect(changed.json().policy).toMatchObject({ position: 0, enabled: false, name: 'Press channel' });
    expect((await manager.delete(`${api}/sla-policies/${policy.id}`)).statusCode).toBe(200);
    expect((await manager.delete(`${api}/sla-policies/${policy.id}`)).statusCode).toBe(404);
    expect(await auditActions(workspace.id)).toEqual(
      expect.arrayContaining(['sla_policy.created', 'sla_policy.updated', 'sla_policy.deleted']),
    );
    expect(
      (await viewer.post(`${api}/sla-policies`, { name: 'x', firstResponseMinutes: 1, nextResponseMinutes: 1 }))
        .statusCode,
    ).toBe(403);
  });

  it("refuses another workspace's channel and invalid minutes", async () => {
    const { api, admin } = await setup();
    const other = await makeWorkspace(t.db);
    const foreign = await makeChannel(t.db, other.id);
    const res = await admin.post(`${api}/sla-policies`, {
      name: 'Foreign',
      channelId: foreign.id,
      firstResponseMinutes: 15,
      nextResponseMinutes: 30,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body.channelId');
    const zero = await admin.post(`${api}/sla-policies`, {
      name: 'Zero',
      firstResponseMinutes: 0,
      nextResponseMinutes: 30,
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details[0]).toMatchObject({ field: 'body.firstResponseMinutes' });
  });
});

describe('GET /sla/events', () => {
  it('lists recent warnings and breaches (not met targets) with their conversation', async () => {
    const { api, viewer, workspace } = await setup();
    const channel = await makeChannel(t.db, workspace.id);
    const conversation = await makeConversation(t.db, channel, { text: 'Hallå?' });
    const due = new Date('2026-11-23T12:00:00Z');
    await t.db
      .insertInto('sla_events')
      .values([
        {
          workspace_id: workspace.id,
          conversation_id: conversation.id,
          target: 'first_response',
          kind: 'warning',
          due_at: due,
          occurred_at: new Date('2026-11-23T11:00:00Z'),
        },
        {
          workspace_id: workspace.id,
          conversation_id: conversation.id,
          target: 'first_response',
          kind: 'breached',
          due_at: due,
          occurred_at: new Date('2026-11-23T12:01:00Z'),
        },
        {
          workspace_id: workspace.id,
          conversation_id: conversation.id,
          target: 'next_response',
          kind: 'met',
          due_at: due,
          occurred_at: new Date('2026-11-23T12:02:00Z'),
        },
      ])
      .execute();
    const res = await viewer.get(`${api}/sla/events?limit=10`);
    expect(res.statusCode).toBe(200);
    expect(res.json().events).toEqual([
      expect.objectContaining({
        kind: 'breached',
        target: 'first_response',
        conversationId: conversation.id,
        preview: 'Hallå?',
        dueAt: due.toISOString(),
      }),
      expect.objectContaining({ kind: 'warning' }),
    ]);
  });
});
