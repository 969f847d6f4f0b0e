/** SQL of the response-time targets: the per-workspace SLA context (settings, schedule, policies). */
import type { Executor } from '../db/database.js';
import type { ConversationUpdate, InboxSettings, SlaPolicy } from '../db/schema.js';
import type { BusinessSchedule } from './schedule.js';
import type { SlaTargetsInput } from './sla-targets.js';
import { DEFAULT_OUT_OF_HOURS_TEXTS, DEFAULT_SLA_POLICIES, defaultBusinessHours } from './sla-defaults.js';

export interface SlaContext {
  /** All of the workspace's policies (enabled or not), by position. */
  policies: SlaPolicy[];
  schedule: BusinessSchedule;
  settings: InboxSettings;
}

/**
 * The workspace's SLA context. The first call creates the default settings row and, together with
 * it, the default policies — only then, so a workspace that deleted its policies keeps them deleted.
 */
export async function loadSlaContext(db: Executor, workspaceId: string): Promise<SlaContext> {
  const settings = (await findInboxSettings(db, workspaceId)) ?? (await createDefaultSettings(db, workspaceId));
  const policies = await db
    .selectFrom('sla_policies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return { policies, schedule: settings.business_hours as BusinessSchedule, settings };
}

export function findInboxSettings(db: Executor, workspaceId: string) {
  return db.selectFrom('inbox_settings').selectAll().where('workspace_id', '=', workspaceId).executeTakeFirst();
}

async function createDefaultSettings(db: Executor, workspaceId: string): Promise<InboxSettings> {
  const workspace = await db
    .selectFrom('workspaces')
    .select(['time_zone', 'country'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  // Only the caller whose insert wins seeds the policies: concurrent first calls can't duplicate them.
  const inserted = await db
    .insertInto('inbox_settings')
    .values({
      workspace_id: workspaceId,
      business_hours: JSON.stringify(defaultBusinessHours(workspace)),
      out_of_hours_texts: JSON.stringify(DEFAULT_OUT_OF_HOURS_TEXTS),
    })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!inserted) return (await findInboxSettings(db, workspaceId))!;
  await db
    .insertInto('sla_policies')
    .values(
      DEFAULT_SLA_POLICIES.map((policy) => ({
        workspace_id: workspaceId,
        name: policy.name,
        position: policy.position,
        severities: policy.severities,
        sentiments: policy.sentiments,
        first_response_minutes: policy.firstResponseMinutes,
        next_response_minutes: policy.nextResponseMinutes,
        resolution_minutes: policy.resolutionMinutes,
        business_hours_only: policy.businessHoursOnly,
      })),
    )
    .execute();
  return inserted;
}

/** The targets input for a conversation's policy (null: the policy is gone or was never set). */
export function targetsInputFor(context: SlaContext, policyId: string | null): SlaTargetsInput | null {
  const policy = policyId === null ? undefined : context.policies.find((p) => p.id === policyId);
  return policy ? { policy: policyTargets(policy), schedule: context.schedule } : null;
}

/** The policy fields the pure target arithmetic needs (src/sla/sla-targets.ts). */
export function policyTargets(policy: SlaPolicy) {
  return {
    firstResponseMinutes: policy.first_response_minutes,
    nextResponseMinutes: policy.next_response_minutes,
    resolutionMinutes: policy.resolution_minutes,
    businessHoursOnly: policy.business_hours_only,
  };
}

// ---------------------------------------------------------------- one conversation's clocks

/** The conversation, locked until the transaction ends (its clocks change together). */
export function lockConversationForSla(trx: Executor, conversationId: string) {
  return trx.selectFrom('conversations').selectAll().where('id', '=', conversationId).forUpdate().executeTakeFirst();
}

/** Records a met or breached target once (the unique key makes repeats no-ops); true if it is new. */
export async function insertSlaEvent(
  trx: Executor,
  event: {
    workspaceId: string;
    conversationId: string;
    target: 'first_response' | 'next_response' | 'resolution';
    kind: 'warning' | 'breached' | 'met';
    dueAt: Date;
    occurredAt: Date;
  },
): Promise<boolean> {
  const row = await trx
    .insertInto('sla_events')
    .values({
      workspace_id: event.workspaceId,
      conversation_id: event.conversationId,
      target: event.target,
      kind: event.kind,
      due_at: event.dueAt,
      occurred_at: event.occurredAt,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Inbound items that had reached us by `sentAt` count as answered by a reply sent then. */
export function markInboundAnswered(trx: Executor, conversationId: string, sentAt: Date) {
  return trx
    .updateTable('items')
    .set({ answered_at: sentAt })
    .where('conversation_id', '=', conversationId)
    .where('direction', '=', 'inbound')
    .where('answered_at', 'is', null)
    .where('occurred_at', '<=', sentAt)
    .execute();
}

/** When the oldest inbound item still waiting for an answer arrived (null: nothing waits). */
export async function oldestUnansweredAt(trx: Executor, conversationId: string): Promise<Date | null> {
  const row = await trx
    .selectFrom('items')
    .select((eb) => eb.fn.min('occurred_at').as('oldest'))
    .where('conversation_id', '=', conversationId)
    .where('direction', '=', 'inbound')
    .where('answered_at', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.oldest ? new Date(row.oldest) : null;
}

export function updateConversationSla(trx: Executor, conversationId: string, changes: ConversationUpdate) {
  return trx
    .updateTable('conversations')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', conversationId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Our automatic out-of-hours acknowledgement, queued for sending (no person wrote it: user_id null). */
export function insertAcknowledgement(
  trx: Executor,
  row: {
    conversation: { id: string; workspace_id: string; channel_id: string };
    replyToItemId: string;
    text: string;
    language: string;
    visibility: 'public' | 'private';
    at: Date;
  },
) {
  return trx
    .insertInto('items')
    .values({
      workspace_id: row.conversation.workspace_id,
      channel_id: row.conversation.channel_id,
      conversation_id: row.conversation.id,
      direction: 'outbound',
      kind: 'our_reply',
      user_id: null,
      text: row.text,
      language: row.language,
      reply_to_item_id: row.replyToItemId,
      send_status: 'queued',
      occurred_at: row.at,
      received_at: row.at,
      raw: JSON.stringify({ visibility: row.visibility, outOfHoursAck: true }),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
