/** Moderation queue, flags and actions (contract: issue 6, section B). Rules live in moderation-rules.routes.ts. */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import type { Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { listActionsForItems } from './moderation-actions.repository.js';
import { dismissEntry, flagItem, listQueue, queueEntryDetail } from './moderation-queue.js';
import { moderationRulesRoutes } from './moderation-rules.routes.js';
import {
  ActionBody,
  ActionParams,
  ActionsQuery,
  DismissBody,
  EntryParams,
  FlagBody,
  MODERATION_LANGUAGES,
  QueueQuery,
  UndoBody,
  WorkspaceParams,
  type ModerationLanguage,
} from './moderation.schema.js';
import { presentAction } from './moderation.presenter.js';
import { requestModerationAction, type ModerationRequest } from './request-moderation-action.js';
import { undoModerationAction } from './undo-moderation-action.js';

export const MODERATORS: readonly Role[] = ['admin', 'manager', 'moderator'];
/** Responders see the items first; they may flag them for a moderator. */
export const FLAGGERS: readonly Role[] = ['admin', 'manager', 'responder', 'moderator'];

const tags = ['moderation'];
const base = '/api/workspaces/:workspaceId/moderation';

export function moderationRequest(request: FastifyRequest): ModerationRequest {
  const language = request.workspace!.defaultLanguage;
  return {
    workspaceId: request.workspace!.id,
    actor: userActor(request.user!),
    defaultLanguage: (MODERATION_LANGUAGES as readonly string[]).includes(language)
      ? (language as ModerationLanguage)
      : 'en',
  };
}

export function moderationRoutes(ctx: AppContext) {
  return async (app: App) => {
    const access = { access: { roles: MODERATORS } };

    app.get(
      `${base}/queue`,
      {
        config: access,
        schema: {
          summary: 'The moderation queue, newest first',
          tags,
          params: WorkspaceParams,
          querystring: QueueQuery,
        },
      },
      async (request) => listQueue(ctx.db, request.workspace!.id, request.query),
    );

    app.get(
      `${base}/queue/:entryId`,
      {
        config: access,
        schema: { summary: 'One queue entry with its thread and evidence', tags, params: EntryParams },
      },
      async (request) => queueEntryDetail(ctx.db, request.workspace!.id, request.params.entryId),
    );

    app.post(
      `${base}/flags`,
      {
        config: { access: { roles: FLAGGERS } },
        schema: { summary: 'Flag a received item for moderation', tags, params: WorkspaceParams, body: FlagBody },
      },
      async (request, reply) => {
        const result = await flagItem(
          ctx.db,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!), userName: request.user!.name },
          request.body,
        );
        return reply.code(201).send(result);
      },
    );

    app.post(
      `${base}/queue/:entryId/dismiss`,
      {
        config: access,
        schema: { summary: 'Dismiss a queue entry: nothing to do', tags, params: EntryParams, body: DismissBody },
      },
      async (request) =>
        dismissEntry(
          ctx.db,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.params.entryId,
          request.body,
        ),
    );

    app.post(
      `${base}/actions`,
      {
        config: access,
        schema: {
          summary: 'Hide, remove, block, mute or report, citing a guideline rule; evidence is captured first',
          tags,
          params: WorkspaceParams,
          body: ActionBody,
        },
      },
      async (request, reply) => {
        const result = await requestModerationAction(ctx, moderationRequest(request), request.body);
        return reply.code(201).send(result);
      },
    );

    app.post(
      `${base}/actions/:actionId/undo`,
      {
        config: access,
        schema: { summary: 'Undo a hide, block or mute on the network', tags, params: ActionParams, body: UndoBody },
      },
      async (request, reply) => {
        const result = await undoModerationAction(
          ctx,
          moderationRequest(request),
          request.params.actionId,
          request.body,
        );
        return reply.code(201).send(result);
      },
    );

    app.get(
      `${base}/actions`,
      {
        config: access,
        schema: { summary: 'Moderation actions on an item', tags, params: WorkspaceParams, querystring: ActionsQuery },
      },
      async (request) => ({
        actions: (await listActionsForItems(ctx.db, request.workspace!.id, [request.query.itemId])).map(presentAction),
      }),
    );

    await moderationRulesRoutes(ctx)(app);
  };
}
