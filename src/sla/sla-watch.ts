/**
 * The SLA watcher (job sla:watch, every minute): a response target that has used up the warning share
 * of its window (inbox_settings.warning_ratio, on the policy's clock) gets a warning, one past due a
 * breach; resolution deadlines are breached too. Each is recorded once in sla_events, sets
 * conversations.sla_state, tells the assignee and their manager (else the workspace's managers, else
 * its admins) in the app, and goes out as webhook event 'sla.warning' / 'sla.breached'.
 */
import type { AppContext } from '../app/context.js';
import type { Executor } from '../db/database.js';
import { publishLive } from '../live/live-events.js';
import { membersWithRoles } from '../notifications/notifications.repository.js';
import { emitWebhooks, notifyMany } from '../notifications/notify.js';
import { businessTimeBetween } from './business-hours.js';
import { alwaysOpenSchedule, type BusinessSchedule } from './schedule.js';
import { loadSlaContext } from './sla.repository.js';
import * as repo from './sla-watch.repository.js';

export interface SlaWatchResult {
  warnings: number;
  breaches: number;
}

const PREVIEW_LENGTH = 140;

export async function watchSla(
  deps: Pick<AppContext, 'db'>,
  options: { now?: Date; batchSize?: number } = {},
): Promise<SlaWatchResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 1000;
  let breaches = 0;
  for (;;) {
    const due = await deps.db.transaction().execute(async (trx) => {
      const responses = await repo.breachOverdueResponses(trx, now, batchSize);
      const resolutions = await repo.breachOverdueResolutions(trx, now, batchSize);
      const events = [...responses.events, ...resolutions];
      await alert(trx, 'breached', events, now);
      breaches += events.length;
      return Math.max(responses.due, resolutions.length);
    });
    if (due < batchSize) break;
  }
  return { warnings: await warn(deps, now, batchSize), breaches };
}

async function warn(deps: Pick<AppContext, 'db'>, now: Date, batchSize: number): Promise<number> {
  const schedules = new Map<string, BusinessSchedule>();
  let after: { dueAt: Date; id: string } | null = null;
  let warned = 0;
  for (;;) {
    const candidates = await repo.warningCandidates(deps.db, now, after, batchSize);
    if (candidates.length === 0) break;
    await loadSchedules(
      deps.db,
      schedules,
      candidates.map((c) => c.workspace_id),
    );
    const reached = candidates.filter((candidate) => {
      const schedule = schedules.get(candidate.workspace_id)!;
      const clock = candidate.business_hours_only === false ? alwaysOpenSchedule(schedule.timeZone) : schedule;
      const since = new Date(candidate.awaiting_since);
      const window = businessTimeBetween(clock, since, new Date(candidate.due_at));
      return businessTimeBetween(clock, since, now) >= candidate.warning_ratio * window;
    });
    warned += await deps.db.transaction().execute(async (trx) => {
      const events = await repo.recordWarnings(
        trx,
        now,
        reached.map((c) => ({ conversationId: c.id, target: c.target, dueAt: new Date(c.due_at) })),
      );
      await alert(trx, 'warning', events, now);
      return events.length;
    });
    const last = candidates[candidates.length - 1]!;
    after = { dueAt: new Date(last.page_due_at), id: last.id };
    if (candidates.length < batchSize) break;
  }
  return warned;
}

async function loadSchedules(db: Executor, schedules: Map<string, BusinessSchedule>, workspaceIds: string[]) {
  const missing = [...new Set(workspaceIds)].filter((id) => !schedules.has(id));
  for (const row of await repo.businessHoursOf(db, missing)) {
    schedules.set(row.workspace_id, row.business_hours as BusinessSchedule);
  }
  for (const id of missing.filter((id) => !schedules.has(id))) {
    schedules.set(id, (await loadSlaContext(db, id)).schedule); // creates the default settings
  }
}

/** Notifications, webhook events and live updates for newly recorded warnings or breaches. */
async function alert(trx: Executor, kind: 'warning' | 'breached', events: repo.NewSlaEventRow[], now: Date) {
  if (events.length === 0) return;
  const people = new Map(
    (
      await repo.conversationsWithPeople(
        trx,
        events.map((e) => e.conversation_id),
      )
    ).map((row) => [row.id, row]),
  );
  const workspaceIds = [...new Set(events.map((e) => e.workspace_id))];
  const leads = leadsByWorkspace(await membersWithRoles(trx, workspaceIds, ['manager', 'admin']));
  const type = `sla.${kind}`;
  const notifications = [];
  const webhooks = [];
  for (const event of events) {
    const conversation = people.get(event.conversation_id);
    if (!conversation) continue;
    const data = {
      target: event.target,
      dueAt: new Date(event.due_at).toISOString(),
      channelId: conversation.channel_id,
      preview: conversation.preview.slice(0, PREVIEW_LENGTH),
    };
    const recipients = [
      conversation.assignee_id,
      ...(conversation.manager_id ? [conversation.manager_id] : (leads.get(conversation.workspace_id) ?? [])),
    ].filter((id): id is string => id !== null);
    notifications.push({
      workspaceId: event.workspace_id,
      userIds: recipients,
      kind: type,
      conversationId: conversation.id,
      data,
    });
    webhooks.push({
      workspaceId: event.workspace_id,
      event: type,
      payload: {
        conversationId: conversation.id,
        ...data,
        occurredAt: now.toISOString(),
        assigneeId: conversation.assignee_id,
        severity: conversation.severity,
        priority: conversation.priority,
      },
    });
  }
  await notifyMany(trx, notifications);
  await emitWebhooks(trx, webhooks);
  for (const event of events) {
    await publishLive(trx, {
      workspaceId: event.workspace_id,
      type: 'conversation.updated',
      subjectId: event.conversation_id,
    });
  }
}

/** The workspace's managers, or its admins when it has no manager. */
function leadsByWorkspace(members: ReadonlyArray<{ workspace_id: string; user_id: string; roles: string[] }>) {
  const managers = new Map<string, string[]>();
  const admins = new Map<string, string[]>();
  for (const member of members) {
    const into = member.roles.includes('manager') ? managers : admins;
    into.set(member.workspace_id, [...(into.get(member.workspace_id) ?? []), member.user_id]);
  }
  const leads = new Map(admins);
  for (const [workspaceId, ids] of managers) leads.set(workspaceId, ids);
  return leads;
}
