import { z } from 'zod';

export const WorkspaceParams = z.object({ workspaceId: z.string() });
export const ResponderParams = z.object({ workspaceId: z.string(), userId: z.string() });
export const TeamParams = z.object({ workspaceId: z.string(), teamId: z.string() });

const Ref = z.object({ id: z.string(), name: z.string() });
const Language = z.enum(['sv', 'nl', 'en']);

export const Responder = z.object({
  userId: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  languages: z.array(z.string()),
  channelIds: z.array(z.string()),
  onDuty: z.boolean(),
  inTraining: z.boolean(),
  maxOpen: z.number(),
  managerId: z.string().nullable(),
  openCount: z.number(),
  teams: z.array(Ref),
});
export const RespondersResponse = z.object({ responders: z.array(Responder) });
export const ResponderResponse = z.object({ responder: Responder });

export const UpdateResponderBody = z.strictObject({
  languages: z.array(Language).min(1, 'needs at least one language').max(3),
  channelIds: z.array(z.uuid()).max(100),
  onDuty: z.boolean(),
  inTraining: z.boolean(),
  maxOpen: z.number().int().min(1).max(10_000),
  managerId: z.uuid().nullable(),
});

export const DutyBody = z.strictObject({ onDuty: z.boolean() });

export const Team = z.object({ id: z.string(), name: z.string(), members: z.array(Ref) });
export const TeamsResponse = z.object({ teams: z.array(Team) });
export const TeamResponse = z.object({ team: Team });
export const CreateTeamBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  memberIds: z.array(z.uuid()).max(500).default([]),
});
export const UpdateTeamBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100).optional(),
  memberIds: z.array(z.uuid()).max(500).optional(),
});
export const OkResponse = z.object({ ok: z.literal(true) });
