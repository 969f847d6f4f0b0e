import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

// Kysely turns a JS array into a value list, so the text[] literal is written out.
const holdsAdmin = (column: string) => sql<boolean>`${sql.ref(column)} @> ARRAY['admin']::text[]`;

/** The workspace row, locked until the transaction ends: serialises changes to its settings and members. */
export function lockWorkspace(trx: Executor, workspaceId: string) {
  return trx.selectFrom('workspaces').selectAll().where('id', '=', workspaceId).forUpdate().executeTakeFirst();
}

export function findWorkspaceBySlug(db: Executor, slug: string) {
  return db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function countWorkspaces(db: Executor) {
  return db
    .selectFrom('workspaces')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function insertWorkspace(
  db: Executor,
  row: { slug: string; name: string; country: string; timeZone: string; defaultLanguage: string },
) {
  return db
    .insertInto('workspaces')
    .values({
      slug: row.slug,
      name: row.name,
      country: row.country,
      time_zone: row.timeZone,
      default_language: row.defaultLanguage,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateWorkspace(
  db: Executor,
  workspaceId: string,
  patch: { name?: string; time_zone?: string; default_language?: string; country?: string },
) {
  return db.updateTable('workspaces').set(patch).where('id', '=', workspaceId).returningAll().executeTakeFirstOrThrow();
}

/** The workspaces a user belongs to, with their roles there. */
export function listMembershipsOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select([
      'workspaces.id',
      'workspaces.slug',
      'workspaces.name',
      'workspaces.country',
      'workspaces.time_zone',
      'workspaces.default_language',
      'memberships.roles',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.name')
    .execute();
}

export function findMembership(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** A user's membership of a workspace together with the workspace: one query per authorised request. */
export function findMembershipWithWorkspace(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select([
      'workspaces.id',
      'workspaces.slug',
      'workspaces.name',
      'workspaces.country',
      'workspaces.time_zone',
      'workspaces.default_language',
      'memberships.roles',
    ])
    .where('memberships.workspace_id', '=', workspaceId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
}

export function upsertMembership(db: Executor, workspaceId: string, userId: string, roles: string[]) {
  return db
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, roles })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ roles }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Admins who can still log in: a disabled admin cannot look after the workspace. */
export function countActiveAdmins(db: Executor, workspaceId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('memberships.workspace_id', '=', workspaceId)
    .where(holdsAdmin('memberships.roles'))
    .where('users.disabled_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}
