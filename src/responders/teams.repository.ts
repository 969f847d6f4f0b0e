/** SQL of teams and their members. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export function listTeams(db: Executor, workspaceId: string, teamId?: string) {
  let query = db
    .selectFrom('teams as t')
    .select([
      't.id',
      't.name',
      't.created_at',
      sql<Array<{ id: string; name: string }>>`coalesce((
        SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name)
          FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.team_id = t.id), '[]'::json)`.as('members'),
    ])
    .where('t.workspace_id', '=', workspaceId);
  if (teamId) query = query.where('t.id', '=', teamId);
  return query.orderBy('t.name').execute();
}
export type TeamRow = Awaited<ReturnType<typeof listTeams>>[number];

export function findTeamForUpdate(db: Executor, workspaceId: string, teamId: string) {
  return db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .forUpdate()
    .executeTakeFirst();
}

export function findTeamByName(db: Executor, workspaceId: string, name: string) {
  return db
    .selectFrom('teams')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .executeTakeFirst();
}

export function insertTeam(db: Executor, workspaceId: string, name: string) {
  return db.insertInto('teams').values({ workspace_id: workspaceId, name }).returningAll().executeTakeFirstOrThrow();
}

export function renameTeam(db: Executor, teamId: string, name: string) {
  return db.updateTable('teams').set({ name }).where('id', '=', teamId).execute();
}

export function deleteTeam(db: Executor, teamId: string) {
  return db.deleteFrom('teams').where('id', '=', teamId).execute();
}

export async function replaceTeamMembers(db: Executor, teamId: string, userIds: string[]) {
  await db.deleteFrom('team_members').where('team_id', '=', teamId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('team_members')
    .values(userIds.map((user_id) => ({ team_id: teamId, user_id })))
    .execute();
}
