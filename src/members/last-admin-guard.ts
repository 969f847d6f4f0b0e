/**
 * A workspace must keep at least one admin who can log in, or nobody could manage its members
 * again. Call inside a transaction that has locked the workspace row (lockWorkspace), so two
 * admins demoting each other at the same moment cannot both succeed.
 */
import type { Executor } from '../db/database.js';
import { conflict } from '../http/errors.js';
import { countActiveAdmins } from '../workspaces/workspaces.repository.js';

export async function assertKeepsAnAdmin(
  trx: Executor,
  workspaceId: string,
  member: { name: string; roles: string[]; disabled_at: unknown },
  rolesAfter: readonly string[] | null, // null: the member leaves the workspace
) {
  const isActiveAdmin = member.roles.includes('admin') && member.disabled_at === null;
  const staysAdmin = rolesAfter?.includes('admin') ?? false;
  if (!isActiveAdmin || staysAdmin) return;
  if ((await countActiveAdmins(trx, workspaceId)) <= 1) {
    throw conflict(
      `${member.name} is the last admin of this workspace. Make someone else an admin first, so the workspace is not left without one.`,
    );
  }
}

/** Roles in their canonical order, each once. */
export function normaliseRoles<T extends string>(roles: readonly T[], order: readonly T[]): T[] {
  return order.filter((role) => roles.includes(role));
}
