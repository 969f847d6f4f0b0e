/** Rows become JSON here, and only here. */
import type { z } from 'zod';
import type { ResponderRow } from './responders.repository.js';
import type { Responder, Team } from './responders.schema.js';
import type { TeamRow } from './teams.repository.js';

/** Members without a saved responders row show the table defaults. */
export function presentResponder(row: ResponderRow): z.infer<typeof Responder> {
  return {
    userId: row.user_id,
    name: row.name,
    roles: row.roles,
    languages: row.languages ?? ['sv', 'nl', 'en'],
    channelIds: row.channel_ids ?? [],
    onDuty: row.on_duty ?? true,
    inTraining: row.in_training ?? false,
    maxOpen: row.max_open ?? 50,
    managerId: row.manager_id,
    openCount: Number(row.open_count ?? 0),
    teams: row.teams,
  };
}

export function presentTeam(row: TeamRow): z.infer<typeof Team> {
  return { id: row.id, name: row.name, members: row.members };
}
