/** Adds an SLA policy (at the end of the order unless a position is given). */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { SlaPolicy } from '../db/schema.js';
import { loadSlaContext } from '../sla/sla.repository.js';
import { assertPolicyChannel } from './sla-policy-rules.js';
import * as repo from './inbox-settings.repository.js';
import type { SlaPolicyInput } from './inbox-settings.schema.js';

export async function createSlaPolicy(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; actor: AuditActor },
  input: SlaPolicyInput,
): Promise<SlaPolicy> {
  return deps.db.transaction().execute(async (trx) => {
    // Seed the defaults first, so a workspace's first own policy does not suppress them later.
    await loadSlaContext(trx, request.workspaceId);
    await assertPolicyChannel(trx, request.workspaceId, input.channelId);
    const policy = await repo.insertSlaPolicy(trx, {
      workspace_id: request.workspaceId,
      name: input.name,
      position: input.position ?? (await repo.nextPolicyPosition(trx, request.workspaceId)),
      enabled: input.enabled ?? true,
      channel_id: input.channelId ?? null,
      severities: input.severities ?? null,
      sentiments: input.sentiments ?? null,
      first_response_minutes: input.firstResponseMinutes,
      next_response_minutes: input.nextResponseMinutes,
      resolution_minutes: input.resolutionMinutes ?? null,
      business_hours_only: input.businessHoursOnly ?? true,
    });
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'sla_policy.created',
      subject: { type: 'sla_policy', id: policy.id },
      data: { name: policy.name },
    });
    return policy;
  });
}
