/** Routing rule rows become JSON here. */
import type { z } from 'zod';
import type { RoutingRule as RoutingRuleRow } from '../db/schema.js';
import type { RoutingRule } from './routing.schema.js';

export function presentRoutingRule(row: RoutingRuleRow): z.infer<typeof RoutingRule> {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    enabled: row.enabled,
    conditions: (row.conditions ?? {}) as z.infer<typeof RoutingRule>['conditions'],
    actions: (row.actions ?? {}) as z.infer<typeof RoutingRule>['actions'],
    createdAt: new Date(row.created_at).toISOString(),
  };
}
