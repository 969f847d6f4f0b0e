/** Teams: create, change (name, members) and delete; every change audited. */
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/errors.js';
import { countMembers } from './responders.repository.js';
import * as repo from './teams.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function checkInput(
  trx: Executor,
  workspaceId: string,
  input: { name?: string; memberIds?: string[] },
  teamId?: string,
) {
  if (input.name) {
    const same = await repo.findTeamByName(trx, workspaceId, input.name);
    if (same && same.id !== teamId) throw conflict(`A team called “${input.name}” already exists.`);
  }
  if (input.memberIds && (await countMembers(trx, workspaceId, input.memberIds)) !== input.memberIds.length)
    throw badRequest('Every team member must be a member of this workspace.');
}

export async function createTeam(
  db: Executor,
  workspaceId: string,
  input: { name: string; memberIds: string[] },
  actor: AuditActor,
) {
  const memberIds = [...new Set(input.memberIds)];
  const id = await db.transaction().execute(async (trx) => {
    await checkInput(trx, workspaceId, { name: input.name, memberIds });
    const team = await repo.insertTeam(trx, workspaceId, input.name);
    await repo.replaceTeamMembers(trx, team.id, memberIds);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'team.created',
      subject: { type: 'team', id: team.id },
      data: { name: input.name, memberIds },
    });
    return team.id;
  });
  return (await repo.listTeams(db, workspaceId, id))[0]!;
}

export async function updateTeam(
  db: Executor,
  workspaceId: string,
  teamId: string,
  input: { name?: string; memberIds?: string[] },
  actor: AuditActor,
) {
  if (!UUID.test(teamId)) throw notFound('The team');
  const memberIds = input.memberIds ? [...new Set(input.memberIds)] : undefined;
  await db.transaction().execute(async (trx) => {
    const team = await repo.findTeamForUpdate(trx, workspaceId, teamId);
    if (!team) throw notFound('The team');
    await checkInput(trx, workspaceId, { name: input.name, memberIds }, teamId);
    if (input.name && input.name !== team.name) await repo.renameTeam(trx, teamId, input.name);
    if (memberIds) await repo.replaceTeamMembers(trx, teamId, memberIds);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'team.updated',
      subject: { type: 'team', id: teamId },
      data: { name: input.name, memberIds },
    });
  });
  return (await repo.listTeams(db, workspaceId, teamId))[0]!;
}

export async function deleteTeam(db: Executor, workspaceId: string, teamId: string, actor: AuditActor) {
  if (!UUID.test(teamId)) throw notFound('The team');
  await db.transaction().execute(async (trx) => {
    const team = await repo.findTeamForUpdate(trx, workspaceId, teamId);
    if (!team) throw notFound('The team');
    await repo.deleteTeam(trx, teamId);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'team.deleted',
      subject: { type: 'team', id: teamId },
      data: { name: team.name },
    });
  });
}
