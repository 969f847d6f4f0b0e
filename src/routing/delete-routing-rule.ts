/** An admin or manager removes a routing rule; conversations it already routed keep their tags. */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { isUuid } from './routing-rule-checks.js';
import { deleteRoutingRule as removeRoutingRule, findRoutingRule } from './routing.repository.js';

export async function deleteRoutingRule(db: Db, workspaceId: string, ruleId: string, actor: AuditActor) {
  if (!isUuid(ruleId)) throw notFound('The routing rule');
  await db.transaction().execute(async (trx) => {
    const rule = await findRoutingRule(trx, workspaceId, ruleId);
    if (!rule) throw notFound('The routing rule');
    await removeRoutingRule(trx, ruleId);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'routing_rule.deleted',
      subject: { type: 'routing_rule', id: ruleId },
      data: { name: rule.name },
    });
  });
}
