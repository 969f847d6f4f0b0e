/** Removes an SLA policy; conversations that used it keep their due times (sla_policy_id becomes null). */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { notFound } from '../http/errors.js';
import * as repo from './inbox-settings.repository.js';

export async function deleteSlaPolicy(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; policyId: string; actor: AuditActor },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const policy = await repo.deleteSlaPolicy(trx, request.workspaceId, request.policyId);
    if (!policy) throw notFound('The SLA policy');
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'sla_policy.deleted',
      subject: { type: 'sla_policy', id: policy.id },
      data: { name: policy.name },
    });
  });
}
