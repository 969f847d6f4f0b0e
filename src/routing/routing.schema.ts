/** HTTP shapes of routing rules. */
import { z } from 'zod';
import { PRIORITIES, RoutingActions, RoutingConditions } from './routing.types.js';

export const RoutingRuleParams = z.object({ workspaceId: z.string(), ruleId: z.string() });

const Name = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const Position = z.number().int().min(0).max(10_000);

export const CreateRoutingRuleBody = z.strictObject({
  name: Name,
  /** Rules apply in position order; without one the rule goes last. */
  position: Position.optional(),
  enabled: z.boolean().default(true),
  conditions: RoutingConditions,
  actions: RoutingActions,
});
export type CreateRoutingRuleInput = z.infer<typeof CreateRoutingRuleBody>;

export const UpdateRoutingRuleBody = z
  .strictObject({
    name: Name.optional(),
    position: Position.optional(),
    enabled: z.boolean().optional(),
    conditions: RoutingConditions.optional(),
    actions: RoutingActions.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Give at least one field to change.');
export type UpdateRoutingRuleInput = z.infer<typeof UpdateRoutingRuleBody>;

const Conditions = z.object({
  channelIds: z.array(z.string()).optional(),
  languages: z.array(z.string()).optional(),
  intents: z.array(z.string()).optional(),
  sentiments: z.array(z.string()).optional(),
  severities: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
});
const Actions = z.object({
  addTags: z.array(z.string()).optional(),
  setPriority: z.enum(PRIORITIES).optional(),
  assignUserId: z.string().optional(),
  assignTeamId: z.string().optional(),
});

export const RoutingRule = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number(),
  enabled: z.boolean(),
  conditions: Conditions,
  actions: Actions,
  createdAt: z.string(),
});

export const RoutingRulesResponse = z.object({ routingRules: z.array(RoutingRule) });
export const RoutingRuleResponse = z.object({ routingRule: RoutingRule });
