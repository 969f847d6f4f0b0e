import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANY_ROLE } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { createWorkspace } from './create-workspace.js';
import { updateWorkspaceSettings } from './update-workspace-settings.js';
import { presentWorkspace, presentWorkspaceContext } from './workspaces.presenter.js';
import { CreateWorkspaceBody, UpdateWorkspaceBody, WorkspaceParams, WorkspaceResponse } from './workspaces.schema.js';

export function workspacesRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.post(
      '/api/workspaces',
      {
        config: { access: 'user' },
        schema: {
          summary: 'Create a workspace; you become its admin',
          tags: ['workspaces'],
          body: CreateWorkspaceBody,
          response: { 200: WorkspaceResponse },
        },
      },
      async (request) => {
        const workspace = await createWorkspace(ctx.db, request.user!, request.body);
        return presentWorkspace(workspace, ['admin']);
      },
    );

    app.get(
      '/api/workspaces/:workspaceId',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'A workspace and your roles in it',
          tags: ['workspaces'],
          params: WorkspaceParams,
          response: { 200: WorkspaceResponse },
        },
      },
      async (request) => presentWorkspaceContext(request.workspace!),
    );

    app.patch(
      '/api/workspaces/:workspaceId',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Change the name, time zone, default language or country',
          tags: ['workspaces'],
          params: WorkspaceParams,
          body: UpdateWorkspaceBody,
          response: { 200: WorkspaceResponse },
        },
      },
      async (request) => {
        const updated = await updateWorkspaceSettings(
          ctx.db,
          request.workspace!.id,
          userActor(request.user!),
          request.body,
        );
        return presentWorkspace(updated, request.workspace!.roles);
      },
    );
  };
}
