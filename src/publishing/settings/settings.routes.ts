/** Publishing settings and the global pause. */
import type { AppContext } from '../../app/context.js';
import { userActor } from '../../audit/audit-actor.js';
import type { App } from '../../http/app.js';
import { WorkspaceParams } from '../../workspaces/workspaces.schema.js';
import { CALENDAR_READERS } from '../posts/post-workflow.js';
import { pausePublishing, presentSettings, resumePublishingNow, updateSettings } from './manage-settings.js';
import { findSettings } from './settings.repository.js';
import {
  PauseBody,
  PUBLISHING_ADMINS,
  ResumeResponse,
  SettingsResponse,
  UpdateSettingsBody,
} from './settings.schema.js';

const W = '/api/workspaces/:workspaceId/publishing';

export function publishingSettingsRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      `${W}/settings`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'Publishing settings: approval, approver roles, blackout policy, the pause',
          tags: ['publishing'],
          params: WorkspaceParams,
          response: { 200: SettingsResponse },
        },
      },
      async (request) => presentSettings(ctx.db, await findSettings(ctx.db, request.workspace!.id)),
    );

    app.put(
      `${W}/settings`,
      {
        config: { access: { roles: PUBLISHING_ADMINS } },
        schema: {
          summary: 'Change the publishing settings',
          tags: ['publishing'],
          params: WorkspaceParams,
          body: UpdateSettingsBody,
          response: { 200: SettingsResponse },
        },
      },
      async (request) =>
        presentSettings(
          ctx.db,
          await updateSettings(ctx, request.workspace!.id, request.body, userActor(request.user!)),
        ),
    );

    app.post(
      `${W}/pause`,
      {
        config: { access: { roles: PUBLISHING_ADMINS } },
        schema: {
          summary: 'Pause all publishing: scheduled posts are held until resumed',
          tags: ['publishing'],
          params: WorkspaceParams,
          body: PauseBody,
          response: { 200: SettingsResponse },
        },
      },
      async (request) =>
        presentSettings(
          ctx.db,
          await pausePublishing(ctx, request.workspace!.id, request.body.reason, userActor(request.user!)),
        ),
    );

    app.post(
      `${W}/resume`,
      {
        config: { access: { roles: PUBLISHING_ADMINS } },
        schema: {
          summary: 'Resume publishing: held posts are scheduled again',
          tags: ['publishing'],
          params: WorkspaceParams,
          response: { 200: ResumeResponse },
        },
      },
      async (request) => {
        const { settings, resumed } = await resumePublishingNow(ctx, request.workspace!.id, userActor(request.user!));
        return { ...(await presentSettings(ctx.db, settings)), resumed };
      },
    );
  };
}
