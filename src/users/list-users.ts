/** Accounts and their workspaces (all, or the members of one workspace), for the command line. */
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { listMembers } from '../members/members.repository.js';
import { findWorkspaceBySlug } from '../workspaces/workspaces.repository.js';
import { listUsersWithWorkspaces } from './users.repository.js';

export interface UserListing {
  email: string;
  name: string;
  disabled: boolean;
  /** "slug: role,role" per workspace, or just the roles when listing one workspace. */
  access: string[];
}

export async function listUsers(db: Db, workspaceSlug?: string): Promise<UserListing[]> {
  if (workspaceSlug) {
    const workspace = await findWorkspaceBySlug(db, workspaceSlug);
    if (!workspace) throw notFound(`The workspace "${workspaceSlug}"`);
    const members = await listMembers(db, workspace.id);
    return members.map((m) => ({
      email: m.email,
      name: m.name,
      disabled: m.disabled_at !== null,
      access: [m.roles.join(',')],
    }));
  }
  const byUser = new Map<string, UserListing>();
  for (const row of await listUsersWithWorkspaces(db)) {
    const listing = byUser.get(row.id) ?? {
      email: row.email,
      name: row.name,
      disabled: row.disabled_at !== null,
      access: [],
    };
    if (row.slug && row.roles) listing.access.push(`${row.slug}: ${row.roles.join(',')}`);
    byUser.set(row.id, listing);
  }
  return [...byUser.values()];
}
