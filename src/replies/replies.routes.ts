import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANSWERERS, ANSWERERS_AND_REVIEWERS, REVIEWERS } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { composeCheck } from './compose-check.js';
import { createNote } from './create-note.js';
import { createReply, type Writer } from './create-reply.js';
import { presentReviewEntry } from './replies.presenter.js';
import { listPendingReviews, userNames } from './replies.repository.js';
import {
  ComposeCheckBody,
  ConversationParams,
  CreateNoteBody,
  CreateReplyBody,
  ItemParams,
  ReviewBody,
  WorkspaceParams,
} from './replies.schema.js';
import { retryReply } from './retry-reply.js';
import { reviewReply } from './review-reply.js';

const tags = ['replies'];
const base = '/api/workspaces/:workspaceId';

/** The logged-in member as the writer or reviewer of a reply. */
export function writerOf(request: FastifyRequest): Writer {
  const user = request.user!;
  return { userId: user.userId, name: user.name, actor: userActor(user) };
}

export function repliesRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.post(
      `${base}/conversations/:conversationId/replies`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Write a reply: queued for sending, or waiting for approval when the policy asks for it',
          tags,
          params: ConversationParams,
          body: CreateReplyBody,
        },
      },
      async (request, reply) => {
        const result = await createReply(
          ctx,
          {
            workspaceId: request.workspace!.id,
            conversationId: request.params.conversationId,
            writer: writerOf(request),
          },
          request.body,
        );
        return reply.code(201).send(result);
      },
    );

    app.post(
      `${base}/conversations/:conversationId/notes`,
      {
        config: { access: { roles: ANSWERERS_AND_REVIEWERS } },
        schema: {
          summary: 'Add an internal note; @mentioned members are notified',
          tags,
          params: ConversationParams,
          body: CreateNoteBody,
        },
      },
      async (request, reply) => {
        const item = await createNote(
          ctx,
          {
            workspaceId: request.workspace!.id,
            conversationId: request.params.conversationId,
            writer: writerOf(request),
          },
          request.body,
        );
        return reply.code(201).send({ item });
      },
    );

    app.get(
      `${base}/reviews`,
      {
        config: { access: { roles: REVIEWERS } },
        schema: { summary: 'Replies waiting for approval, oldest first', tags, params: WorkspaceParams },
      },
      async (request) => {
        const rows = await listPendingReviews(ctx.db, request.workspace!.id);
        const ids = [...new Set(rows.map((r) => r.user_id).filter((id): id is string => !!id))];
        const names = new Map((await userNames(ctx.db, ids)).map((u) => [u.id, u.name]));
        return { items: rows.map((row) => presentReviewEntry(row, names)) };
      },
    );

    app.post(
      `${base}/items/:itemId/review`,
      {
        config: { access: { roles: REVIEWERS } },
        schema: {
          summary: 'Approve (optionally edited) or reject a reply; nobody approves their own',
          tags,
          params: ItemParams,
          body: ReviewBody,
        },
      },
      async (request) => {
        const item = await reviewReply(
          ctx,
          { workspaceId: request.workspace!.id, itemId: request.params.itemId, reviewer: writerOf(request) },
          request.body,
        );
        return { item };
      },
    );

    app.post(
      `${base}/items/:itemId/retry`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: { summary: 'Send a failed reply again', tags, params: ItemParams },
      },
      async (request) => {
        const item = await retryReply(ctx, {
          workspaceId: request.workspace!.id,
          itemId: request.params.itemId,
          user: writerOf(request),
        });
        return { item };
      },
    );

    app.post(
      `${base}/compose/check`,
      {
        config: { access: { roles: ANSWERERS_AND_REVIEWERS } },
        schema: {
          summary: 'Check a draft: spelling, tone of voice, sensitive wording, length',
          tags,
          params: WorkspaceParams,
          body: ComposeCheckBody,
        },
      },
      async (request) => composeCheck(ctx, request.workspace!, request.body),
    );
  };
}
