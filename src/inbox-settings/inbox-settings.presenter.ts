import type { z } from 'zod';
import type { InboxSettings as InboxSettingsRow, SlaPolicy as SlaPolicyRow } from '../db/schema.js';
import type { listRecentSlaEvents } from './inbox-settings.repository.js';
import type { InboxSettings, SlaEvent, SlaPolicy } from './inbox-settings.schema.js';

const iso = (value: Date | string) => new Date(value).toISOString();

export function presentInboxSettings(row: InboxSettingsRow): z.infer<typeof InboxSettings> {
  return {
    businessHours: row.business_hours,
    approvalPolicy: row.approval_policy,
    autoAssign: row.auto_assign,
    warningRatio: row.warning_ratio,
    outOfHoursAck: row.out_of_hours_ack,
    outOfHoursTexts: (row.out_of_hours_texts ?? {}) as Record<string, string>,
    webhookUrl: row.webhook_url,
    // The secret itself never leaves the server.
    webhookSecretSet: row.webhook_secret_encrypted !== null,
    updatedAt: iso(row.updated_at),
  };
}

export function presentSlaPolicy(row: SlaPolicyRow): z.infer<typeof SlaPolicy> {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    enabled: row.enabled,
    channelId: row.channel_id,
    severities: row.severities,
    sentiments: row.sentiments,
    firstResponseMinutes: row.first_response_minutes,
    nextResponseMinutes: row.next_response_minutes,
    resolutionMinutes: row.resolution_minutes,
    businessHoursOnly: row.business_hours_only,
  };
}

type SlaEventRow = Awaited<ReturnType<typeof listRecentSlaEvents>>[number];

export function presentSlaEvent(row: SlaEventRow): z.infer<typeof SlaEvent> {
  return {
    id: String(row.id),
    conversationId: row.conversation_id,
    target: row.target,
    kind: row.kind,
    dueAt: iso(row.due_at),
    occurredAt: iso(row.occurred_at),
    preview: row.preview,
    channelId: row.channel_id,
    assignee: row.assignee_id && row.assignee_name ? { id: row.assignee_id, name: row.assignee_name } : null,
  };
}
