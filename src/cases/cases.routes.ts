import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANSWERERS, ANY_ROLE } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { writerOf } from '../replies/replies.routes.js';
import { presentCase } from './cases.presenter.js';
import { findCase, listCases } from './cases.repository.js';
import { notFound } from '../http/errors.js';
import {
  CaseParams,
  CasesQuery,
  CloseCaseBody,
  ConversationParams,
  ResolveCaseBody,
  TakeOfflineBody,
  WorkspaceParams,
} from './cases.schema.js';
import { closeCase } from './close-case.js';
import { resolveCase } from './resolve-case.js';
import { takeOffline } from './take-offline.js';

const tags = ['cases'];
const base = '/api/workspaces/:workspaceId';

export function casesRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.post(
      `${base}/conversations/:conversationId/take-offline`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Take a public conversation offline: public acknowledgement plus a private message or contact route',
          tags,
          params: ConversationParams,
          body: TakeOfflineBody,
        },
      },
      async (request, reply) => {
        const result = await takeOffline(
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

    app.get(
      `${base}/cases`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Take-it-offline cases, newest first',
          tags,
          params: WorkspaceParams,
          querystring: CasesQuery,
        },
      },
      async (request) => {
        const rows = await listCases(ctx.db, request.workspace!.id, request.query.status);
        return { cases: rows.map(presentCase) };
      },
    );

    app.get(
      `${base}/cases/:caseId`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: { summary: 'One take-it-offline case', tags, params: CaseParams },
      },
      async (request) => {
        const row = await findCase(ctx.db, request.workspace!.id, request.params.caseId);
        if (!row) throw notFound('This case');
        return { case: presentCase(row) };
      },
    );

    app.patch(
      `${base}/cases/:caseId`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Resolve a case with its outcome; the answer suggests a public closing reply',
          tags,
          params: CaseParams,
          body: ResolveCaseBody,
        },
      },
      async (request) =>
        resolveCase(
          ctx,
          { workspaceId: request.workspace!.id, caseId: request.params.caseId, actor: userActor(request.user!) },
          { outcome: request.body.outcome },
        ),
    );

    app.post(
      `${base}/cases/:caseId/close`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Send the public closing reply and close the case',
          tags,
          params: CaseParams,
          body: CloseCaseBody,
        },
      },
      async (request) =>
        closeCase(
          ctx,
          { workspaceId: request.workspace!.id, caseId: request.params.caseId, writer: writerOf(request) },
          request.body,
        ),
    );
  };
}
