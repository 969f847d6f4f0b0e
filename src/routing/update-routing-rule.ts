/** An admin or manager changes a routing rule (name, order, on/off, conditions, actions). */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { assertRuleTargets, isUuid } from './routing-rule-checks.js';
import { findRoutingRule, updateRoutingRule as saveRoutingRule } from './routing.repository.js';
import type { UpdateRoutingRuleInput } from './routing.schema.js';
import { RoutingActions, RoutingConditions } from './routing.types.js';

export async function updateRoutingRule(
  db: Db,
  workspaceId: string,
  ruleId: string,
  patch: UpdateRoutingRuleInput,
  actor: AuditActor,
) {
  if (!isUuid(ruleId)) throw notFound('The routing rule');
  return db.transaction().execute(async (trx) => {
    const rule = await findRoutingRule(trx, workspaceId, ruleId);
    if (!rule) throw notFound('The routing rule');
    const conditions = patch.conditions ?? RoutingConditions.catch({}).parse(rule.conditions);
    const actions = patch.actions ?? RoutingActions.parse(rule.actions);
    await assertRuleTargets(trx, workspaceId, conditions, actions);
    const row = await saveRoutingRule(trx, ruleId, {
      name: patch.name ?? rule.name,
      position: patch.position ?? rule.position,
      enabled: patch.enabled ?? rule.enabled,
      conditions,
      actions,
    });
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'routing_rule.updated',
      subject: { type: 'routing_rule', id: ruleId },
      data: { name: row.name, changes: patch },
    });
    return row;
  });
}
