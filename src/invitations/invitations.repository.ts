import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export function insertInvitation(
  db: Executor,
  row: {
    workspaceId: string;
    email: string;
    roles: string[];
    tokenHash: string;
    invitedBy: string | null;
    expiresAt: Date;
  },
) {
  return db
    .insertInto('invitations')
    .values({
      workspace_id: row.workspaceId,
      email: row.email,
      roles: row.roles,
      token_hash: row.tokenHash,
      invited_by: row.invitedBy,
      expires_at: row.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Invitations of a workspace, newest first, with who sent them. */
export function listInvitations(db: Executor, workspaceId: string, limit = 500) {
  return db
    .selectFrom('invitations')
    .leftJoin('users', 'users.id', 'invitations.invited_by')
    .selectAll('invitations')
    .select('users.name as inviter_name')
    .where('invitations.workspace_id', '=', workspaceId)
    .orderBy('invitations.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** An invitation of this workspace (never another's), locked for the rest of the transaction. */
export function lockInvitation(trx: Executor, workspaceId: string, invitationId: string) {
  return trx
    .selectFrom('invitations')
    .selectAll()
    .where('id', '=', invitationId)
    .where('workspace_id', '=', workspaceId)
    .forUpdate()
    .executeTakeFirst();
}

export function findInvitationByTokenHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .selectAll('invitations')
    .select('workspaces.name as workspace_name')
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Withdraw the open invitations of an address, when a new one replaces them. Returns how many. */
export async function revokeOpenInvitationsFor(trx: Executor, workspaceId: string, email: string) {
  const result = await trx
    .updateTable('invitations')
    .set({ revoked_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function markInvitationRevoked(trx: Executor, invitationId: string) {
  return trx
    .updateTable('invitations')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', invitationId)
    .execute();
}

export function markInvitationAccepted(trx: Executor, invitationId: string) {
  return trx
    .updateTable('invitations')
    .set({ accepted_at: sql`now()` })
    .where('id', '=', invitationId)
    .execute();
}
