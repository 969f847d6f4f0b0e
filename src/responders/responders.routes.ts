import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANSWERERS, ANY_ROLE, type Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import { presentResponder, presentTeam } from './responders.presenter.js';
import { listResponders } from './responders.repository.js';
import {
  CreateTeamBody,
  DutyBody,
  OkResponse,
  ResponderParams,
  ResponderResponse,
  RespondersResponse,
  TeamParams,
  TeamResponse,
  TeamsResponse,
  UpdateResponderBody,
  UpdateTeamBody,
  WorkspaceParams,
} from './responders.schema.js';
import { createTeam, deleteTeam, updateTeam } from './save-team.js';
import { listTeams } from './teams.repository.js';
import { setOwnDuty, updateResponder } from './update-responder.js';

const tags = ['responders'];
const base = '/api/workspaces/:workspaceId';
const MANAGERS: readonly Role[] = ['admin', 'manager'];

export function respondersRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      `${base}/responders`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Who answers: languages, channels, duty, workload and teams',
          tags,
          params: WorkspaceParams,
          response: { 200: RespondersResponse },
        },
      },
      async (request) => ({ responders: (await listResponders(ctx.db, request.workspace!.id)).map(presentResponder) }),
    );

    app.put(
      `${base}/responders/:userId`,
      {
        config: { access: { roles: MANAGERS } },
        schema: {
          summary: "Set a member's languages, channels, duty, training, maximum open conversations and manager",
          tags,
          params: ResponderParams,
          body: UpdateResponderBody,
          response: { 200: ResponderResponse },
        },
      },
      async (request) => {
        const row = await updateResponder(
          ctx.db,
          request.workspace!.id,
          request.params.userId,
          request.body,
          userActor(request.user!),
        );
        if (!row) throw notFound('The responder');
        return { responder: presentResponder(row) };
      },
    );

    app.post(
      `${base}/responders/me/duty`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Go on or off duty',
          tags,
          params: WorkspaceParams,
          body: DutyBody,
          response: { 200: ResponderResponse },
        },
      },
      async (request) => {
        const user = request.user!;
        const row = await setOwnDuty(ctx.db, request.workspace!.id, user.userId, request.body.onDuty, userActor(user));
        if (!row) throw notFound('The responder');
        return { responder: presentResponder(row) };
      },
    );

    app.get(
      `${base}/teams`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: { summary: 'Teams and their members', tags, params: WorkspaceParams, response: { 200: TeamsResponse } },
      },
      async (request) => ({ teams: (await listTeams(ctx.db, request.workspace!.id)).map(presentTeam) }),
    );

    app.post(
      `${base}/teams`,
      {
        config: { access: { roles: MANAGERS } },
        schema: {
          summary: 'Create a team',
          tags,
          params: WorkspaceParams,
          body: CreateTeamBody,
          response: { 201: TeamResponse },
        },
      },
      async (request, reply) => {
        const team = await createTeam(ctx.db, request.workspace!.id, request.body, userActor(request.user!));
        return reply.code(201).send({ team: presentTeam(team) });
      },
    );

    app.patch(
      `${base}/teams/:teamId`,
      {
        config: { access: { roles: MANAGERS } },
        schema: {
          summary: 'Rename a team or replace its members',
          tags,
          params: TeamParams,
          body: UpdateTeamBody,
          response: { 200: TeamResponse },
        },
      },
      async (request) => {
        const team = await updateTeam(
          ctx.db,
          request.workspace!.id,
          request.params.teamId,
          request.body,
          userActor(request.user!),
        );
        return { team: presentTeam(team) };
      },
    );

    app.delete(
      `${base}/teams/:teamId`,
      {
        config: { access: { roles: MANAGERS } },
        schema: {
          summary: 'Delete a team (its conversations keep their assignees)',
          tags,
          params: TeamParams,
          response: { 200: OkResponse },
        },
      },
      async (request) => {
        await deleteTeam(ctx.db, request.workspace!.id, request.params.teamId, userActor(request.user!));
        return { ok: true as const };
      },
    );
  };
}
