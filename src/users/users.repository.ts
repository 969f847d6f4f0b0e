import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export function findUserById(db: Executor, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(
  db: Executor,
  row: { email: string; name: string; passwordHash: string; language?: string | null },
) {
  return db
    .insertInto('users')
    .values({ email: row.email, name: row.name, password_hash: row.passwordHash, language: row.language ?? null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateUserPassword(db: Executor, userId: string, passwordHash: string) {
  return db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).executeTakeFirst();
}

export function updateUserProfile(db: Executor, userId: string, patch: { name?: string; language?: string | null }) {
  return db.updateTable('users').set(patch).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
}

/** Every account with the workspaces it belongs to, for the command line. */
export function listUsersWithWorkspaces(db: Executor) {
  return db
    .selectFrom('users')
    .leftJoin('memberships', 'memberships.user_id', 'users.id')
    .leftJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['users.id', 'users.email', 'users.name', 'users.disabled_at', 'workspaces.slug', 'memberships.roles'])
    .orderBy('users.email')
    .orderBy('workspaces.slug')
    .execute();
}
