/** All SQL of routing rules. */
import type { Executor } from '../db/database.js';
import type { RoutingActions, RoutingConditions } from './routing.types.js';

export function listRoutingRules(db: Executor, workspaceId: string) {
  return db
    .selectFrom('routing_rules')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The enabled rules in the order they apply. */
export function listEnabledRoutingRules(db: Executor, workspaceId: string) {
  return db
    .selectFrom('routing_rules')
    .select(['id', 'conditions', 'actions'])
    .where('workspace_id', '=', workspaceId)
    .where('enabled', '=', true)
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findRoutingRule(db: Executor, workspaceId: string, ruleId: string) {
  return db
    .selectFrom('routing_rules')
    .selectAll()
    .where('id', '=', ruleId)
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export interface RoutingRuleFields {
  name: string;
  position: number;
  enabled: boolean;
  conditions: RoutingConditions;
  actions: RoutingActions;
}

export function insertRoutingRule(db: Executor, workspaceId: string, fields: RoutingRuleFields) {
  return db
    .insertInto('routing_rules')
    .values({
      workspace_id: workspaceId,
      name: fields.name,
      position: fields.position,
      enabled: fields.enabled,
      conditions: JSON.stringify(fields.conditions),
      actions: JSON.stringify(fields.actions),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateRoutingRule(db: Executor, ruleId: string, fields: RoutingRuleFields) {
  return db
    .updateTable('routing_rules')
    .set({
      name: fields.name,
      position: fields.position,
      enabled: fields.enabled,
      conditions: JSON.stringify(fields.conditions),
      actions: JSON.stringify(fields.actions),
    })
    .where('id', '=', ruleId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteRoutingRule(db: Executor, ruleId: string) {
  return db.deleteFrom('routing_rules').where('id', '=', ruleId).executeTakeFirst();
}

/** The highest position so far, so a new rule without one goes last. */
export async function lastRoutingPosition(db: Executor, workspaceId: string) {
  const row = await db
    .selectFrom('routing_rules')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.position ?? null;
}

/** Which of these users are members and which of these teams belong to the workspace. */
export async function findAssignableTargets(db: Executor, workspaceId: string, userId?: string, teamId?: string) {
  const member = userId
    ? await db
        .selectFrom('memberships')
        .select('user_id')
        .where('workspace_id', '=', workspaceId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
    : undefined;
  const team = teamId
    ? await db
        .selectFrom('teams')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', teamId)
        .executeTakeFirst()
    : undefined;
  return { memberFound: Boolean(member), teamFound: Boolean(team) };
}

export async function findWorkspaceChannelIds(db: Executor, workspaceId: string, channelIds: string[]) {
  if (channelIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('channels')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', channelIds)
    .execute();
  return new Set(rows.map((r) => r.id));
}
