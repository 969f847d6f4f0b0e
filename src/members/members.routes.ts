import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import type { App } from '../http/app.js';
import { listMembers } from './members.repository.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { changeMemberRoles } from './change-member-roles.js';
import { presentMember } from './members.presenter.js';
import { ChangeRolesBody, MemberParams, MemberResponse, MembersResponse } from './members.schema.js';
import { removeMember } from './remove-member.js';

const Ok = z.object({ ok: z.literal(true) });

export function membersRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/members',
      {
        config: { access: { roles: ['admin', 'manager'] } },
        schema: {
          summary: 'The members of a workspace and their roles',
          tags: ['members'],
          params: WorkspaceParams,
          response: { 200: MembersResponse },
        },
      },
      async (request) => {
        const rows = await listMembers(ctx.db, request.workspace!.id);
        return { members: rows.map(presentMember) };
      },
    );

    app.patch(
      '/api/workspaces/:workspaceId/members/:userId',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: "Replace a member's roles (the last admin cannot lose the admin role)",
          tags: ['members'],
          params: MemberParams,
          body: ChangeRolesBody,
          response: { 200: MemberResponse },
        },
      },
      async (request) => {
        const member = await changeMemberRoles(
          ctx.db,
          request.workspace!.id,
          request.params.userId,
          request.body.roles,
          userActor(request.user!),
        );
        return { member: presentMember(member) };
      },
    );

    app.delete(
      '/api/workspaces/:workspaceId/members/:userId',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Remove a member from the workspace (not the last admin)',
          tags: ['members'],
          params: MemberParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await removeMember(ctx.db, request.workspace!.id, request.params.userId, userActor(request.user!));
        return { ok: true as const };
      },
    );
  };
}
