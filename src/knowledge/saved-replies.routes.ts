import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANSWERERS_AND_REVIEWERS, type Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { createSavedReply } from './create-saved-reply.js';
import { deleteSavedReply } from './delete-saved-reply.js';
import { presentSavedReply } from './knowledge.presenter.js';
import {
  CreateSavedReplyBody,
  RenderBody,
  RenderResponse,
  SavedRepliesResponse,
  SavedReplyParams,
  SavedReplyQuery,
  SavedReplyResponse,
  UpdateSavedReplyBody,
} from './knowledge.schema.js';
import { renderSavedReply } from './render-saved-reply.js';
import { listSavedReplies } from './saved-replies.repository.js';
import { updateSavedReply } from './update-saved-reply.js';

const EDITORS: readonly Role[] = ['admin', 'manager'];
const Ok = z.object({ ok: z.literal(true) });

export function savedRepliesRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/saved-replies',
      {
        config: { access: { roles: ANSWERERS_AND_REVIEWERS } },
        schema: {
          summary: 'Saved replies (optionally of one language, or usable on one channel)',
          tags: ['knowledge'],
          params: WorkspaceParams,
          querystring: SavedReplyQuery,
          response: { 200: SavedRepliesResponse },
        },
      },
      async (request) => {
        const rows = await listSavedReplies(ctx.db, request.workspace!.id, request.query);
        return { savedReplies: rows.map(presentSavedReply) };
      },
    );

    app.post(
      '/api/workspaces/:workspaceId/saved-replies',
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Add a saved reply; unknown {{variables}} are refused',
          tags: ['knowledge'],
          params: WorkspaceParams,
          body: CreateSavedReplyBody,
          response: { 201: SavedReplyResponse },
        },
      },
      async (request, reply) => {
        const row = await createSavedReply(ctx.db, request.workspace!.id, request.body, userActor(request.user!));
        return reply.status(201).send({ savedReply: presentSavedReply(row) });
      },
    );

    app.patch(
      '/api/workspaces/:workspaceId/saved-replies/:savedReplyId',
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Edit a saved reply',
          tags: ['knowledge'],
          params: SavedReplyParams,
          body: UpdateSavedReplyBody,
          response: { 200: SavedReplyResponse },
        },
      },
      async (request) => {
        const row = await updateSavedReply(
          ctx.db,
          request.workspace!.id,
          request.params.savedReplyId,
          request.body,
          userActor(request.user!),
        );
        return { savedReply: presentSavedReply(row) };
      },
    );

    app.delete(
      '/api/workspaces/:workspaceId/saved-replies/:savedReplyId',
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Remove a saved reply',
          tags: ['knowledge'],
          params: SavedReplyParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteSavedReply(ctx.db, request.workspace!.id, request.params.savedReplyId, userActor(request.user!));
        return { ok: true as const };
      },
    );

    app.post(
      '/api/workspaces/:workspaceId/saved-replies/:savedReplyId/render',
      {
        config: { access: { roles: ANSWERERS_AND_REVIEWERS } },
        schema: {
          summary: 'A saved reply with its variables filled in for a conversation (author, agent, workspace, channel)',
          tags: ['knowledge'],
          params: SavedReplyParams,
          body: RenderBody,
          response: { 200: RenderResponse },
        },
      },
      async (request) => {
        const text = await renderSavedReply(ctx.db, {
          workspaceId: request.workspace!.id,
          savedReplyId: request.params.savedReplyId,
          conversationId: request.body.conversationId,
          agentName: request.user!.name,
        });
        return { text };
      },
    );
  };
}
