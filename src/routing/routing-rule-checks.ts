/** What a rule may point at must belong to the workspace: its channels, a member, one of its teams. */
import type { Executor } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import { findAssignableTargets, findWorkspaceChannelIds } from './routing.repository.js';
import type { RoutingActions, RoutingConditions } from './routing.types.js';

export async function assertRuleTargets(
  db: Executor,
  workspaceId: string,
  conditions: RoutingConditions,
  actions: RoutingActions,
) {
  const channelIds = conditions.channelIds ?? [];
  const known = await findWorkspaceChannelIds(db, workspaceId, channelIds);
  const unknown = channelIds.filter((id) => !known.has(id));
  if (unknown.length) throw badRequest(`No channel ${unknown.join(', ')} in this workspace.`);
  const { memberFound, teamFound } = await findAssignableTargets(
    db,
    workspaceId,
    actions.assignUserId,
    actions.assignTeamId,
  );
  if (actions.assignUserId && !memberFound) throw badRequest('The person to assign is not a member of this workspace.');
  if (actions.assignTeamId && !teamFound) throw badRequest('The team to assign is not a team of this workspace.');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
