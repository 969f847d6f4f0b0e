/** An admin or manager adds a routing rule; it applies to items that arrive from now on. */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { assertRuleTargets } from './routing-rule-checks.js';
import { insertRoutingRule, lastRoutingPosition } from './routing.repository.js';
import type { CreateRoutingRuleInput } from './routing.schema.js';

export async function createRoutingRule(db: Db, workspaceId: string, input: CreateRoutingRuleInput, actor: AuditActor) {
  await assertRuleTargets(db, workspaceId, input.conditions, input.actions);
  return db.transaction().execute(async (trx) => {
    const last = await lastRoutingPosition(trx, workspaceId);
    const row = await insertRoutingRule(trx, workspaceId, {
      name: input.name,
      position: input.position ?? (last === null ? 0 : last + 1),
      enabled: input.enabled,
      conditions: input.conditions,
      actions: input.actions,
    });
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'routing_rule.created',
      subject: { type: 'routing_rule', id: row.id },
      data: { name: row.name, position: row.position, conditions: input.conditions, actions: input.actions },
    });
    return row;
  });
}
