import type { Executor } from '../db/database.js';

/** Members of a workspace with their account details. */
function selectMembers(db: Executor, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.disabled_at',
      'memberships.roles',
      'memberships.created_at',
    ])
    .where('memberships.workspace_id', '=', workspaceId);
}

export function listMembers(db: Executor, workspaceId: string) {
  return selectMembers(db, workspaceId).orderBy('users.name').execute();
}

/** One member of a workspace with their account details, or undefined when not a member there. */
export function findMember(db: Executor, workspaceId: string, userId: string) {
  return selectMembers(db, workspaceId).where('memberships.user_id', '=', userId).executeTakeFirst();
}

export function setMemberRoles(db: Executor, workspaceId: string, userId: string, roles: string[]) {
  return db
    .updateTable('memberships')
    .set({ roles })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
}

export function deleteMembership(db: Executor, workspaceId: string, userId: string) {
  return db
    .deleteFrom('memberships')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}
