/** The enabled rules of a workspace, compiled for the ingestion pipeline. */
import type { Executor } from '../db/database.js';
import { compileRule, type CompiledRule } from './match-routing-rules.js';
import { listEnabledRoutingRules } from './routing.repository.js';
import { RoutingActions, RoutingConditions } from './routing.types.js';

export async function loadRoutingRules(db: Executor, workspaceId: string): Promise<CompiledRule[]> {
  const rows = await listEnabledRoutingRules(db, workspaceId);
  const rules: CompiledRule[] = [];
  for (const row of rows) {
    // Rules are validated on write; one that no longer reads (an older shape) is skipped, not fatal.
    const conditions = RoutingConditions.safeParse(row.conditions);
    const actions = RoutingActions.safeParse(row.actions);
    if (conditions.success && actions.success) {
      rules.push(compileRule({ id: row.id, conditions: conditions.data, actions: actions.data }));
    }
  }
  return rules;
}
