/** All SQL of inbox settings, SLA policies and the SLA event log. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import type { InboxSettingsTable, SlaPoliciesTable } from '../db/schema.js';
import type { Updateable, Insertable } from 'kysely';

export function updateInboxSettings(db: Executor, workspaceId: string, changes: Updateable<InboxSettingsTable>) {
  return db
    .updateTable('inbox_settings')
    .set({ ...changes, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findSlaPolicy(db: Executor, workspaceId: string, policyId: string) {
  return db
    .selectFrom('sla_policies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', policyId)
    .executeTakeFirst();
}

export async function nextPolicyPosition(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('sla_policies')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export function insertSlaPolicy(db: Executor, row: Insertable<SlaPoliciesTable>) {
  return db.insertInto('sla_policies').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateSlaPolicy(
  db: Executor,
  workspaceId: string,
  policyId: string,
  changes: Updateable<SlaPoliciesTable>,
) {
  return db
    .updateTable('sla_policies')
    .set(changes)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', policyId)
    .returningAll()
    .executeTakeFirst();
}

export function deleteSlaPolicy(db: Executor, workspaceId: string, policyId: string) {
  return db
    .deleteFrom('sla_policies')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', policyId)
    .returningAll()
    .executeTakeFirst();
}

/** Is this a channel of the workspace (for a policy's channel condition)? */
export async function channelBelongsTo(db: Executor, workspaceId: string, channelId: string): Promise<boolean> {
  const row = await db
    .selectFrom('channels')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', channelId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Recent warnings and breaches, newest first, with what the list shows of their conversation. */
export function listRecentSlaEvents(db: Executor, workspaceId: string, limit: number) {
  return db
    .selectFrom('sla_events as e')
    .innerJoin('conversations as c', 'c.id', 'e.conversation_id')
    .leftJoin('users as u', 'u.id', 'c.assignee_id')
    .select([
      'e.id',
      'e.conversation_id',
      'e.target',
      'e.kind',
      'e.due_at',
      'e.occurred_at',
      'c.preview',
      'c.channel_id',
      'c.assignee_id',
      'u.name as assignee_name',
    ])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.kind', 'in', ['warning', 'breached'])
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
}
