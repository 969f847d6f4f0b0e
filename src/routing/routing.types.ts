/**
 * What a routing rule looks at and what it does. Stored as JSON in routing_rules.conditions and
 * .actions; the same schemas validate the API input and read the stored rows.
 */
import { z } from 'zod';
import { INTENTS, SENTIMENTS, SEVERITIES } from '../analysis/analysis.types.js';

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'must not be empty').max(50).optional();

/** Every condition given must match (an absent one matches everything); values within one are alternatives. */
export const RoutingConditions = z.strictObject({
  channelIds: list(z.guid('is not a valid id')),
  languages: list(z.enum(['sv', 'nl', 'en', 'other'])),
  intents: list(z.enum(INTENTS)),
  sentiments: list(z.enum(SENTIMENTS)),
  severities: list(z.enum(SEVERITIES)),
  /** Whole words or phrases, case-insensitive. */
  keywords: list(z.string().trim().min(1, 'must not be empty').max(100)),
});
export type RoutingConditions = z.infer<typeof RoutingConditions>;

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export const RoutingActions = z
  .strictObject({
    addTags: list(z.string().trim().min(1, 'must not be empty').max(50)),
    setPriority: z.enum(PRIORITIES).optional(),
    assignUserId: z.guid('is not a valid id').optional(),
    assignTeamId: z.guid('is not a valid id').optional(),
  })
  .refine((a) => Object.values(a).some((v) => v !== undefined), 'A rule must do something: give at least one action.');
export type RoutingActions = z.infer<typeof RoutingActions>;

/** A rule as the pipeline applies it. */
export interface RoutingRuleSpec {
  id: string;
  conditions: RoutingConditions;
  actions: RoutingActions;
}
