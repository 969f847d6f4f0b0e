/** Changes an SLA policy. Conversations keep the due times they have; new ones use the change. */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { SlaPolicy } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { assertPolicyChannel } from './sla-policy-rules.js';
import * as repo from './inbox-settings.repository.js';
import type { SlaPolicyPatch } from './inbox-settings.schema.js';

export async function updateSlaPolicy(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; policyId: string; actor: AuditActor },
  patch: SlaPolicyPatch,
): Promise<SlaPolicy> {
  return deps.db.transaction().execute(async (trx) => {
    await assertPolicyChannel(trx, request.workspaceId, patch.channelId);
    const policy = await repo.updateSlaPolicy(trx, request.workspaceId, request.policyId, {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.position !== undefined && { position: patch.position }),
      ...(patch.enabled !== undefined && { enabled: patch.enabled }),
      ...(patch.channelId !== undefined && { channel_id: patch.channelId }),
      ...(patch.severities !== undefined && { severities: patch.severities }),
      ...(patch.sentiments !== undefined && { sentiments: patch.sentiments }),
      ...(patch.firstResponseMinutes !== undefined && { first_response_minutes: patch.firstResponseMinutes }),
      ...(patch.nextResponseMinutes !== undefined && { next_response_minutes: patch.nextResponseMinutes }),
      ...(patch.resolutionMinutes !== undefined && { resolution_minutes: patch.resolutionMinutes }),
      ...(patch.businessHoursOnly !== undefined && { business_hours_only: patch.businessHoursOnly }),
    });
    if (!policy) throw notFound('The SLA policy');
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'sla_policy.updated',
      subject: { type: 'sla_policy', id: policy.id },
      data: { fields: Object.keys(patch) },
    });
    return policy;
  });
}
