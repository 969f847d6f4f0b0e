import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

const OPEN_STATUSES = ['new', 'open'] as const;

/** On-duty members with the responder role and their count of open (new/open) conversations. */
export async function loadAssignmentCandidates(db: Executor, workspaceId: string) {
  const rows = await db
    .selectFrom('responders as r')
    .innerJoin('memberships as m', (join) =>
      join.onRef('m.workspace_id', '=', 'r.workspace_id').onRef('m.user_id', '=', 'r.user_id'),
    )
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.user_id',
      'r.languages',
      'r.channel_ids',
      'r.max_open',
      (eb) =>
        eb
          .selectFrom('conversations as c')
          .select(eb.fn.countAll<string>().as('n'))
          .where('c.workspace_id', '=', workspaceId)
          .whereRef('c.assignee_id', '=', 'r.user_id')
          .where('c.status', 'in', OPEN_STATUSES)
          .as('open_count'),
    ])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.on_duty', '=', true)
    .where('u.disabled_at', 'is', null)
    .where(sql<boolean>`'responder' = ANY(m.roles)`)
    .orderBy('r.user_id')
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    languages: row.languages,
    channelIds: row.channel_ids,
    maxOpen: row.max_open,
    openCount: Number(row.open_count ?? 0),
  }));
}

/** Members who can answer (admin, manager, responder) with their responder settings (defaults if none saved). */
export function listResponders(db: Executor, workspaceId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('responders as r', (join) =>
      join.onRef('r.workspace_id', '=', 'm.workspace_id').onRef('r.user_id', '=', 'm.user_id'),
    )
    .select([
      'm.user_id',
      'u.name',
      'm.roles',
      'r.languages',
      'r.channel_ids',
      'r.on_duty',
      'r.in_training',
      'r.max_open',
      'r.manager_id',
      (eb) =>
        eb
          .selectFrom('conversations as c')
          .select(eb.fn.countAll<string>().as('n'))
          .where('c.workspace_id', '=', workspaceId)
          .whereRef('c.assignee_id', '=', 'm.user_id')
          .where('c.status', 'in', OPEN_STATUSES)
          .as('open_count'),
      sql<Array<{ id: string; name: string }>>`coalesce((
        SELECT json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name)
          FROM team_members tm JOIN teams t ON t.id = tm.team_id
         WHERE tm.user_id = m.user_id AND t.workspace_id = m.workspace_id), '[]'::json)`.as('teams'),
    ])
    .where('m.workspace_id', '=', workspaceId)
    .where(sql<boolean>`m.roles && ARRAY['admin', 'manager', 'responder']::text[]`)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.name')
    .execute();
}
export type ResponderRow = Awaited<ReturnType<typeof listResponders>>[number];

export interface ResponderValues {
  languages: string[];
  channelIds: string[];
  onDuty: boolean;
  inTraining: boolean;
  maxOpen: number;
  managerId: string | null;
}

export function upsertResponder(db: Executor, workspaceId: string, userId: string, values: ResponderValues) {
  const row = {
    languages: values.languages,
    channel_ids: values.channelIds,
    on_duty: values.onDuty,
    in_training: values.inTraining,
    max_open: values.maxOpen,
    manager_id: values.managerId,
    updated_at: new Date(),
  };
  return db
    .insertInto('responders')
    .values({ workspace_id: workspaceId, user_id: userId, ...row })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet(row))
    .execute();
}

export function setDuty(db: Executor, workspaceId: string, userId: string, onDuty: boolean) {
  return db
    .insertInto('responders')
    .values({ workspace_id: workspaceId, user_id: userId, on_duty: onDuty, updated_at: new Date() })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'user_id']).doUpdateSet({ on_duty: onDuty, updated_at: new Date() }),
    )
    .execute();
}

/** How many of the ids are members of the workspace. */
export async function countMembers(db: Executor, workspaceId: string, userIds: string[]) {
  if (userIds.length === 0) return 0;
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', 'in', userIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countChannels(db: Executor, workspaceId: string, channelIds: string[]) {
  if (channelIds.length === 0) return 0;
  const row = await db
    .selectFrom('channels')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', channelIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
